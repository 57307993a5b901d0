/**
 * Spelling help for queries that find nothing: the closest word the index holds for a mistyped
 * word ("grooomimg" → "grooming"), and a run-together word split into words the index holds
 * ("parentalcontrols" → "parental controls"). The words and how many pages use each come from
 * the built index (`build/search-index/search-words.ts`), so suggestions are always words a
 * search will find.
 */

/**
 * Each word of the index and how many pages use it; and the everyday words the index does not hold
 * that are near one it does ("colleagues", near "colleges"), which are words of their own, not
 * mistakes to respell (`build/search-index/everyday-words.ts`).
 */
export type Vocabulary = ReadonlyMap<string, number> & { readonly everydayWords?: ReadonlySet<string> };

const shardCharacters = [...'abcdefghijklmnopqrstuvwxyz', '_'];

/**
 * Names of the parts the word list is split into: each pair of first letters ("gr"), with "_"
 * for any other character or none ("_9", "e_"). A query's words need only their own parts: a
 * few hundred bytes on a site of thousands of pages, where each first letter's part was a kilobyte.
 */
export const wordShards: readonly string[] = shardCharacters.flatMap((first) =>
  shardCharacters.map((second) => `${first}${second}`),
);

/**
 * The part of the word list a word is in. A word's own part answers whether the index holds it
 * or a longer word it starts (both start with its first two letters).
 * @param word a lower-case word
 */
export function wordShard(word: string): string {
  const shardCharacter = (character = '') => (character >= 'a' && character <= 'z' ? character : '_');
  return `${shardCharacter(word[0])}${shardCharacter(word[1])}`;
}

/**
 * The words whose parts of the word list answer whether the index holds these words, written
 * apart or as one: each word, the parts of a word with a hyphen or apostrophe and those parts
 * joined, and the words from each one to the last written as one ("e safety" and "e-safety" need
 * the part of "esafety", which is not the part of "e").
 * @param words the words in the order typed
 */
export function withJoinedForms(words: readonly string[]): string[] {
  const forms = words.flatMap((word) => {
    const parts = word.split(/['’-]/);
    return parts.length > 1 ? [word, ...parts, parts.join('')] : [word];
  });
  return [...new Set([...forms, ...words.map((_, from) => words.slice(from).join(''))])];
}

/**
 * Reads the vocabulary file the build writes: `{ "word": pages, … }`, where an everyday word the
 * index does not hold has no pages.
 * @param json the file's parsed content
 */
export function vocabularyFrom(json: Record<string, number>): Vocabulary {
  const entries = Object.entries(json);
  return Object.assign(new Map(entries.filter(([, pages]) => pages > 0)), {
    everydayWords: new Set(entries.filter(([, pages]) => pages === 0).map(([word]) => word)),
  });
}

/**
 * Whether a word the index does not hold is an everyday word of its own ("colleagues", "accused"),
 * which is read as typed, not respelled into the nearest word the index holds ("colleges", "abused").
 * @param word a lower-case word
 * @param vocabulary the index's words
 */
export const isEverydayWord = (word: string, vocabulary: Vocabulary): boolean => vocabulary.everydayWords?.has(word) ?? false;

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string
 * alignment), so "sextign" is one edit from "sexting".
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the table at a time: the one being filled and the two before it (for a swap).
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let cell = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cell = Math.min(cell, twoBack[j - 2]! + 1);
      row.push(cell);
      best = Math.min(best, cell);
    }
    if (best > limit) return limit + 1;
    twoBack = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How many edits a word of this length may be from the word meant: short words have few near neighbours to spare. */
export function allowedEdits(word: string): number {
  if (word.length <= 3) return 0;
  if (word.length <= 5) return 1;
  return 2;
}

/** How many of the typed letters a word lacks (counting repeats): a letter left out or two swapped keep them all, a wrong letter loses one. */
function lostLetters(typed: string, candidate: string): number {
  const left = new Map<string, number>();
  for (const letter of candidate) left.set(letter, (left.get(letter) ?? 0) + 1);
  let lost = 0;
  for (const letter of typed) {
    const count = left.get(letter) ?? 0;
    if (count === 0) lost += 1;
    else left.set(letter, count - 1);
  }
  return lost;
}

/**
 * The index's word nearest a mistyped one: fewest edits, then the word that keeps more of the
 * letters typed ("nueds" → "nudes", not "needs"; "helpine" → "helpline", not "helping"), then
 * the word more pages use, then the alphabetically first (so the choice never depends on the
 * file's order). The first letter stays, but for the first two letters swapped: a word one
 * letter from an index word at its start is most often a word of its own ("tate" is not "state",
 * "fast" not "last"). Undefined when the word is known, is an everyday word of its own
 * (`isEverydayWord`), or nothing is close enough.
 * @param word one lower-case word of the query
 * @param vocabulary the index's words
 */
export function closestWord(word: string, vocabulary: Vocabulary): string | undefined {
  if (vocabulary.has(word) || isEverydayWord(word, vocabulary)) return undefined;
  const limit = allowedEdits(word);
  if (limit === 0) return undefined;
  let best: { word: string; edits: number; lost: number; pages: number } | undefined;
  for (const [candidate, pages] of vocabulary) {
    // People seldom mistype a word's first letter, and edits that change it make another word ("secret", "regret").
    const swappedStart = candidate[0] === word[1] && candidate[1] === word[0];
    if (candidate[0] !== word[0] && !swappedStart) continue;
    const edits = editDistance(word, candidate, limit);
    if (edits > limit || (candidate[0] !== word[0] && edits > 1)) continue;
    const lost = lostLetters(word, candidate);
    if (
      !best ||
      edits < best.edits ||
      (edits === best.edits &&
        (lost < best.lost || (lost === best.lost && (pages > best.pages || (pages === best.pages && candidate < best.word)))))
    )
      best = { word: candidate, edits, lost, pages };
  }
  return best?.word;
}

/**
 * A run-together word as two or more words the index holds, preferring the fewest words and then
 * the most used ones; undefined when no split uses only known words of three letters or more.
 * @param word one lower-case word of the query, such as "stopitnow"
 * @param vocabulary the index's words
 */
export function splitWord(word: string, vocabulary: Vocabulary): string[] | undefined {
  const best: ({ words: string[]; pages: number } | undefined)[] = Array.from({ length: word.length + 1 }, () => undefined);
  best[0] = { words: [], pages: 0 };
  for (let end = 1; end <= word.length; end += 1) {
    for (let start = 0; start < end; start += 1) {
      const before = best[start];
      const part = word.slice(start, end);
      const pages = vocabulary.get(part);
      if (!before || pages === undefined || (part.length < 3 && !['it', 'on', 'up', 'in', 'me'].includes(part))) continue;
      const candidate = { words: [...before.words, part], pages: Math.min(before.words.length ? before.pages : Infinity, pages) };
      const current = best[end];
      if (
        !current ||
        candidate.words.length < current.words.length ||
        (candidate.words.length === current.words.length && candidate.pages > current.pages)
      )
        best[end] = candidate;
    }
  }
  const found = best[word.length];
  return found && found.words.length > 1 ? found.words : undefined;
}

/** Endings the index matches as one word with its other endings ("hacking" for "hacked"). */
export const otherEndings = ['ing', 'ed', 'es', 's'];
const anEnding = new RegExp(`(?:${otherEndings.join('|')})$`);

/** Whether the index holds a word, or a word that starts with it (Pagefind matches the start of words). */
export function isKnown(word: string, vocabulary: Vocabulary): boolean {
  // A word with a hyphen or apostrophe ("non-consensual", "children's") is known when the index
  // holds it joined up, or holds each of its parts, as the index splits it the same way.
  const parts = word.split(/['’-]/);
  if (parts.length > 1)
    return isKnown(parts.join(''), vocabulary) || parts.every((part) => part === '' || isKnown(part, vocabulary));
  if (vocabulary.has(word)) return true;
  // A letter on its own ("e" in "e safety") starts words in any index; its part of the word list
  // holds only words that go on with a character other than a letter, so it cannot say.
  if (/^\p{L}$/u.test(word)) return true;
  for (const candidate of vocabulary.keys()) if (candidate.startsWith(word)) return true;
  // An ending the index matches whatever it is ("seeing" finds "see", "abusing" finds "abuse",
  // "chatting" finds "chat", "hacked" finds "hacking").
  const base = word.replace(anEnding, '');
  const undoubled = /([^aeiou])\1$/.test(base) ? base.slice(0, -1) : base;
  const forms = [...new Set([base, undoubled])].flatMap((stem) => ['', 'e', ...otherEndings].map((ending) => `${stem}${ending}`));
  return base !== word && base.length >= 3 && forms.some((form) => vocabulary.has(form));
}

/**
 * A word the index does not hold, cut back to the longest start of a word it does, of at least
 * five letters ("radicalised" → "radicalis", which Pagefind goes on to "radicalisation";
 * "sextorshun" → "sextor"); undefined when there is none ("whatsapp", "son"), or the word is an
 * everyday word of its own (`isEverydayWord`), which would be cut to another. Pagefind cuts an
 * unknown word back on its own, but only to words in the parts of its index already loaded, so the
 * same query could find other pages after another search; cut here, it is cut the same way every time.
 * @param word a lower-case word the index does not hold (`isKnown` is false)
 * @param vocabulary the index's words, at least those with the word's first two letters
 */
export function shortened(word: string, vocabulary: Vocabulary): string | undefined {
  // "colleagues" cut back to "colle" would search "college": an everyday word is left out instead.
  if (isEverydayWord(word, vocabulary)) return undefined;
  for (let end = word.length - 1; end >= shortestStart; end -= 1) {
    const start = word.slice(0, end);
    for (const candidate of vocabulary.keys()) if (candidate.startsWith(start)) return start;
  }
  return undefined;
}

/** The fewest letters `shortened` leaves: fewer start too many words ("what" for "whatsapp"). */
const shortestStart = 5;

/** The share of the pages of the words a word starts that one of them must have, to be the word it ends as. */
const completionShare = 0.75;

/**
 * The word the index holds that a word with its last letters missing ends as ("bullyin" →
 * "bullying", "procedur" → "procedure"): the shortest word it starts whose own pages, with those
 * of the longer words that start with it ("procedures"), are at least `completionShare` of the
 * pages of every word it starts. Undefined when the index holds the word itself or it is an
 * everyday word of its own ("class" is not "classification"), when it is
 * shorter than `shortestStart`, when it starts words about as common as each other ("exploi":
 * exploitation, exploited), or when it ends as its own plural ("pupil" for "pupils"). Pagefind
 * matches the start of the stems it holds ("bulli" for "bullying"), not of words, so "bullyin"
 * found only "Anti-Bullying Alliance" ("bullyingalliance").
 * @param word a lower-case word
 * @param vocabulary the index's words, at least those with the word's first two letters
 */
export function completion(word: string, vocabulary: Vocabulary): string | undefined {
  if (word.length < shortestStart || vocabulary.has(word) || isEverydayWord(word, vocabulary)) return undefined;
  const started = [...vocabulary].filter(([candidate]) => candidate.startsWith(word));
  const pagesOf = (words: readonly (readonly [string, number])[]) => words.reduce((sum, [, pages]) => sum + pages, 0);
  const all = pagesOf(started);
  const byLength = started.map(([candidate]) => candidate).sort((a, b) => a.length - b.length || a.localeCompare(b));
  const completed = byLength.find(
    (candidate) => pagesOf(started.filter(([other]) => other.startsWith(candidate))) >= all * completionShare,
  );
  // A plural ("pupils" for "pupil") is the same word to Pagefind, which matches them by their stem.
  return completed === undefined || /^(?:s|es)$/.test(completed.slice(word.length)) ? undefined : completed;
}

/**
 * The query respelled with the index's own words: each unknown word corrected or split, and each
 * word with its last letters missing completed (`completion`).
 * Undefined when every word is known or nothing could be corrected.
 * @param words the query's lower-case words
 * @param vocabulary the index's words
 * @param asTyped words to leave as typed, whether the index holds them or not
 */
export function respell(
  words: readonly string[],
  vocabulary: Vocabulary,
  asTyped: (word: string) => boolean = () => false,
): string | undefined {
  let changed = false;
  const respelled = words.map((word) => {
    if (asTyped(word)) return word;
    const completed = /\d/.test(word) ? undefined : completion(word, vocabulary);
    if (completed !== undefined) {
      changed = true;
      return completed;
    }
    if (/\d/.test(word) || isKnown(word, vocabulary)) return word;
    if (isEverydayWord(word, vocabulary)) return word;
    const fixed = closestWord(word, vocabulary) ?? splitWord(word, vocabulary)?.join(' ');
    if (fixed === undefined) return word;
    changed = true;
    return fixed;
  });
  return changed ? respelled.join(' ') : undefined;
}

/** Words a name may write as the letter or digit that sounds like them ("Thinkuknow"). */
const soundLetters: Readonly<Record<string, string>> = { you: 'u', are: 'r', see: 'c', be: 'b', why: 'y', to: '2', for: '4' };

/**
 * The words with each run of two or three that the index holds as one word joined, when a word of
 * the run is on no page but as part of that word ("think u know website" → "thinkuknow website",
 * "up skirting law" → "upskirting law", "extra familial harm" → "extrafamilial harm": "familial"
 * is only ever in "extra-familial"), or that the index holds with a word written as its sound
 * ("what is think you know" → "what is thinkuknow"). A run whose words the pages use
 * on their own too ("self harm", "out of hours") stays apart: joined, it would miss the pages that
 * write it apart. "a" is in no such run ("a part" is not "apart"), and a letter starts none: "e
 * safety" is searched as the words it is, with its other names.
 * @param words the query's words as typed, lower case (`queryWords`)
 * @param vocabulary the index's words, at least those that start as the query's words do
 */
export function withRunsJoined(words: readonly string[], vocabulary: Vocabulary): string[] {
  const joinOf = (run: readonly string[]): string | undefined => {
    if (run.includes('a') || run[0]!.length === 1) return undefined;
    const letters = run.join('');
    const pages = vocabulary.get(letters) ?? 0;
    if (pages > 0 && run.some((word) => (vocabulary.get(word) ?? 0) <= pages)) return letters;
    // "think you know": a word typed in full for the letter a name uses for its sound ("u").
    const spoken = run.map((word) => soundLetters[word] ?? word).join('');
    return spoken !== letters && vocabulary.has(spoken) ? spoken : undefined;
  };
  const joined: string[] = [];
  for (let at = 0; at < words.length;) {
    let end = Math.min(words.length, at + 3);
    // "15 year olds": words after a number say what it counts, and are read as such.
    const counted = /^\d+$/.test(words[at - 1] ?? '');
    while (end > at + 1 && (counted || joinOf(words.slice(at, end)) === undefined)) end -= 1;
    joined.push(joinOf(words.slice(at, end)) ?? words[at]!);
    at = end;
  }
  return joined;
}

/**
 * Words typed apart that the index holds as one ("child line" → "childline", "think you know"
 * → "thinkuknow", "cyber bully" → "cyberbullying"): the query's words joined, as the index spells
 * them, or undefined.
 * @param words the query's lower-case words, two to four of them
 * @param vocabulary the index's words
 */
export function joinedWord(words: readonly string[], vocabulary: Vocabulary): string | undefined {
  if (words.length < 2 || words.length > 4) return undefined;
  const joined = words.join('');
  if (vocabulary.has(joined)) return joined;
  // "cyber bully": the joined word's end is missing ("cyberbullying").
  const completed = completion(joined, vocabulary);
  if (completed !== undefined) return completed;
  // Letters typed for a sound ("u" for "you") make the joined form a few letters longer than the word meant.
  const limit = Math.min(2, Math.floor(joined.length / 5));
  let best: { word: string; edits: number; pages: number } | undefined;
  for (const [candidate, pages] of vocabulary) {
    if (candidate[0] !== joined[0]) continue;
    const edits = editDistance(joined, candidate, limit);
    if (edits > limit) continue;
    if (
      !best ||
      edits < best.edits ||
      (edits === best.edits && (pages > best.pages || (pages === best.pages && candidate < best.word)))
    )
      best = { word: candidate, edits, pages };
  }
  return best?.word;
}

/**
 * The query with each hyphen between words read the way the index holds them: parts the index
 * holds joined stay joined ("semi-nudes" is "seminudes" on the pages, "e-safety" is "esafety"),
 * and the rest are separate words ("county-lines" → "county lines", "e-safety-strategy" →
 * "esafety strategy"). Searched as typed, a hyphenated pair the index does not hold joined found
 * nothing, or pages about neither word.
 * @param query what the reader typed
 * @param vocabulary the index's words, for at least the first letters of the hyphenated parts
 */
export function spaceHyphens(query: string, vocabulary: Vocabulary | undefined): string {
  return query
    .split(/(\s+)/)
    .map((token) => {
      const parts = token.split(/(?<=\p{L})-(?=\p{L})/u);
      if (parts.length === 1) return token;
      const words: string[] = [];
      let start = 0;
      while (start < parts.length) {
        // The longest run of parts from here that the index holds as one word, or one part alone.
        let end = parts.length;
        while (end > start + 1 && !vocabulary?.has(parts.slice(start, end).join('').toLowerCase())) end -= 1;
        words.push(parts.slice(start, end).join(end - start > 1 ? '-' : ''));
        start = end;
      }
      return words.join(' ');
    })
    .join('');
}
