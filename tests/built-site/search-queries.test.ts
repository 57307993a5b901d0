/**
 * The query set (tests/search-queries.yaml) against the real built index: Pagefind's own script
 * and WebAssembly from dist/pagefind/, driven by the search page's strategy in Node
 * (tools/built-site/search-in-node.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryRates, rankQueries, readQuerySet, siteSearch, type QueryOutcome } from '../../tools/built-site/search-in-node';
import { searchWordsFile } from '../../build/search-index/search-words';
import { isKnown, vocabularyFrom } from '../../src/lib/search/spelling';
import { queryWords } from '../../src/lib/search/search-strategy';
import { significantWords } from '../../src/lib/search/search-query';
import { distDir } from './built-site';

/** The checks that run thousands of searches take a minute or more while the rest of the suite runs beside them. */
const searchHeavyTimeout = 240_000;

const cases = readQuerySet();
const search = await siteSearch(distDir);
const outcomes = await rankQueries(search, cases);

/**
 * What the suite holds the search to: what it reaches today (npm run bench:search prints the rates
 * and every query that misses), against the target of 95 % first and all in the first
 * three, so a change that makes search worse fails here.
 */
const floors = { first: 0.95, topThree: 0.98 };

describe('the query set on the built search index', () => {
  const missed = (test: (rank: number) => boolean) =>
    outcomes
      .filter((outcome) => !test(outcome.rank))
      .map((outcome) => `${outcome.class}: “${outcome.query}” → ${outcome.firstScreen[0] ?? 'nothing'} (wanted ${outcome.page})`)
      .join('\n');

  it(`puts the right page first for at least ${floors.first * 100} % of the queries`, () => {
    expect(queryRates(outcomes).first, `not first:\n${missed((rank) => rank === 1)}`).toBeGreaterThanOrEqual(floors.first);
  });

  it(`has the right page in the first three for at least ${floors.topThree * 100} % of the queries`, () => {
    expect(
      queryRates(outcomes).topThree,
      `not in the first three:\n${missed((rank) => rank >= 1 && rank <= 3)}`,
    ).toBeGreaterThanOrEqual(floors.topThree);
  });

  const inFirstThree = (outcome: QueryOutcome) => outcome.rank >= 1 && outcome.rank <= 3;

  // Classes where every query has its page in the first three, but for a known miss: a query whose
  // page uses none of the reader's words, marked in the query set with the reason. Topics, plain
  // questions and slang have more such queries ("catfishing", which no source uses).
  const strictClasses = [
    'typo',
    'spacing',
    'old-name',
    'number',
    'service',
    'role',
    'acronym',
    'guide',
    'pathway',
    'glossary',
    'page-type',
    'section',
  ];
  it.each(strictClasses)('has the right page in the first three for every %s query', (name) => {
    const outside = outcomes.filter((outcome) => outcome.class === name && !outcome.miss && !inFirstThree(outcome));
    expect(outside.map((outcome) => `${outcome.query} → ${outcome.firstScreen.slice(0, 3).join(' ')}`)).toEqual([]);
  });

  it('has no query marked as a known miss whose page now comes in the first three', () => {
    expect(outcomes.filter((outcome) => outcome.miss && inFirstThree(outcome)).map((outcome) => outcome.query)).toEqual([]);
  });

  // Classes where every query has its page first.
  const firstClasses = ['typo', 'spacing', 'old-name', 'number', 'service', 'acronym', 'glossary', 'page-type', 'section'];
  it.each(firstClasses)('puts the right page first for every %s query', (name) => {
    const notFirst = outcomes.filter((outcome) => outcome.class === name && outcome.rank !== 1);
    expect(notFirst.map((outcome) => `${outcome.query} → ${outcome.firstScreen.slice(0, 3).join(' ')}`)).toEqual([]);
  });

  it('covers every class of query with several queries', () => {
    const perClass = Map.groupBy(cases, (each) => each.class);
    expect([...perClass.entries()].filter(([, each]) => each.length < 3).map(([name]) => name)).toEqual([]);
  });
});

describe('a query searched on a page just opened', () => {
  // Pagefind loads its index in parts, and matches a word only to the words in the parts it has
  // loaded: it cut a word it does not hold back to one of them ("whatsapp", "son"), and matched a
  // word it holds to fewer of the longer words it starts ("pro" in "pro ana"), so a query found
  // other pages after another search. The queries with such a word, each on a fresh Pagefind,
  // against their results in the set, where the queries before them had loaded most of the index.
  const vocabulary = vocabularyFrom(JSON.parse(readFileSync(join(distDir, searchWordsFile), 'utf8')) as Record<string, number>);
  const startsLongerWords = (word: string) =>
    vocabulary.has(word) && [...vocabulary.keys()].some((other) => other.length > word.length && other.startsWith(word));
  const matchedInLoadedParts = outcomes.filter(
    (each) =>
      queryWords(each.query).some((word) => !/[\d.@]/.test(word) && !isKnown(word, vocabulary)) ||
      significantWords(each.query).some((word) => word.length <= 3 && startsLongerWords(word)),
  );

  it('reads so many queries with such a word that the check means something', () => {
    expect(matchedInLoadedParts.length).toBeGreaterThan(20);
  });

  it(
    'gets the same first result as in the set, after the queries before it',
    async () => {
      const differ: string[] = [];
      for (const { query, firstScreen } of matchedInLoadedParts) {
        const fresh = await (await search.afresh()).firstScreen(query);
        if (fresh[0] !== firstScreen[0])
          differ.push(`${query}: ${fresh[0] ?? 'nothing'} fresh, ${firstScreen[0] ?? 'nothing'} in the set`);
      }
      expect(differ).toEqual([]);
    },
    searchHeavyTimeout,
  );
});

describe('a topic with words around it that ask nothing of their own', () => {
  // Readers wrap a topic in words of their own: "learn about …", "parents guide to …", "… on
  // social media", "… what to look out for". Each way here, with every fifth topic of the set
  // that comes first as typed (1,927 queries), must find the page the topic as typed finds first.
  // On 29 November 2026, 64.8 % did; once such words were taken off as the words that ask for help
  // in general are (`genericWords`, `subjectWordsIn`, `audiencePhraseWords`), and read first when
  // mistyped, 99.7 %. With the set's later topics, 95.8 %: "family support" loses its generic
  // "support" when wrapped, and "pro ana" wrapped was not searched joined ("proana"), as it is
  // typed alone; it is now, 98.2 %. Three ways with a job that says who asks ("social worker …",
  // "… school nurse", "i am a teacher and …") came first for 71 to 83 % of these topics, as pages
  // that name the job ("Ask a social worker") came before the topic's own: the topic is now
  // searched without the job, and the 1,763 queries come first for 98.3 % (96.5 % before).
  // "how to stop …", "is my child at risk of …" and "my child and …" had the set's topics' pages
  // first for 46 %, 45 % and 77 % ("stop" found Stop It Now; "risk" the risk pages; "my child" kept
  // pages' names from matching): with "stop" a word that asks for help in general, "at risk of"
  // before a topic too, and the child left out when pages' names are compared, 96 %, 84 % and 87 %.
  // "my teenager and …" had them first for 40 %, as "teenager" was searched as "young people": a
  // parent's own teenager is now their child, 84 %. All 1,927 queries: 97.6 %. On 30 November,
  // "… guidance for schools", "what does … mean", "concerns about …", "safeguarding …" and
  // "online safety …" came first for 51 %, 69 %, 66 %, 66 % and 60 % of all the set's topics: with
  // "guidance" and "mean" asking for help in general, "concerns" a worry and "safeguarding" and
  // "online safety" the site's subject, 97 %, 97 %, 97 %, 96 % and 95 %. "my 14 year old and …"
  // came first for 63 %: the age was searched, and found pages with a table of ages; it is now
  // taken off, 94 %, and read as "my child" (so the results say what was searched, "my child and
  // sexting", not "my and sexting"), 91 %, as "my child and …" itself. "… uk 2024", "… year 7" and "… gov.uk" came first for 70 %, 24 % and 64 %:
  // a year, a school year and "gov.uk" now ask nothing of their own, 95 %, 97 % and 97 %. All
  // 2,408 queries: 97.8 %. "… foster carers", "spotting …" and "… faq" came first for 75 %, 77 %
  // and 91 %: "foster" now goes with "carers", and "spotting" and "faq" ask for help in general,
  // 96 %, 97 % and 97 %. "… what can parents do" and "… 15yo" came first for 52 % and 57 %: who is
  // asked to act is an audience, and "15yo", "aged 14" and "is 13" are a child's age, 96 % and
  // 97 %. All 2,684 queries (44 topics, now with "family support"): 97.1 %. On 30 November (a later
  // session), with "found", "noticed", "getting" asking nothing, a child's device taken off and
  // "learn about family support" searched as "family support": 97.9 % of the same 2,684.
  const frames = [
    'who can i speak to about {topic}',
    'learn about {topic}',
    'read about {topic}',
    'explain {topic}',
    'understand {topic}',
    'how to recognise {topic}',
    'how to cope with {topic}',
    'guide to {topic}',
    'more about {topic}',
    '{topic} support groups',
    'online {topic}',
    '{topic} online',
    'internet {topic}',
    '{topic} on social media',
    'parents guide to {topic}',
    '{topic} and young people',
    '{topic} teenagers',
    '{topic} what to look out for',
    'how common is {topic}',
    'dealing with {topic} at school',
    'what happens if {topic}',
    'define {topic}',
    'types of {topic}',
    'effects of {topic}',
    '{topic} support for victims',
    '{topic} prevention',
    'what is meant by {topic}',
    '{topic} overview',
    '{topic} key points',
    '{topic} best practice',
    'how serious is {topic}',
    '{topic} among teenagers',
    '{topic} next steps',
    '{topic} in simple terms',
    'urgent {topic}',
    '{topic} what parents need to know',
    '{topic} how parents can help',
    // A job, which says who asks: "social worker online harms".
    'social worker {topic}',
    '{topic} school nurse',
    'i am a teacher and {topic}',
    // A parent's question around the topic: "stop" asks for help in general, and the child says
    // who it is about.
    'how to stop {topic}',
    'is my child at risk of {topic}',
    'my child and {topic}',
    'my teenager and {topic}',
    // Words for guidance, meaning, a concern and the site's subject.
    '{topic} guidance for schools',
    'what does {topic} mean',
    'concerns about {topic}',
    'safeguarding {topic}',
    'online safety {topic}',
    // A child's age, which says who the question is about; a year, a school year, a government site.
    'my 14 year old and {topic}',
    '{topic} uk 2024',
    '{topic} year 7',
    '{topic} gov.uk',
    // A kind of carer; words that ask for help in general.
    '{topic} foster carers',
    'spotting {topic}',
    '{topic} faq',
    '{topic} what can parents do',
    '{topic} 15yo',
    // Mistyped: "help", "learn", "signs".
    '{topic} hlep',
    'lern about {topic}',
    '{topic} sighns',
  ];
  const topics = outcomes
    .filter((each) => ['topic', 'slang', 'old-name', 'acronym'].includes(each.class) && each.rank === 1)
    .filter((_, position) => position % 5 === 0);

  it('takes enough topics for the share to mean something', () => {
    expect(topics.length).toBeGreaterThan(30);
  });

  it(
    'puts the topic’s own first page first for at least 95 % of the wrapped queries',
    async () => {
      const differ: string[] = [];
      for (const frame of frames)
        for (const { query, firstScreen } of topics) {
          const wrapped = frame.replace('{topic}', query);
          const [first] = await search.firstScreen(wrapped);
          if (first !== firstScreen[0]) differ.push(`${wrapped} → ${first ?? 'nothing'} (as typed: ${firstScreen[0]})`);
        }
      const checked = frames.length * topics.length;
      expect((checked - differ.length) / checked, `not first:\n${differ.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    },
    searchHeavyTimeout,
  );
});

describe('a topic with one letter wrong, missing, doubled or swapped', () => {
  // The typing mistakes, made the same way in every topic of the set that comes first as
  // typed: in its longest word (six letters or more), the middle letter left out, swapped with the
  // next, turned into the key beside it, or typed twice, and the last letter left out. On 29
  // November 2026, 92.3 % of the 1,075 came first: "bullyin" found only the Anti-Bullying Alliance
  // (Pagefind matches the start of the stems it holds, "bulli"), and "chilren act" had ACT first
  // (the words typed right were compared with pages' names on their own). A word with its last
  // letters missing is now completed, and a respelled query's names are the words searched: 98.0 %.
  // With the set's topics of 30 November, 1,105 mistakes: 96.7 %, as "online safety strategy",
  // "what does county lines mean", "concerns about sexting" and "safeguarding deepfakes" mistyped
  // lost the phrase or the framing word; respelled in those checks too, 98.4 %. With the set's
  // topics of 30 November's later session, 1,155 mistakes: 98.1 % (two edits must now keep the
  // first letter, which these mistakes never change).
  const nextKey: Readonly<Record<string, string>> = Object.fromEntries(
    ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].flatMap((row) => [...row].map((key, at) => [key, row[at + 1] ?? row[at - 1]!])),
  );
  const mistyped = (word: string): string[] => {
    const middle = Math.floor(word.length / 2);
    const [before, letter, next, after] = [word.slice(0, middle), word[middle]!, word[middle + 1]!, word.slice(middle + 2)];
    return [
      before + next + after,
      before + next + letter + after,
      before + (nextKey[letter] ?? letter) + next + after,
      before + letter + letter + next + after,
      word.slice(0, -1),
    ];
  };
  const cases = outcomes
    .filter((each) => ['topic', 'slang', 'old-name', 'glossary', 'service'].includes(each.class) && each.rank === 1)
    .flatMap(({ query, firstScreen }) => {
      const words = query.split(' ');
      const longest = words.reduce((best, word, at) => (word.length > words[best]!.length ? at : best), 0);
      const word = words[longest]!;
      if (word.length < 6 || !/^[a-z]+$/.test(word)) return [];
      return mistyped(word).map((typo) => ({
        typed: words.map((each, at) => (at === longest ? typo : each)).join(' '),
        expected: firstScreen[0],
      }));
    });

  it('makes enough mistakes for the share to mean something', () => {
    expect(cases.length).toBeGreaterThan(500);
  });

  it(
    'puts the topic’s own first page first for at least 95 % of them',
    async () => {
      const differ: string[] = [];
      for (const { typed, expected } of cases) {
        const [first] = await search.firstScreen(typed);
        if (first !== expected) differ.push(`${typed} → ${first ?? 'nothing'} (typed right: ${expected})`);
      }
      expect((cases.length - differ.length) / cases.length, `not first:\n${differ.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    },
    searchHeavyTimeout,
  );
});
