import { describe, expect, it } from 'vitest';
import {
  commonWordPages,
  compileQueryPatterns,
  contactTopic,
  nameWithContactWord,
  findPages,
  firstScreenOrder,
  leaderForWord,
  namedByOneWord,
  phraseAsTyped,
  typeTopic,
  withoutAgeLine,
  withoutChildNamed,
  withoutGenericWords,
  type IndexFilters,
} from '../../../src/lib/search/search-strategy';
import { vocabularyFrom, wordShard } from '../../../src/lib/search/spelling';
import { inPagesSteps } from '../../../src/lib/search/in-pages-words';
import { roleConcernSearch } from '../../../src/lib/search/search-config';

interface FakePage {
  id: string;
  type: string;
  /** Words that count like the title: a page scores 10 for each. */
  title: string;
  text: string;
}

/**
 * A small index that behaves like Pagefind where the strategy depends on it: a page must have
 * every word (matched at the start of its words), and a word in the title scores far more than one
 * in the text.
 */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** The words of the fake index a test made last, as the build lists an index's words for the search page. */
let indexWords = new Map<string, number>();

function fakeIndex(pages: FakePage[]) {
  const searched: string[] = [];
  indexWords = new Map();
  for (const page of pages)
    for (const word of new Set(wordsOf(`${page.title} ${page.text}`))) indexWords.set(word, (indexWords.get(word) ?? 0) + 1);
  return {
    searched,
    // Like Pagefind's own search, it answers asynchronously.
    search(query: string | null, filters: IndexFilters) {
      searched.push(query ?? '(all)');
      const typeFilter = filters['type'];
      const type = typeFilter && 'any' in typeFilter ? typeFilter.any : undefined;
      const notType = typeFilter && 'none' in typeFilter ? typeFilter.none : [];
      const terms = wordsOf((query ?? '').replaceAll('"', ''));
      // A phrase ("…") must have its words together, in order, in the title or the text.
      const together = (page: FakePage) =>
        !query?.startsWith('"') ||
        [page.title, page.text].some((text) => ` ${wordsOf(text).join(' ')} `.includes(` ${terms.join(' ')} `));
      const results = pages
        .filter((page) => (!type || type.includes(page.type)) && !notType.includes(page.type))
        .filter(together)
        .map((page) => {
          const title = wordsOf(page.title);
          const text = wordsOf(page.text);
          let score = 0;
          for (const term of terms) {
            const inTitle = title.filter((word) => word.startsWith(term)).length;
            const inText = text.filter((word) => word.startsWith(term)).length;
            if (inTitle + inText === 0) return { id: page.id, score: 0 };
            score += inTitle * 10 + inText;
          }
          return { id: page.id, score: terms.length === 0 ? 1 : score };
        })
        .filter((result) => result.score > 0)
        .sort((a, b) => b.score - a.score);
      return Promise.resolve(results);
    },
  };
}

const pages: FakePage[] = [
  { id: 'childline', type: 'Contact', title: 'Childline', text: 'Call 0800 1111 any time. Childline is free.' },
  {
    id: 'getting-help',
    type: 'Guidance',
    title: 'Getting help',
    text: 'Childline childline childline number helpline phone people to talk to.',
  },
  { id: 'allegations', type: 'Procedure', title: 'Allegations against staff', text: 'The LADO manages an allegation.' },
  {
    id: 'online-harms',
    type: 'Procedure',
    title: 'Online harms',
    text: 'A teacher may hear an allegation. Grooming is harmful. Designated safeguarding lead.',
  },
  { id: 'thinkuknow', type: 'Contact', title: 'Thinkuknow', text: 'Education from CEOP.' },
  { id: 'grooming', type: 'Risk', title: 'Grooming', text: 'Grooming is when someone builds trust.' },
];
const words = vocabularyFrom({
  childline: 2,
  grooming: 2,
  thinkuknow: 1,
  allegation: 2,
  allegations: 1,
  teacher: 1,
  number: 1,
  designated: 1,
  safeguarding: 1,
  lead: 1,
});
/**
 * The word list as the search page has it, the fake index's words with a few more: given words,
 * only the parts for their first letters.
 */
const wordsFor = (forWords?: readonly string[]) => {
  const all = [...new Map([...indexWords, ...words])];
  return vocabularyFrom(
    Object.fromEntries(forWords ? all.filter(([word]) => forWords.some((typed) => wordShard(typed) === wordShard(word))) : all),
  );
};
const help = {
  termGroups: [['DSL', 'Designated safeguarding lead']],
  contactType: 'Contact',
  typeWords: { procedure: 'Procedure', law: 'Legislation' },
  vocabulary: (forWords?: readonly string[]) => Promise.resolve(wordsFor(forWords)),
};
const ids = (found: { results: { id: string }[] }) => found.results.map((result) => result.id);

describe('phraseAsTyped', () => {
  it('keeps the small words typed between the meaningful ones, and drops those around them', () => {
    expect(phraseAsTyped(['child', 'on', 'child', 'abuse'], ['child', 'abuse'])).toBe('child on child abuse');
    expect(phraseAsTyped(['what', 'is', 'county', 'lines'], ['county', 'lines'])).toBe('county lines');
  });

  it('gives nothing when the words searched are not the words typed, or the phrase runs long', () => {
    expect(phraseAsTyped(['grooomimg', 'signs'], ['grooming', 'signs'])).toBeUndefined();
    expect(
      phraseAsTyped(['sexting', 'is', 'a', 'thing', 'that', 'i', 'do', 'online'], ['sexting', 'thing', 'online']),
    ).toBeUndefined();
  });
});

describe('findPages', () => {
  it('loads the parts of the index with the longer words a word starts before it searches the word, once', async () => {
    const calls: string[] = [];
    const base = fakeIndex(pages);
    const index = {
      search: (query: string | null, filters: IndexFilters) => {
        calls.push(`search ${query ?? ''}`);
        return base.search(query, filters);
      },
      load: (words: readonly string[]) => Promise.resolve(void calls.push(`load ${words.join(' ')}`)),
    };
    await findPages(index, 'allegation', {}, help);
    expect(calls[0]).toBe('load allegations');
    expect(calls[1]).toBe('search allegation');
    expect(calls.filter((call) => call.startsWith('load'))).toEqual(['load allegations']);
  });

  it('offers the contacts with some of a “… helpline” topic’s words when none has them all', async () => {
    const womensAid = { id: 'womens-aid', type: 'Contact', title: "Women's Aid", text: 'Help with domestic abuse.' };
    const procedure = { id: 'domestic-abuse', type: 'Procedure', title: 'Domestic abuse', text: 'Domestic violence and abuse.' };
    const index = fakeIndex([...pages, womensAid, procedure]);
    expect(ids(await findPages(index, 'domestic violence helpline', {}, help))[0]).toBe('womens-aid');
    // With a contact that has every word, only that contact is asked for.
    const refuge = { id: 'refuge', type: 'Contact', title: 'Refuge', text: 'Domestic violence helpline.' };
    const withRefuge = await findPages(
      fakeIndex([...pages, womensAid, procedure, refuge]),
      'domestic violence helpline',
      {},
      help,
    );
    expect(ids(withRefuge).slice(0, 2)).toEqual(['refuge', 'domestic-abuse']);
  });

  it('puts the contacts a “… helpline” query asks for before a page that one of its words names', async () => {
    const womensAid = { id: 'womens-aid', type: 'Contact', title: "Women's Aid", text: 'Help with domestic violence.' };
    const procedure = { id: 'domestic-abuse', type: 'Procedure', title: 'Domestic domestic abuse', text: 'Abuse at home.' };
    const found = await findPages(fakeIndex([...pages, womensAid, procedure]), 'domestic violence helpline', {}, help);
    expect(ids(found).slice(0, 2)).toEqual(['womens-aid', 'domestic-abuse']);
  });

  it('puts first the page a word names, not a contact with that word in its name (“my child is the one doing the bullying”)', async () => {
    const alliance = { id: 'alliance', type: 'Contact', title: 'Anti-Bullying Alliance', text: 'Bullying, bullying.' };
    const guidance = { id: 'bullying-online', type: 'Guidance', title: 'Bullying online', text: 'Bullying.' };
    const conduct = { id: 'conduct', type: 'Risk', title: 'Conduct risks', text: 'A child doing the bullying is one of them.' };
    const found = await findPages(fakeIndex([alliance, guidance, conduct]), 'my child is the one doing the bullying', {}, help);
    expect(ids(found)[0]).toBe('bullying-online');
  });

  it('does not put first a page named by the site’s subject alone (“where can schools get online safety lessons”)', async () => {
    const act = { id: 'act', type: 'Legislation', title: 'Online Safety Act', text: 'Safety duties, safety codes.' };
    const lessons = { id: 'lessons', type: 'Resource', title: 'Teaching resources', text: 'Online safety lessons for schools.' };
    const found = await findPages(fakeIndex([act, lessons]), 'where can schools get online safety lessons', {}, help);
    expect(ids(found)[0]).toBe('lessons');
  });

  it('reads a slash between words as a space (“CSE/CCE”)', async () => {
    const exploitation = {
      id: 'exploitation',
      type: 'Procedure',
      title: 'Children at risk of exploitation',
      text: 'CSE and CCE.',
    };
    const found = await findPages(fakeIndex([...pages, exploitation]), 'CSE/CCE', {}, help);
    expect(ids(found)[0]).toBe('exploitation');
    expect(found.searched).toBe('CSE CCE');
  });

  it('does not respell a word that asks for a contact (“who do I ring …”, not “bring”)', async () => {
    const emergency = {
      id: 'emergency',
      type: 'Contact',
      title: 'Police emergency line',
      text: 'Call 999 if a child is in danger.',
    };
    const bring = { id: 'bring', type: 'Guidance', title: 'What to bring', text: 'Bring a child in danger to safety.' };
    const found = await findPages(fakeIndex([...pages, emergency, bring]), 'who do I ring if a child is in danger', {}, help);
    expect(ids(found)[0]).toBe('emergency');
    expect(found.searched).not.toContain('bring');
  });

  it('puts on the first screen the page named by all the words but one, when enough pages have every word', async () => {
    const mentions = ['stop-it-now', 'ceop', 'harms', 'strategy', 'images'].map((id) => ({
      id,
      type: 'Guidance',
      title: id,
      text: 'A sex offender contacting children online.',
    }));
    const named = { id: 'offenders', type: 'Procedure', title: 'Sex offender', text: 'People who pose a risk to children.' };
    const found = await findPages(fakeIndex([...pages, ...mentions, named]), 'sex offender contacting children', {}, help);
    expect(ids(found).indexOf('offenders')).toBe(4);
  });

  it('keeps on the first screen the page that scores most for all the words but one, before a weaker one', async () => {
    const mentions = ['strategy', 'resources', 'controls', 'bullying', 'getting-help'].map((id) => ({
      id,
      type: 'Guidance',
      title: id,
      text: 'Talk to someone about Safer Derbyshire. Safer Derbyshire talks to families in Derbyshire.',
    }));
    const service = {
      id: 'safer-derbyshire',
      type: 'Contact',
      title: 'Safer Derbyshire',
      text: 'Advice for families in Derbyshire.',
    };
    const talking = { id: 'talking', type: 'Guidance', title: 'Talking to your child', text: 'Families in Derbyshire talk.' };
    const found = await findPages(fakeIndex([...mentions, service, talking]), 'talk to safer derbyshire', {}, help);
    expect(ids(found).slice(0, 5)).toEqual(['strategy', 'resources', 'controls', 'safer-derbyshire', 'talking']);
  });

  it('puts the contact first for a service name followed by “number”, “phone” or “helpline”', async () => {
    const index = fakeIndex(pages);
    const found = await findPages(index, 'childline number', {}, help);
    expect(ids(found)[0]).toBe('childline');
    expect(index.searched).toContain('childline');
  });

  it('respells a mistyped word with the index’s own words and says so', async () => {
    const found = await findPages(fakeIndex(pages), 'grooomimg', {}, help);
    expect(found.respelled).toBe('grooming');
    expect(ids(found)[0]).toBe('grooming');
  });

  it('follows a respelled search that finds only a page or two with the pages that have most of its words', async () => {
    const trust = { id: 'trust', type: 'Guidance', title: 'Trust', text: 'Tell a safeguarding lead.' };
    const found = await findPages(fakeIndex([...pages, trust]), 'designated safeguarding leed', {}, help);
    expect(found.respelled).toBe('designated safeguarding lead');
    expect(ids(found)).toEqual(['online-harms', 'trust']);
  });

  it('asks for the whole word list only when a word of the query is not in the index', async () => {
    const asked: (readonly string[] | 'all')[] = [];
    const counting = {
      ...help,
      vocabulary: (forWords?: readonly string[]) => {
        asked.push(forWords ?? 'all');
        return help.vocabulary(forWords);
      },
    };
    await findPages(fakeIndex(pages), 'teacher grooming', {}, counting);
    // The query without its job is asked for too, from a part already loaded.
    expect(asked).toEqual([['teacher', 'grooming', 'teachergrooming'], ['grooming']]);
    asked.length = 0;
    const found = await findPages(fakeIndex(pages), 'teacher grooomimg', {}, counting);
    expect(asked).toEqual([['teacher', 'grooomimg', 'teachergrooomimg'], 'all', ['grooomimg']]);
    expect(found.respelled).toBe('teacher grooming');
  });

  it('puts first what a query that names a job finds without it: the job says who asks', async () => {
    const askASocialWorker = {
      id: 'ask-a-social-worker',
      type: 'Pathway',
      title: 'Ask a social worker',
      text: 'A social worker can talk through online harms and grooming with you.',
    };
    const found = await findPages(fakeIndex([...pages, askASocialWorker]), 'social worker grooming', {}, help);
    expect(ids(found).slice(0, 2)).toEqual(['grooming', 'online-harms']);
    expect(ids(found)).toContain('ask-a-social-worker');
  });

  it('keeps the job in a query about a concern with someone in that job', async () => {
    const found = await findPages(fakeIndex(pages), 'teacher allegation', {}, help);
    expect(ids(found)[0]).toBe('allegations');
    expect(ids(found)).not.toContain('grooming');
  });

  it('reads a hyphen between words the index holds apart as a space, and says what it searched', async () => {
    const index = fakeIndex(pages);
    const found = await findPages(index, 'teacher-allegation', {}, help);
    expect(index.searched).toContain('teacher allegation');
    expect(found.searched).toBe('teacher allegation');
    expect(ids(found)[0]).toBe('allegations');
  });

  it('searches a topic without the words that ask for help in general, and says what it searched', async () => {
    const found = await findPages(fakeIndex(pages), 'grooming advice', {}, help);
    expect(found.searched).toBe('grooming');
    expect(ids(found)[0]).toBe('grooming');
  });

  it('finds a name typed as separate words (“think you know”)', async () => {
    const found = await findPages(fakeIndex(pages), 'think you know', {}, help);
    expect(ids(found)[0]).toBe('thinkuknow');
  });

  it('reads “sites” as “websites”: the pages say “site” of this site', async () => {
    const controls = { id: 'controls', type: 'Guidance', title: 'Parental controls', text: 'Block websites and apps.' };
    const exit = {
      id: 'exit',
      type: 'Guidance',
      title: 'Cover your tracks',
      text: 'Block this site from your history, as you would other sites.',
    };
    const index = fakeIndex([...pages, controls, exit]);
    const found = await findPages(index, 'block sites', {}, help);
    expect(found.searched).toBe('block websites');
    expect(ids(found)[0]).toBe('controls');
  });

  it('finds a name typed as separate words with words around it that ask nothing of their own', async () => {
    const index = fakeIndex(pages);
    const found = await findPages(index, 'learn about child line', {}, help);
    expect(index.searched).toContain('childline');
    expect(ids(found)[0]).toBe('childline');
  });

  it.each(['e safety', 'e-safety'])(
    'finds a name the index holds joined from its parts of the word list, not the part of its first letter: “%s”',
    async (query) => {
      const esafety = [...pages, { id: 'esafety', type: 'Guidance', title: 'Esafety', text: 'The old name for online safety.' }];
      const asked: (readonly string[] | 'all')[] = [];
      const index = fakeIndex(esafety);
      const found = await findPages(
        index,
        query,
        {},
        {
          ...help,
          vocabulary: (forWords?: readonly string[]) => {
            asked.push(forWords ?? 'all');
            const held = [...words, ['esafety', 1] as const, ['safety', 2] as const];
            return Promise.resolve(
              vocabularyFrom(
                Object.fromEntries(
                  held.filter(([word]) => !forWords || forWords.some((typed) => wordShard(typed) === wordShard(word))),
                ),
              ),
            );
          },
        },
      );
      expect(ids(found)[0]).toBe('esafety');
      expect(index.searched.some((text) => /^e-?safety$/.test(text))).toBe(true);
      expect(asked).not.toContain('all');
    },
  );

  it('puts first a page named by one word of the query over one that only mentions them all', async () => {
    const found = await findPages(fakeIndex(pages), 'teacher allegation', {}, help);
    expect(ids(found).slice(0, 2)).toEqual(['allegations', 'online-harms']);
  });

  it('puts the allegations procedure first for a concern about someone who works with children', async () => {
    const texting = { id: 'texting', type: 'Guidance', title: 'Texting', text: 'When a coach or a friend is texting my son.' };
    const index = fakeIndex([...pages, texting]);
    expect(ids(await findPages(index, 'football coach texting my son', {}, help))[0]).toBe('allegations');
    expect(index.searched).toContain(roleConcernSearch);
    expect(ids(await findPages(fakeIndex([...pages, texting]), 'a friend texting my son', {}, help))).toEqual(['texting']);
  });

  it('keeps a concern about someone who works with children when the site’s plainer words leave the job out', async () => {
    const texting = { id: 'texting', type: 'Guidance', title: 'Texting', text: 'When someone is texting children.' };
    // "kids" is a word the index holds, but no page has it with the others: the plainer words are
    // searched, and "babysitter", on no page, is not among them.
    const games = { id: 'games', type: 'Guidance', title: 'Games', text: 'Kids play games.' };
    const index = fakeIndex([...pages, texting, games]);
    const found = await findPages(index, 'the babysitter keeps texting my kids', {}, help);
    expect(found.also).toContain('texting children');
    expect(index.searched).toContain(roleConcernSearch);
    expect(ids(found)[0]).toBe('allegations');
  });

  it('keeps the page the index ranks first in the first three when pages with the words as a phrase lead', async () => {
    const mentions = ['upset', 'blackmail', 'tracks', 'help'].map((id) => ({
      id,
      type: 'Guidance',
      title: `Guide ${id}`,
      text: 'Talk to Childline 0800 1111.',
    }));
    const childline = { id: 'childline', type: 'Contact', title: 'Childline', text: 'Childline. Childline. Call 0800 1111.' };
    const found = await findPages(fakeIndex([...mentions, childline]), 'childline 0800', {}, help);
    expect(ids(found).slice(0, 3)).toContain('childline');
  });

  it('leaves the first screen room for a page whose title is the search when it asks for a type of page', async () => {
    const risks = ['contact', 'conduct', 'content', 'commerce', 'cross-cutting'].map((name) => ({
      id: name,
      type: 'Risk',
      title: `${name} risks`,
      text: 'Risks children meet online.',
    }));
    const list = { id: 'list', type: 'List of pages', title: 'Online risks', text: 'Online risks. Every risk.' };
    const found = await findPages(fakeIndex([...risks, list]), 'online risks', {}, { ...help, typeWords: { risks: 'Risk' } });
    expect(ids(found).slice(0, 5)).toContain('list');
    expect(
      ids(found)
        .slice(0, 3)
        .every((id) => id !== 'list'),
    ).toBe(true);
  });

  it('puts first the pages of the type a query asks for (“… procedure”) that have the rest of its words', async () => {
    const index = fakeIndex(pages);
    const found = await findPages(index, 'safeguarding lead procedure', {}, help);
    expect(index.searched).toContain('safeguarding lead');
    expect(ids(found)[0]).toBe('online-harms');
    expect(ids(await findPages(fakeIndex(pages), 'grooming procedure', {}, help))[0]).toBe('online-harms');
  });

  it('searches an acronym’s full name from the glossary and reports it', async () => {
    const index = fakeIndex(pages);
    const found = await findPages(index, 'DSL', {}, help);
    expect(index.searched).toContain('"Designated safeguarding lead"');
    expect(found.also).toEqual(['Designated safeguarding lead']);
    expect(ids(found)).toEqual(['online-harms']);
  });

  it('does not search a full name with a word on more pages than commonWordPages, which would fetch its whole index', async () => {
    const index = fakeIndex(pages);
    const everywhere = vocabularyFrom({ ...Object.fromEntries(words), safeguarding: commonWordPages + 1 });
    const found = await findPages(index, 'DSL', {}, { ...help, vocabulary: () => Promise.resolve(everywhere) });
    expect(index.searched).not.toContain('"Designated safeguarding lead"');
    expect(found.also).toEqual([]);
  });

  it('leaves out a full name without fetching its other words’ lists when the query’s own list shows one of its words is too common', async () => {
    const common = vocabularyFrom({ ...Object.fromEntries(words), designated: commonWordPages + 1 });
    const asked: (readonly string[] | 'all')[] = [];
    const index = fakeIndex(pages);
    const found = await findPages(
      index,
      'DSL',
      {},
      {
        ...help,
        vocabulary: (forWords?: readonly string[]) => {
          asked.push(forWords ?? 'all');
          return Promise.resolve(forWords?.every((word) => wordShard(word) === 'ds') ? common : undefined);
        },
      },
    );
    expect(index.searched).not.toContain('"Designated safeguarding lead"');
    expect(found.also).toEqual([]);
    expect(asked.flat()).not.toContain('safeguarding');
  });

  it('fetches the lists of a full name’s other words when the query’s own list cannot tell', async () => {
    const asked: (readonly string[] | 'all')[] = [];
    const index = fakeIndex(pages);
    await findPages(
      index,
      'DSL',
      {},
      {
        ...help,
        vocabulary: (forWords?: readonly string[]) => {
          asked.push(forWords ?? 'all');
          return help.vocabulary(forWords);
        },
      },
    );
    expect(asked).toContainEqual(['designated', 'safeguarding', 'lead']);
    expect(index.searched).toContain('"Designated safeguarding lead"');
  });

  it('drops the small words of a question', async () => {
    const index = fakeIndex(pages);
    await findPages(index, 'what is grooming', {}, help);
    expect(index.searched[0]).not.toBe('what is grooming');
    expect(index.searched).toContain('grooming');
  });

  it('falls back to pages with some of the words, those with most first, and says the match is partial', async () => {
    const found = await findPages(fakeIndex(pages), 'childline allegation', {}, help);
    expect(found.partial).toBe(true);
    expect(ids(found)).toEqual(expect.arrayContaining(['childline', 'allegations']));
  });

  it('leaves a job out of the pages with some of the words, as it says who asks', async () => {
    const index = fakeIndex([
      { id: 'professionals', type: 'Start page', title: 'For teachers', text: 'teachers and schools' },
      { id: 'abuse', type: 'Procedure', title: 'Online abuse', text: 'a pupil abused online' },
    ]);
    const found = await findPages(index, 'i am a teacher and a pupil was abused by a stranger', {}, help);
    // The job is no word of what is searched, so the page has every word searched.
    expect(found.searched).toBe('pupil was abused by a stranger');
    expect(found.partial).toBe(false);
    expect(ids(found)).toEqual(['abuse']);
    expect(index.searched).not.toContain('teacher');
  });

  it('lists every page a filter matches when nothing is typed', async () => {
    const found = await findPages(fakeIndex(pages), '', { type: { any: ['Contact'] } }, help);
    expect(ids(found).sort()).toEqual(['childline', 'thinkuknow']);
  });

  it.each(['county lines', 'what is county lines'])(
    'puts first the pages with the words as a phrase, a question’s small words left out: “%s”',
    async (query) => {
      const index = fakeIndex([
        { id: 'county-council', type: 'Contact', title: 'Derbyshire County Council', text: 'Phone lines are open weekdays.' },
        { id: 'exploitation', type: 'Procedure', title: 'Children at risk of exploitation', text: 'Including county lines.' },
      ]);
      const found = await findPages(index, query, {}, help);
      expect(index.searched).toContain('"county lines"');
      expect(ids(found)).toEqual(['exploitation', 'county-council']);
    },
  );

  it('puts first the page about the words that mean something, not a long page that happens to hold every word of a question', async () => {
    const index = fakeIndex([
      {
        id: 'bullying',
        type: 'Guidance',
        title: 'Bullied on WhatsApp',
        text: 'If your son is being bullied on WhatsApp, save the messages.',
      },
      {
        id: 'talking',
        type: 'Guidance',
        title: 'Talking to your child',
        text: 'What can I do, parents ask. My son is being bullied on WhatsApp, one said.',
      },
    ]);
    const found = await findPages(index, 'my son is being bullied on whatsapp what can i do', {}, help);
    expect(ids(found)).toEqual(['bullying', 'talking']);
  });

  it('never sends Pagefind a word the index holds in no form, which it would cut back to whatever it had loaded', async () => {
    const index = fakeIndex([
      { id: 'bullying', type: 'Guidance', title: 'Bullying online', text: 'What to do about bullying.' },
      { id: 'radicalisation', type: 'Procedure', title: 'Radicalisation', text: 'Radicalisation of children.' },
    ]);
    const vocabulary = vocabularyFrom({ bullying: 1, radicalisation: 1, children: 1, what: 2, do: 2, about: 2, to: 2 });
    const withWords = { ...help, vocabulary: () => Promise.resolve(vocabulary) };
    const bullied = await findPages(index, 'bullying on whatsapp', {}, withWords);
    expect(ids(bullied)).toEqual(['bullying']);
    const radicalised = await findPages(index, 'radicalised children', {}, withWords);
    expect(ids(radicalised)).toEqual(['radicalisation']);
    expect(index.searched.filter((query) => /whatsapp|radicalised/.test(query))).toEqual([]);
  });

  it('finds nothing, without searching, when the index holds none of the words in any form', async () => {
    const index = fakeIndex([{ id: 'contact', type: 'Risk', title: 'Contact risks', text: 'Catching a cat.' }]);
    const found = await findPages(
      index,
      'catfishing',
      {},
      { ...help, vocabulary: () => Promise.resolve(vocabularyFrom({ catching: 1 })) },
    );
    expect(found.results).toEqual([]);
    expect(index.searched.filter((query) => query.includes('catfishing'))).toEqual([]);
  });

  it('reads a mistyped word around the topic before taking it off ("sexting hlep")', async () => {
    const index = fakeIndex([
      { id: 'sexting', type: 'Guidance', title: 'Sexting', text: 'Sharing nudes.' },
      { id: 'getting-help', type: 'Guidance', title: 'Getting help', text: 'Help and support.' },
    ]);
    const vocabulary = vocabularyFrom({ sexting: 1, sharing: 1, nudes: 1, getting: 1, help: 1, support: 1, and: 1 });
    const withWords = { ...help, vocabulary: () => Promise.resolve(vocabulary) };
    const found = await findPages(index, 'sexting hlep', {}, withWords);
    expect(found.searched).toBe('sexting');
    expect(ids(found)).toEqual(['sexting']);
    expect((await findPages(index, 'Sexting (hlep!)', {}, withWords)).searched).toBe('sexting');
  });

  it('respells every mistyped word when only that shows what the reader describes ("older man aking my son for pics")', async () => {
    const index = fakeIndex([
      { id: 'contact', type: 'Risk', title: 'Contact risks', text: 'Grooming: my child is being groomed.' },
      { id: 'controls', type: 'Guidance', title: 'Parental controls', text: 'Taking pics with my son.' },
    ]);
    const vocabulary = vocabularyFrom({ grooming: 1, groomed: 1, being: 1, child: 1, asking: 1, taking: 1, pics: 1, son: 1 });
    const withWords = { ...help, vocabulary: () => Promise.resolve(vocabulary) };
    const found = await findPages(index, 'older man aking my son for pics', {}, withWords);
    expect(found.searched).toBe('my child is being groomed');
    expect(ids(found)[0]).toBe('contact');
  });

  it('searches the words it took off when the words left are in no form in the index ("gp online")', async () => {
    const index = fakeIndex([{ id: 'bullying', type: 'Guidance', title: 'Bullying online', text: 'Bullying online.' }]);
    const found = await findPages(
      index,
      'gp online',
      {},
      { ...help, vocabulary: () => Promise.resolve(vocabularyFrom({ online: 1 })) },
    );
    expect(ids(found)).toEqual(['bullying']);
    expect(found.searched).toBe('gp online');
  });

  it('searches an everyday word in the words the site writes when few pages have every word typed', async () => {
    const index = fakeIndex([
      { id: 'nudes', type: 'Guidance', title: 'Sharing nudes', text: 'Young people who send nudes are breaking the law.' },
      { id: 'law', type: 'Legislation', title: 'The law', text: 'Young people and the law.' },
      { id: 'young-people', type: 'Start page', title: 'Young people', text: 'Help for young people.' },
      { id: 'illegal', type: 'Guidance', title: 'Illegal content', text: 'Report illegal images.' },
    ]);
    const found = await findPages(index, 'is it illegal for teenagers to send nudes', {}, help);
    expect(ids(found)[0]).toBe('nudes');
    const alone = await findPages(index, 'teenagers', {}, help);
    expect(ids(alone)[0]).toBe('young-people');
  });

  it('reads a parent’s own teenager as their child, as the pages for parents say', async () => {
    const index = fakeIndex([
      { id: 'young-people', type: 'Start page', title: 'Young people', text: 'Help for young people about grooming.' },
      { id: 'grooming', type: 'Risk', title: 'Grooming', text: 'How a child is groomed: grooming explained for parents.' },
    ]);
    const found = await findPages(index, 'my teenager and grooming', {}, help);
    expect(ids(found)[0]).toBe('grooming');
    expect(index.searched).toContain('child grooming');
    expect(index.searched).not.toContain('young people grooming');
    // Searched so, not offered as another spelling ("Did you mean child grooming?").
    expect(found.respelled).toBeUndefined();
  });

  it('does not respell words typed apart that the index holds as one word', async () => {
    const index = fakeIndex([
      { id: 'voyeurism', type: 'Legislation', title: 'Voyeurism Act', text: 'Upskirting is an offence.' },
      { id: 'starting-point', type: 'Contact', title: 'Starting Point', text: 'Starting up a referral.' },
    ]);
    const found = await findPages(
      index,
      'up skirting',
      {},
      { ...help, vocabulary: () => Promise.resolve(vocabularyFrom({ upskirting: 2, starting: 3 })) },
    );
    expect([found.respelled, ids(found)[0]]).toEqual([undefined, 'voyeurism']);
  });

  it('adds the pages with all the words but one when only a page or two have every word', async () => {
    const index = fakeIndex([
      { id: 'guidance', type: 'Guidance', title: 'Sharing nudes', text: 'A teenager may respond to a nude image.' },
      { id: 'outcome', type: 'Guide', title: 'Respond to a nude image of a child', text: 'What to do.' },
    ]);
    const found = await findPages(index, 'respond to a nude image of a teenager', {}, help);
    expect(ids(found)).toEqual(['guidance', 'outcome']);
  });

  it('still searches when the index’s words cannot be loaded', async () => {
    const found = await findPages(fakeIndex(pages), 'grooming', {}, { ...help, vocabulary: () => Promise.resolve(undefined) });
    expect(ids(found)[0]).toBe('grooming');
  });
});

describe('nameWithContactWord', () => {
  it('is the topic with the word before it that asks for a contact, which may be part of a service’s name', () => {
    expect(nameWithContactWord('call derbyshire', contactTopic('call derbyshire')!)).toBe('call derbyshire');
    expect(nameWithContactWord('how do I ring Call Derbyshire', 'derbyshire')).toBe('call derbyshire');
  });

  it('is undefined when no word comes before the topic', () => {
    expect(nameWithContactWord('childline number', contactTopic('childline number')!)).toBeUndefined();
  });

  it('skips a question’s small words, so the word before is the one that asks', () => {
    expect(nameWithContactWord('what is the number for Childline', 'childline')).toBe('number childline');
  });
});

describe('contactTopic', () => {
  it('reads a number said as someone else’s as no question for a contact (“my childs tutor asked for her number”)', () => {
    expect(contactTopic('my childs tutor asked for her number')).toBeUndefined();
    // The reader's own number, with a service named: still about the service.
    expect(contactTopic('can childline see my number')).toBe('childline see');
  });

  it('is a whole phone number typed beside a name, which asks for the contact it belongs to', () => {
    expect(contactTopic('childline 0800 1111')).toBe('0800 1111');
    expect(contactTopic('NSPCC 0808 800 5000')).toBe('0808 800 5000');
    expect(contactTopic('childline 0800')).toBeUndefined();
    expect(contactTopic('section 47 1989')).toBeUndefined();
  });

  it('is the query without the words that ask for a way to get in touch', () => {
    expect(contactTopic('NSPCC helpline')).toBe('nspcc');
    expect(contactTopic('starting point phone number')).toBe('starting point');
  });

  it('does not ask when the query ends with someone’s phone, the thing, not a number to call', () => {
    expect(contactTopic('secret apps on my childs phone')).toBeUndefined();
    expect(contactTopic('parental controls on my son’s phone')).toBeUndefined();
    expect(contactTopic('domestic abuse perpetrator tracking phone')).toBeUndefined();
    // A device said to be new, or a child's first.
    expect(contactTopic('online safety at christmas new phone')).toBeUndefined();
    expect(contactTopic('setting up her first phone')).toBeUndefined();
    expect(contactTopic('childline phone')).toBe('childline');
    expect(contactTopic('childrens services derby phone')).toBe('childrens services derby');
  });

  it('does not ask when the query ends with a website said to be this or that one, the thing, not a contact’s', () => {
    expect(contactTopic('hide that i visited this website')).toBeUndefined();
    expect(contactTopic('safer derbyshire website')).toBe('safer derbyshire');
  });

  it('takes the words that ask from the end, or else from the start, so a service named with one keeps it', () => {
    expect(contactTopic('call derbyshire phone number')).toBe('call derbyshire');
    expect(contactTopic('call childline')).toBe('childline');
  });

  it('does not take a word that asks from the start when the query ends with a word for a type of page', () => {
    const typeWords = { risks: 'Risk', procedure: 'Procedure' };
    expect(contactTopic('contact risks', 'contact risks', typeWords)).toBeUndefined();
    expect(contactTopic('what are contact risks', 'what are contact risks', typeWords)).toBeUndefined();
    expect(contactTopic('contact risks')).toBe('risks');
    expect(contactTopic('contact childline', 'contact childline', typeWords)).toBe('childline');
    expect(contactTopic('childline phone number', 'childline phone number', typeWords)).toBe('childline');
  });

  it('asks when the query is a question, whose small words are not the topic', () => {
    expect(contactTopic('what is the number for Childline')).toBe('childline');
    expect(contactTopic('what’s the phone number for Starting Point')).toBe('starting point');
    expect(contactTopic('who do I call if a child is in danger')).toBe('child danger');
  });

  it('asks from the middle of the query only with a word that never means anything else', () => {
    expect(contactTopic('nspcc number for adults')).toBe('nspcc adults');
    expect(contactTopic('nspcc telephone for parents')).toBe('nspcc parents');
    // "helpline" may say what is wanted: "free helpline for parents worried about online safety".
    expect(contactTopic('free helpline for parents worried about online safety')).toBeUndefined();
    expect(contactTopic('sexting on my son’s phone at night')).toBeUndefined();
  });

  it('asks when the query is for a service’s opening hours', () => {
    expect(contactTopic('Childline opening hours')).toBe('childline');
    expect(contactTopic('Call Derbyshire opening times')).toBe('call derbyshire');
    expect(contactTopic('is the NSPCC helpline open')).toBe('nspcc');
    expect(contactTopic('out of hours social worker derby')).toBeUndefined();
  });

  it('asks when the query is for a service’s website', () => {
    expect(contactTopic('Safer Derbyshire website')).toBe('safer derbyshire');
    expect(contactTopic('NSPCC website')).toBe('nspcc');
    expect(contactTopic('suicide websites')).toBeUndefined();
  });

  it('is a phone number, website or email address itself, which asks for its contact', () => {
    expect(contactTopic('0800 1111')).toBe('0800 1111');
    expect(contactTopic('stopitnow.org.uk')).toBe('stopitnow.org.uk');
    expect(contactTopic('help@nspcc.org.uk')).toBe('help@nspcc.org.uk');
  });

  it('is nothing when the query asks for no contact, or for nothing else', () => {
    expect(contactTopic('grooming')).toBeUndefined();
    expect(contactTopic('phone number')).toBeUndefined();
  });

  it('asks for a contact when the reader mistyped the word that asks, but not when respelling made it', () => {
    expect(contactTopic('childline number', 'childline numbr')).toBe('childline');
    expect(contactTopic('set parental controls phone', 'set up parental controls on an iphone')).toBeUndefined();
  });
});

describe('withoutGenericWords', () => {
  const phrases = ['early help', 'get help', 'online safety', 'safeguarding concern', 'safeguarding lead', 'family support'];
  const onSite = (phrase: string) => Promise.resolve(phrases.includes(phrase));

  it.each([
    ['grooming advice', 'grooming'],
    ['help with a nude of me', 'nude of me'],
    ['County lines UK', 'county lines'],
    ['support and advice for sexting', 'sexting'],
    ['warning signs of radicalisation', 'radicalisation'],
    ['how to deal with sextortion', 'sextortion'],
    ['I need help with my sons xbox', 'my sons xbox'],
    ['sexting policy', 'sexting'],
    ['radicalisation awareness', 'radicalisation'],
    ['dealing with cyberbullying', 'cyberbullying'],
    ['county lines explained', 'county lines'],
    ['how to protect my child from grooming', 'my child from grooming'],
    ['keeping my son safe from sextortion', 'my son from sextortion'],
    ['get help with county lines', 'county lines'],
    ['sextortion support services', 'sextortion'],
    ['where can I get help', 'where can I get help'],
    ['where can I find out about sextortion', 'sextortion'],
    ['looking for information on county lines', 'county lines'],
    ['out of hours social care', 'out of hours social care'],
    ['problems with cyberbullying', 'cyberbullying'],
    ['sextortion worries', 'sextortion'],
    ['is sexting illegal', 'is sexting'],
    ['is upskirting legal', 'is upskirting'],
    ['who do I speak to about a safeguarding concern', 'safeguarding concern'],
    ['how to stop grooming', 'grooming'],
    ['stop it now helpline', 'stop it now helpline'],
    ['is my child at risk of county lines', 'is my child at of county lines'],
    ['children at risk', 'children at risk'],
    // "watches" is no topic: searched, it found the Internet Watch Foundation's tool first.
    ['my daughter watches self harm videos', 'my daughter self harm videos'],
  ])('takes off the words that ask for help in general, and the small words beside them: “%s” → “%s”', async (typed, left) => {
    expect(await withoutGenericWords(typed, onSite)).toBe(left);
  });

  it.each([
    ['worried about county lines', 'county lines'],
    ['I am worried my child is being groomed', 'my child is being groomed'],
    ['concerned about radicalisation', 'radicalisation'],
    ['concerns about county lines', 'county lines'],
    ['I have a concern about sexting', 'sexting'],
    // Said after the topic, last.
    ['sexting concern', 'sexting'],
    ['school nurse grooming worries', 'school nurse grooming'],
    ['worried about a pupil', 'worried about a pupil'],
    ['worried about something', 'worried about something'],
    ['worried about a social worker', 'worried about a social worker'],
  ])(
    'takes off a worry about a topic, but keeps a worry about a person or about nothing in particular: “%s” → “%s”',
    async (typed, left) => {
      expect(await withoutGenericWords(typed, onSite)).toBe(left);
    },
  );

  it.each([
    ['grooming advice for parents', 'grooming'],
    ['early help advice for parents', 'early help'],
    ['county lines for teachers', 'county lines'],
    ['sextortion for young people', 'sextortion'],
    ['sexting in schools', 'sexting'],
    ['apps for young people', 'apps'],
    ['online safety for parents', 'safety for parents'],
    ['resources for schools', 'resources for schools'],
  ])(
    'takes off who the pages are for after a topic, but keeps it when nothing else names a topic: “%s” → “%s”',
    async (typed, left) => {
      expect(await withoutGenericWords(typed, onSite)).toBe(left);
    },
  );

  it.each([
    ['sexting online', 'sexting'],
    ['grooming on social media', 'grooming'],
    ['internet sextortion', 'sextortion'],
    ['learn about grooming', 'grooming'],
    ['parents guide to sexting', 'sexting'],
    ['county lines what to look out for', 'county lines'],
    ['how common is sextortion', 'sextortion'],
    ['what happens if you send nudes', 'send nudes'],
    ['sexting and young people', 'sexting'],
    ['what is meant by sextortion', 'sextortion'],
    ['county lines overview', 'county lines'],
    ['how serious is sexting', 'sexting'],
    ['sextortion next steps', 'sextortion'],
    ['urgent grooming help', 'grooming'],
    ['grooming guidance for schools', 'grooming'],
    ['what does grooming mean', 'what does grooming'],
    ['safeguarding sexting', 'sexting'],
    ['online safety sextortion', 'sextortion'],
    ['county lines internet safety', 'county lines'],
    ['sexually active 14 year old', 'underage sex'],
    ['sexting 14 year old', 'sexting'],
    ['sextortion 2025', 'sextortion'],
    ['latest grooming guidance 2024', 'grooming'],
    ['county lines year 7', 'county lines'],
    ['sexting gov.uk', 'sexting'],
    ['grooming foster carers', 'grooming'],
    ['sextortion faq', 'sextortion'],
    ['spotting county lines', 'county lines'],
    ['managing online bullying', 'bullying'],
    ['i found sexting messages', 'sexting messages'],
    ['learn about family support', 'family support'],
    ['learn about grooming support', 'grooming'],
    ['noticed grooming', 'grooming'],
    ['getting bullied', 'bullied'],
    ['county lines on my son’s phone', 'county lines on my son’s'],
  ])(
    'takes off the words around a topic that ask nothing of their own, and the site’s own subject: “%s” → “%s”',
    async (typed, left) => {
      expect(await withoutGenericWords(typed, onSite)).toBe(left);
    },
  );

  it('keeps a service’s name of words that ask nothing, which the index holds run together (“stop it now” → “stopitnow”)', async () => {
    const heldAsOneWord = (words: readonly string[]) => Promise.resolve(words.join('') === 'stopitnow');
    expect(await withoutGenericWords('stop it now confidential', onSite, heldAsOneWord)).toBe('stop it now confidential');
    expect(await withoutGenericWords('stop it now confidential', onSite)).toBe('confidential');
  });

  it('keeps a service’s name that the index holds run together wherever it stands in the query (“talk to stop it now”)', async () => {
    const heldAsOneWord = (words: readonly string[]) => Promise.resolve(words.join('') === 'stopitnow');
    expect(await withoutGenericWords('talk to stop it now', onSite, heldAsOneWord)).toBe('talk to stop it now');
    expect(await withoutGenericWords('text stop it now', onSite, heldAsOneWord)).toBe('text stop it now');
    expect(await withoutGenericWords('talk to stop it now', onSite)).toBe('talk');
    expect(await withoutGenericWords('text stop it now', onSite)).toBe('text');
  });

  it('keeps a word that asks for help in general where it is part of a glossary name typed in the query', async () => {
    const groups = [["Children's Social Care", 'social services', "children's services"]];
    expect(await withoutGenericWords('what do childrens services do', onSite, undefined, groups)).toBe(
      'what do childrens services do',
    );
    expect(await withoutGenericWords('what do childrens services do', onSite)).toBe('what do childrens');
  });

  it('keeps the site’s subject where it makes a phrase the site uses', async () => {
    expect(await withoutGenericWords('online safety', (phrase) => Promise.resolve(phrase === 'online safety'))).toBe(
      'online safety',
    );
  });

  it.each([
    ['safeguarding lead procedure', 'safeguarding lead procedure'],
    ['who do I speak to about a safeguarding concern', 'safeguarding concern'],
  ])('keeps a word for the subject that starts a term of the site’s own: “%s” → “%s”', async (typed, left) => {
    expect(await withoutGenericWords(typed, onSite)).toBe(left);
  });

  it('keeps an Act’s year, part of a phrase the site uses', async () => {
    expect(await withoutGenericWords('children act 1989', (phrase) => Promise.resolve(phrase === 'children act 1989'))).toBe(
      'children act 1989',
    );
  });

  it('keeps online safety when no other topic is named ("what to say to my child about online safety")', async () => {
    expect(await withoutGenericWords('what to say to my child about online safety', onSite)).toBe(
      'what to say to my child about online safety',
    );
    expect(await withoutGenericWords('online safety sextortion', onSite)).toBe('sextortion');
  });

  it('keeps "mean" when it says someone is unkind, not what a word means', async () => {
    expect(await withoutGenericWords('kids being mean about my daughter', onSite)).toBe('kids being mean about my daughter');
  });

  it('leaves a topic beside a word for a type of page, not the type word alone ("online safety law")', async () => {
    expect(await withoutGenericWords('online safety law', onSite)).toBe('safety law');
    expect(await withoutGenericWords('grooming advice law', onSite)).toBe('grooming law');
    // "contact" before a type word names the topic ("contact risks"), it does not ask for a contact.
    expect(await withoutGenericWords('contact risk examples', onSite)).toBe('contact risk');
  });

  it('takes them off from between the words that name the topic too', async () => {
    expect(await withoutGenericWords('grooming advice on snapchat', onSite)).toBe('grooming on snapchat');
  });

  it.each([
    ['early help advice', 'early help'],
    ['Where can I get help', 'Where can I get help'],
    ['help and advice', 'help'],
    ['advice', 'advice'],
  ])('stops at a phrase the site uses, and keeps the last word that is left: “%s” → “%s”', async (typed, left) => {
    expect(await withoutGenericWords(typed, onSite)).toBe(left);
  });
});

describe('typeTopic', () => {
  const typeWords = { procedure: 'Procedure', law: 'Legislation' };

  it('finds a word for a type of page at the end of the query, or at its start, and the topic besides it', () => {
    expect(typeTopic('online harms procedure', typeWords)).toEqual({ topic: 'online harms', type: 'Procedure' });
    expect(typeTopic('the law on sexting', typeWords)).toEqual({ topic: 'sexting', type: 'Legislation' });
  });

  it('asks for no type when the word is all the query, or in the middle of it', () => {
    expect(typeTopic('procedure', typeWords)).toBeUndefined();
    expect(typeTopic('sexting law changes', typeWords)).toBeUndefined();
    expect(typeTopic('grooming', typeWords)).toBeUndefined();
  });
});

describe('namedByOneWord', () => {
  const result = (id: string, score: number) => ({ id, score });

  it('is the page that scores far more for one word than the best page with all of them', () => {
    expect(namedByOneWord([result('a', 5)], [{ query: 'allegation', results: [result('b', 100)] }])).toEqual({
      query: 'allegation',
      result: result('b', 100),
    });
  });

  it('is nothing when the best page with all the words scores close, or is the same page', () => {
    expect(namedByOneWord([result('a', 50)], [{ query: 'x', results: [result('b', 100)] }])).toBeUndefined();
    expect(namedByOneWord([result('b', 5)], [{ query: 'x', results: [result('b', 100)] }])).toBeUndefined();
  });
});

describe('leaderForWord', () => {
  const result = (id: string, score: number) => ({ id, score });
  const bullying = { query: 'bullying', results: [result('anti-bullying-alliance', 78), result('bullying-online', 66)] };

  it('is the page that explains a word when it scores at least half what the contact leading it does', () => {
    expect(leaderForWord(bullying, { results: [result('bullying-online', 66)] })).toEqual({
      query: 'bullying',
      results: [result('bullying-online', 66)],
    });
  });

  it('stays the contact that has the word to itself', () => {
    const hacking = { query: 'hacking', results: [result('cyber-choices', 63), result('exploitation', 14)] };
    expect(leaderForWord(hacking, { results: [result('exploitation', 14)] })).toBe(hacking);
  });

  it('stays the page that leads the word when no contact does', () => {
    expect(leaderForWord({ query: 'x', results: [result('a', 10)] }, { results: [result('a', 10)] }).results[0]?.id).toBe('a');
  });
});

describe('compileQueryPatterns', () => {
  it('reads the samples one reading at a time, pausing after each, so no one task holds the page', async () => {
    let pauses = 0;
    await compileQueryPatterns(() => {
      pauses += 1;
      return Promise.resolve();
    });
    // A pause after every step of the readings of what a reader describes, and after each check of who is asking.
    expect(pauses).toBeGreaterThan(inPagesSteps.length);
  });
});

describe('withoutAgeLine', () => {
  it.each([
    ['sexting under 18', 'sexting'],
    ['nudes of under 18s', 'nudes of'],
    ['sexually active under-16', 'sexually active'],
  ])('takes off an age line when words remain: “%s” → “%s”', (typed, left) => {
    expect(withoutAgeLine(typed)).toBe(left);
  });

  it('keeps an age line alone, and an age that is no line of the law', () => {
    expect(withoutAgeLine('under 18')).toBe('under 18');
    expect(withoutAgeLine('parental controls under 10s')).toBe('parental controls under 10s');
  });
});

describe('withoutChildNamed', () => {
  it.each([
    ['child involved in county lines', 'involved in county lines'],
    ['young people county lines', 'county lines'],
    ['a teenager sexting', 'sexting'],
  ])('takes off a child named first: “%s” → “%s”', (typed, left) => {
    expect(withoutChildNamed(typed)).toBe(left);
  });

  it('keeps a child named alone, and one not named first', () => {
    expect(withoutChildNamed('young people')).toBe('young people');
    expect(withoutChildNamed('county lines children')).toBe('county lines children');
  });
});

describe('firstScreenOrder', () => {
  it('puts first a contact whose name is typed, found by a word of that name alone (“womens aid live chat”)', () => {
    const views = [
      {
        url: '/procedures/online-harms/',
        title: 'Safeguarding children from online harms',
        sections: [],
        queries: ['live chat'],
      },
      { url: '/contacts/womens-aid/', title: "Women's Aid", sections: [], queries: ['womens'], keywords: ['domestic abuse'] },
    ];
    expect(firstScreenOrder(views, 'womens aid live chat')[0]?.url).toBe('/contacts/womens-aid/');
  });

  it('puts first a contact with a number to ring for the readers a helpline is asked for by (“is there a helpline for parents”)', () => {
    const contact = (url: string, title: string, callable: boolean, audiences: string[]) => ({
      url,
      title,
      callable,
      audiences,
      sections: [],
      queries: ['parents'],
    });
    const views = [
      contact('/contacts/parents-protect/', 'Parents Protect', false, ['Parents and carers', 'Professionals']),
      contact('/contacts/professionals-helpline/', 'Professionals Online Safety Helpline', true, ['Professionals']),
      contact('/contacts/nspcc-helpline/', 'NSPCC Helpline', true, ['Parents and carers', 'Professionals']),
    ];
    expect(firstScreenOrder(views, 'is there a helpline for parents').map((view) => view.url)).toEqual([
      '/contacts/nspcc-helpline/',
      '/contacts/parents-protect/',
      '/contacts/professionals-helpline/',
    ]);
    // Asked for a website, or with a service named, the order stays.
    expect(firstScreenOrder(views, 'website for parents')[0]?.url).toBe('/contacts/parents-protect/');
    expect(firstScreenOrder(views, 'parents protect number')[0]?.url).toBe('/contacts/parents-protect/');
  });

  /** A contact in Derby City, found by one search. */
  const derbyCityContact = (query: string) => (url: string, title: string, keywords: string[]) => ({
    url,
    title,
    keywords,
    areas: ['Derby City'],
    sections: [],
    queries: [query],
  });

  it('puts first the contact whose own name is typed with its area and a word asking for a number', () => {
    const contact = derbyCityContact('derby initial response team number');
    const views = [
      contact('/contacts/consultation-line/', 'Professional Consultation Line (Derby City)', ['consultation line']),
      contact('/contacts/initial-response-team/', "Initial Response Team (Derby City Children's Social Care)", [
        'Initial Response Team',
      ]),
    ];
    expect(firstScreenOrder(views, 'derby initial response team number')[0]?.url).toBe('/contacts/initial-response-team/');
  });

  describe('for a search with an area in it', () => {
    const contact = derbyCityContact('derby city lado');
    const procedure = {
      url: '/procedures/allegations/',
      title: 'Allegations against staff, carers and volunteers',
      keywords: ['LADO', 'allegations against staff'],
      sections: [],
      queries: ['derby city lado'],
    };

    it('puts first the page the rest of the search names when no contact of the area has it in its names (“derby city lado”)', () => {
      const views = [
        contact('/contacts/consultation-line/', 'Professional Consultation Line (Derby City)', ['consultation line']),
        contact('/contacts/social-care/', "Children's Social Care (Derby City Council)", ["children's social care"]),
        procedure,
      ];
      expect(firstScreenOrder(views, 'derby city lado')[0]?.url).toBe('/procedures/allegations/');
    });

    it('keeps first the area’s contact whose names have the rest of the search (“derby city social care”)', () => {
      const views = [
        contact('/contacts/social-care/', "Children's Social Care (Derby City Council)", ["children's social care"]),
        { ...procedure, url: '/procedures/referral/', title: 'Making a referral to social care', keywords: ['referral'] },
      ];
      expect(firstScreenOrder(views, 'derby city social care')[0]?.url).toBe('/contacts/social-care/');
    });
  });

  it('names a page by the search without a child named first (“young person involved in county lines”)', () => {
    const view = (url: string, title: string, keywords: string[]) => ({
      url,
      title,
      keywords,
      sections: [],
      queries: ['young person county lines'],
    });
    const views = [
      view('/contacts/social-care/', "Children's Social Care (Derbyshire County Council)", ['social services']),
      view('/procedures/exploitation/', 'Children at risk of exploitation', ['CSE', 'county lines']),
    ];
    expect(firstScreenOrder(views, 'young person county lines')[0]?.url).toBe('/procedures/exploitation/');
  });

  it('does not count an age line as naming a page when the rest of the search names one (“sexting under 18”)', () => {
    const view = (url: string, title: string, keywords: string[]) => ({
      url,
      title,
      keywords,
      sections: [],
      queries: ['sexting under 18'],
    });
    const views = [
      view('/procedures/sexually-active/', 'Sexually active children under 18', ['underage sex']),
      view('/guidance/sharing-nudes/', 'Sharing nudes and semi-nudes', ['sexting']),
    ];
    expect(firstScreenOrder(views, 'sexting under 18').map((each) => each.url)).toEqual([
      '/guidance/sharing-nudes/',
      '/procedures/sexually-active/',
    ]);
    // Typed alone, the age line still names the page whose title has it.
    expect(firstScreenOrder(views, 'under 18')[0]?.url).toBe('/procedures/sexually-active/');
  });

  it('reads a word for the site’s subject typed with a letter wrong as that word when it names a page (“onlin abuse procedure”)', () => {
    const view = (url: string, title: string) => ({ url, title, sections: [], queries: ['abuse procedure'] });
    const views = [view('/procedures/domestic-abuse/', 'Domestic abuse'), view('/procedures/online-abuse/', 'Online abuse')];
    expect(firstScreenOrder(views, 'abuse procedure', [], { typed: 'onlin abuse procedure' })[0]?.url).toBe(
      '/procedures/online-abuse/',
    );
    expect(firstScreenOrder(views, 'abuse procedure', [], { typed: 'olive abuse procedure' })[0]?.url).toBe(
      '/procedures/domestic-abuse/',
    );
  });

  describe('for a search that asks for a type of page', () => {
    const options = {
      typeWords: { risk: 'Risk', law: 'Legislation' },
      typeLists: { Risk: '/risks/', Legislation: '/legislation/' },
    };
    const view = (url: string, type: string, title: string, keywords: string[] = []) => ({
      url,
      type,
      title,
      keywords,
      sections: [],
      queries: ['x'],
    });

    it('counts the list of that type’s pages as one of them when none of them names the search', () => {
      const views = [
        view('/risks/commerce/', 'Risk', 'Commerce risks'),
        view('/procedures/online-harms/', 'Procedure', 'Online harms'),
        view('/risks/', 'List of pages', 'Online risks', ['the 4 Cs']),
      ];
      expect(firstScreenOrder(views, 'what are the 4 cs of online risk', [], options).map((each) => each.url)).toEqual([
        '/risks/',
        '/risks/commerce/',
        '/procedures/online-harms/',
      ]);
    });

    it('puts an entry that names the search before the list that repeats its summary', () => {
      const views = [
        view('/legislation/', 'List of pages', 'Legislation', ['laws', 'upskirting', 'voyeurism']),
        view('/legislation/voyeurism/', 'Legislation', 'Voyeurism (Offences) Act 2019', ['upskirting']),
      ];
      expect(firstScreenOrder(views, 'upskirting law', [], options)[0]?.url).toBe('/legislation/voyeurism/');
    });
  });

  it('puts first the page whose own name the search is: its title or first keyword', () => {
    const views = [
      {
        title: 'Sexual Offences Act 2003',
        sections: [],
        queries: ['grooming'],
        keywords: ['Sex Offences Act', 'SOA', 'grooming'],
      },
      { title: 'Contact risks', sections: [], queries: ['grooming'], keywords: ['grooming', 'online grooming'] },
    ];
    expect(firstScreenOrder(views, 'grooming').map((view) => view.title)).toEqual(['Contact risks', 'Sexual Offences Act 2003']);
  });

  it('reads a name and part of a phone number as the name ("childline 0800")', () => {
    const views = [
      { title: 'If something online has upset you', sections: [], queries: ['childline 0800'] },
      { url: '/contacts/childline/', title: 'Childline', sections: [], queries: ['childline 0800'] },
    ];
    expect(firstScreenOrder(views, 'childline 0800').map((view) => view.title)[0]).toBe('Childline');
    // A number that starts otherwise, as a year or a section does, is part of the name.
    const acts = [
      { title: 'Children Act 2004', sections: [], queries: ['children act 1989'] },
      { title: 'Children Act 1989', sections: [], queries: ['children act 1989'] },
    ];
    expect(firstScreenOrder(acts, 'children act 1989').map((view) => view.title)[0]).toBe('Children Act 1989');
  });

  it('puts first a result with a heading that is the search', () => {
    const views = [
      { title: 'Online harms', sections: [{ title: 'Teachers' }], queries: ['victim blaming'] },
      { title: 'Bullying online', sections: [], queries: ['victim blaming'] },
      { title: 'Procedures', sections: [{ title: 'Victim blaming' }], queries: ['victim blaming'] },
    ];
    expect(firstScreenOrder(views, 'victim blaming').map((view) => view.title)).toEqual([
      'Procedures',
      'Online harms',
      'Bullying online',
    ]);
  });

  it('puts the page that explains a topic before a contact whose words only name the topic', () => {
    const views = [
      {
        url: '/contacts/anti-bullying-alliance/',
        title: 'Anti-Bullying Alliance',
        sections: [],
        queries: ['bullying'],
        keywords: ['ABA', 'Anti-Bullying Alliance', 'bullying'],
      },
      {
        url: '/guidance/bullying-online/',
        title: 'Bullying online',
        sections: [],
        queries: ['bullying'],
        keywords: ['cyberbullying'],
      },
    ];
    expect(firstScreenOrder(views, 'bullying').map((view) => view.title)).toEqual(['Bullying online', 'Anti-Bullying Alliance']);
    expect(firstScreenOrder(views, 'anti-bullying alliance').map((view) => view.title)).toEqual([
      'Anti-Bullying Alliance',
      'Bullying online',
    ]);
  });

  it('puts a contact that names the search no better than a page right after that page, not after every page about as well named', () => {
    const views = [
      {
        url: '/contacts/internet-matters/',
        title: 'Internet Matters',
        sections: [],
        queries: ['parental controls'],
        keywords: ['Internet Matters', 'parental controls apps'],
      },
      {
        url: '/guidance/phones/',
        title: 'Phones',
        sections: [{ title: 'Parental controls for apps' }],
        queries: ['parental controls'],
      },
      { url: '/guidance/games/', title: 'Games', sections: [], queries: ['parental controls'] },
    ];
    expect(firstScreenOrder(views, 'parental controls').map((view) => view.url)).toEqual([
      '/guidance/phones/',
      '/contacts/internet-matters/',
      '/guidance/games/',
    ]);
  });

  it('compares pages’ names with the words searched, not a word the index holds in no form ("… on roblox")', () => {
    const views = [
      {
        url: '/contacts/anti-bullying-alliance/',
        title: 'Anti-Bullying Alliance',
        sections: [],
        queries: ['child bullied'],
        keywords: ['ABA', 'bullying'],
      },
      { url: '/guidance/bullying-online/', title: 'Bullying online', sections: [], queries: ['child bullied'] },
    ];
    expect(firstScreenOrder(views, 'my child is being bullied on roblox').map((view) => view.url)).toEqual([
      '/guidance/bullying-online/',
      '/contacts/anti-bullying-alliance/',
    ]);
  });

  it('puts a page only for professionals after a page for parents only when that page names the search as well', () => {
    const views = [
      {
        url: '/procedures/exploitation/',
        title: 'Children at risk of exploitation',
        sections: [],
        queries: ['child county lines'],
        keywords: ['CRE', 'CCE', 'CSE', 'county lines'],
        audiences: ['Professionals'],
      },
      {
        url: '/guidance/getting-help/',
        title: 'Getting help',
        sections: [],
        queries: ['child county lines'],
        audiences: ['Parents and carers'],
      },
    ];
    const order = (query: string) =>
      firstScreenOrder(views, query, [], { professionalsAudience: 'Professionals' }).map((view) => view.url);
    expect(order('my child and county lines')).toEqual(['/procedures/exploitation/', '/guidance/getting-help/']);
    const named = [views[0]!, { ...views[1]!, title: 'Getting help with county lines' }];
    expect(
      firstScreenOrder(named, 'my child and county lines', [], { professionalsAudience: 'Professionals' }).map(
        (view) => view.url,
      ),
    ).toEqual(['/guidance/getting-help/', '/procedures/exploitation/']);
  });

  it('puts first a contact whose own name is typed with a topic it has every word of ("UKCCIS sexting")', () => {
    const ukcis = {
      url: '/contacts/ukcis/',
      title: 'UK Council for Internet Safety (UKCIS)',
      sections: [],
      queries: ['ukccis sexting'],
      keywords: ['UKCIS', 'UKCCIS', 'sexting in schools'],
    };
    const views = [
      { url: '/procedures/online-harms/', title: 'Online harms', sections: [], queries: ['ukccis sexting'] },
      ukcis,
      { url: '/guidance/nudes/', title: 'Sharing nudes', sections: [], queries: ['sexting'], keywords: ['sexting'] },
    ];
    expect(firstScreenOrder(views, 'ukccis sexting').map((view) => view.url)[0]).toBe('/contacts/ukcis/');
    // Found by its name alone ("ceop report button", where CEOP's page never says "button"), it is still the service asked for.
    expect(firstScreenOrder([views[0]!, { ...ukcis, queries: ['ukccis'] }, views[2]!], 'ukccis sexting')[0]?.url).toBe(
      '/contacts/ukcis/',
    );
    // Found by other words than its name, it is not.
    expect(firstScreenOrder([views[0]!, { ...ukcis, queries: ['sexting'] }, views[2]!], 'ukccis sexting')[0]?.url).toBe(
      '/guidance/nudes/',
    );
  });

  it('reads a service’s name typed with a topic, though the search left out the site’s subject ("internet matters …")', () => {
    const internetMatters = {
      url: '/contacts/internet-matters/',
      title: 'Internet Matters',
      sections: [],
      queries: ['matters parental control guides'],
    };
    const views = [
      {
        url: '/guidance/parental-controls/',
        title: 'Parental controls and privacy settings',
        sections: [],
        queries: ['matters parental control guides'],
        keywords: ['parental controls'],
      },
      internetMatters,
    ];
    expect(
      firstScreenOrder(views, 'matters parental control guides', [], { typed: 'internet matters parental control guides' })[0]
        ?.url,
    ).toBe('/contacts/internet-matters/');
    expect(firstScreenOrder(views, 'matters parental control guides')[0]?.url).toBe('/guidance/parental-controls/');
  });

  it('does not read a word of an Act’s name as a service’s short name, though the search left out the words before it', () => {
    const views = [
      {
        url: '/contacts/act/',
        title: 'Action Counters Terrorism (ACT)',
        sections: [],
        queries: ['act'],
        keywords: ['ACT'],
      },
      {
        url: '/legislation/online-safety-act-2023/',
        title: 'Online Safety Act 2023',
        sections: [],
        queries: ['act means children'],
      },
    ];
    const typed = 'what the online safety act means for children';
    expect(firstScreenOrder(views, 'act means children', [], { typed })[0]?.url).toBe('/legislation/online-safety-act-2023/');
    expect(firstScreenOrder(views, 'act hotline', [], { typed: 'act hotline' })[0]?.url).toBe('/contacts/act/');
  });

  it('names a page with the site’s subject typed beside a word it respelled ("online abuse procdure")', () => {
    const views = [
      { url: '/procedures/domestic-abuse/', title: 'Domestic abuse', sections: [], queries: ['abuse procedure'] },
      {
        url: '/procedures/online-harms/',
        title: 'Safeguarding children from online harms',
        sections: [],
        queries: ['abuse procedure'],
        keywords: ['online harms procedure', 'e-safety', 'online abuse'],
      },
    ];
    const first = (typed: string) => firstScreenOrder(views, 'abuse procedure', [], { typed })[0]?.url;
    expect(first('online abuse procedure')).toBe('/procedures/online-harms/');
    expect(first('online abuse procdure')).toBe('/procedures/online-harms/');
    expect(first('abuse procdure')).toBe('/procedures/domestic-abuse/');
  });

  it('puts a source document kept for reference after the pages that name the search as well', () => {
    const views = [
      {
        url: '/documents/strategy/',
        title: 'On Line Safety Strategy',
        sections: [],
        queries: ['boy shared nude girl'],
        keywords: ['online safety strategy'],
        type: 'Document',
      },
      { url: '/guidance/nudes/', title: 'What schools do', sections: [], queries: ['boy shared nude girl'], type: 'Guidance' },
    ];
    const order = (searched: string, archiveType?: string) =>
      firstScreenOrder(views, searched, [], { archiveType }).map((view) => view.url);
    expect(order('boy shared nude girl', 'Document')).toEqual(['/guidance/nudes/', '/documents/strategy/']);
    // Without the type, or when the document's own name is the search, the order stands.
    expect(order('boy shared nude girl')).toEqual(['/documents/strategy/', '/guidance/nudes/']);
    expect(order('online safety strategy', 'Document')[0]).toBe('/documents/strategy/');
  });

  it('puts first, for a contact query, the contact whose name is the words typed in any order', () => {
    const views = [
      { url: '/contacts/starting-point/', title: 'Starting Point', sections: [], queries: ['professionals'] },
      { url: '/contacts/posh/', title: 'Professionals Online Safety Helpline', sections: [], queries: ['professionals'] },
    ];
    const order = (typed: string) => firstScreenOrder(views, 'professionals helpline', [], { typed }).map((view) => view.url);
    expect(order('professionals helpline online safety')).toEqual(['/contacts/posh/', '/contacts/starting-point/']);
    expect(order('professionals helpline')).toEqual(['/contacts/starting-point/', '/contacts/posh/']);
  });

  it('counts no word that asks for a contact in the name or the search ("call" for a helpline)', () => {
    const views = [
      { url: '/contacts/starting-point/', title: 'Starting Point', sections: [], queries: ['professionals call'] },
      { url: '/contacts/posh/', title: 'Professionals Online Safety Helpline', sections: [], queries: ['professionals call'] },
    ];
    const order = (typed: string) => firstScreenOrder(views, 'who do professionals call', [], { typed }).map((view) => view.url);
    expect(order('who do professionals call for online safety advice')).toEqual(['/contacts/posh/', '/contacts/starting-point/']);
    expect(
      firstScreenOrder(views, 'professionals call', [], { typed: 'who do professionals call' }).map((view) => view.url),
    ).toEqual(['/contacts/starting-point/', '/contacts/posh/']);
  });

  it('counts the site’s subject as typed in a page’s name, though it was not searched ("bullied online")', () => {
    const views = [
      {
        url: '/contacts/anti-bullying-alliance/',
        title: 'Anti-Bullying Alliance',
        sections: [],
        queries: ['child bullied'],
        keywords: ['ABA', 'Anti-Bullying Alliance', 'bullying'],
      },
      { url: '/guidance/bullying-online/', title: 'Bullying online', sections: [], queries: ['child bullied'] },
    ];
    const typed = 'my child is being bullied online';
    expect(firstScreenOrder(views, 'my child bullied', [], { typed }).map((view) => view.title)).toEqual([
      'Bullying online',
      'Anti-Bullying Alliance',
    ]);
  });

  it('does not count a page’s name for a job that the search names only as who asks or who a concern is about', () => {
    const views = [
      {
        url: '/procedures/allegations/',
        title: 'Allegations against staff, carers and volunteers',
        sections: [],
        queries: ['social worker allegation'],
      },
      {
        url: '/professionals/',
        title: 'For professionals',
        sections: [],
        queries: ['social worker allegation'],
        keywords: ['professionals', 'social workers', 'teachers'],
      },
    ];
    expect(firstScreenOrder(views, 'social worker allegation').map((view) => view.url)).toEqual([
      '/procedures/allegations/',
      '/professionals/',
    ]);
    // A search for the job alone still finds the page named after it.
    const searchedFor = (query: string) => views.map((view) => ({ ...view, queries: [query] }));
    expect(firstScreenOrder(searchedFor('social workers'), 'social workers').map((view) => view.url)).toEqual([
      '/professionals/',
      '/procedures/allegations/',
    ]);
  });

  it('keeps the order of a search for a number or helpline, whose contacts are already first', () => {
    const views = [
      { url: '/contacts/childline/', title: 'Childline', sections: [], queries: ['childline'] },
      { url: '/guidance/getting-help/', title: 'Childline number', sections: [], queries: ['childline number'] },
    ];
    expect(firstScreenOrder(views, 'childline number').map((view) => view.title)).toEqual(['Childline', 'Childline number']);
  });

  it('counts a heading with another name of the term only on a page the query as typed found', () => {
    const views = [
      { title: 'Online harms', sections: [], queries: ['DSL', '"Designated safeguarding lead"'] },
      { title: 'Talk to your designated safeguarding lead', sections: [], queries: ['"Designated safeguarding lead"'] },
      { title: 'DSL duties', sections: [{ title: 'The designated safeguarding lead' }], queries: ['DSL'] },
    ];
    expect(firstScreenOrder(views, 'DSL', ['Designated safeguarding lead']).map((view) => view.title)).toEqual([
      'DSL duties',
      'Online harms',
      'Talk to your designated safeguarding lead',
    ]);
  });

  it('orders the results of a query respelled into “… phone” by naming, as the reader asked for no contact', () => {
    const contactFirst = [
      { url: '/contacts/internet-matters/', title: 'Internet Matters', sections: [], queries: ['set parental controls phone'] },
      {
        url: '/guidance/parental-controls/',
        title: 'Parental controls and privacy settings',
        sections: [],
        keywords: ['parental controls'],
        queries: ['set parental controls phone'],
      },
    ];
    const titles = (typed: string) =>
      firstScreenOrder(contactFirst, 'set parental controls phone', [], { typed }).map((view) => view.title);
    expect(titles('set up parental controls on an iphone')).toEqual([
      'Parental controls and privacy settings',
      'Internet Matters',
    ]);
    expect(titles('set parental controls phone')).toEqual(['Internet Matters', 'Parental controls and privacy settings']);
  });

  it('compares pages’ names with the words searched when a word was respelled, not with the words typed right alone', () => {
    const views = [
      { title: 'Sexual Offences Act 2003', sections: [], queries: ['children act'] },
      { title: 'Children Act 1989', sections: [], queries: ['children act'] },
      {
        url: '/contacts/act/',
        title: 'ACT (Action Counters Terrorism)',
        sections: [],
        keywords: ['ACT'],
        queries: ['children act'],
      },
    ];
    const titles = (typed: string) => firstScreenOrder(views, 'children act', [], { typed }).map((view) => view.title);
    expect(titles('chilren act')[0]).toBe('Children Act 1989');
    expect(titles('children act')[0]).toBe('Children Act 1989');
  });

  it('puts the pages of the type the search asks for first, after only a page whose title or a keyword is the search', () => {
    const views = [
      { title: 'Sharing nudes', type: 'Guidance', sections: [], queries: ['sexting law'], keywords: ['sexting'] },
      { title: 'Protection of Children Act 1978', type: 'Legislation', sections: [], queries: ['sexting'] },
      { title: 'Online Safety Act 2023', type: 'Legislation', sections: [], queries: ['sexting'], keywords: ['sexting'] },
    ];
    const typeWords = { law: 'Legislation' };
    expect(firstScreenOrder(views, 'sexting law', [], { typeWords }).map((view) => view.title)).toEqual([
      'Online Safety Act 2023',
      'Protection of Children Act 1978',
      'Sharing nudes',
    ]);
    expect(firstScreenOrder(views, 'sexting', [], { typeWords }).map((view) => view.title)[0]).toBe('Sharing nudes');
    const named = [...views, { title: 'Sexting law', type: 'Guide', sections: [], queries: ['sexting law'] }];
    expect(firstScreenOrder(named, 'sexting law', [], { typeWords }).map((view) => view.title)[0]).toBe('Sexting law');
    const list = {
      title: 'Legislation',
      type: 'List of pages',
      sections: [],
      queries: ['sexting law'],
      keywords: ['Sexting law'],
    };
    expect(firstScreenOrder([...views, list], 'sexting law', [], { typeWords }).map((view) => view.title)[0]).toBe('Legislation');
  });

  it('puts first the page the search for a concern about someone who works with children found, over a page for parents', () => {
    const views = [
      { title: 'Texting', sections: [], queries: ['coach texting my son'], audiences: ['Parents and carers'] },
      { title: 'Allegations against staff', sections: [], queries: [roleConcernSearch], audiences: ['Professionals'] },
    ];
    const order = (searched: string) =>
      firstScreenOrder(views, searched, [], { professionalsAudience: 'Professionals' }).map((view) => view.title);
    expect(order('football coach texting my son')).toEqual(['Allegations against staff', 'Texting']);
    expect(order('texting my son')).toEqual(['Texting', 'Allegations against staff']);
  });

  describe('for a young person who says who they are', () => {
    const youngPeopleOutcome = { audience: 'Young people', type: 'Worried about a child?' };
    const views = [
      { title: 'Keeping children safe', sections: [], queries: ['scared'], audiences: ['Parents and carers'] },
      { title: 'Safeguarding children', sections: [], queries: ['scared'], audiences: ['Professionals'] },
      { title: 'If something online has upset you', sections: [], queries: ['scared'], audiences: ['Young people'] },
      { title: 'Getting help', sections: [], queries: ['scared'], audiences: ['Parents and carers', 'Young people'] },
    ];
    const order = (typed: string) =>
      firstScreenOrder(views, 'scared', [], { professionalsAudience: 'Professionals', youngPeopleOutcome, typed }).map(
        (view) => view.title,
      );

    it('puts pages written for young people, or for everyone, before pages only for adults that name the search as well', () => {
      expect(order('im 13 and scared')).toEqual([
        'If something online has upset you',
        'Getting help',
        'Keeping children safe',
        'Safeguarding children',
      ]);
      expect(order('I am a teenager and scared')[0]).toBe('If something online has upset you');
    });

    it('keeps the search’s order when the reader does not say they are young', () => {
      expect(order('scared')).toEqual(views.map((view) => view.title));
      expect(order('i am 30 and scared')).toEqual(views.map((view) => view.title));
    });
  });

  describe('for a parent asking about their own child', () => {
    const professionals = 'Professionals';
    const views = [
      {
        title: 'Safeguarding children from online harms',
        sections: [],
        queries: ['stop child seeing porn'],
        audiences: [professionals],
      },
      {
        title: 'If something online has upset you',
        sections: [],
        queries: ['stop child seeing porn'],
        audiences: ['Young people'],
      },
      {
        title: 'Content risks',
        sections: [],
        queries: ['stop child seeing porn'],
        audiences: [professionals, 'Parents and carers'],
      },
      { title: 'Report child abuse images', sections: [], queries: ['stop child seeing porn'] },
    ];
    const order = (searched: string, audience: string | undefined) =>
      firstScreenOrder(views, searched, [], { professionalsAudience: audience }).map((view) => view.title);

    it('puts pages written for parents, for young people or for everyone before pages only for professionals', () => {
      expect(order('how do I stop my child seeing porn', professionals)).toEqual([
        'If something online has upset you',
        'Content risks',
        'Report child abuse images',
        'Safeguarding children from online harms',
      ]);
    });

    it('keeps the search’s order when the query does not speak as a parent, or the audience is not known', () => {
      expect(order('stop a child seeing porn', professionals)).toEqual(views.map((view) => view.title));
      expect(order('how do I stop my child seeing porn', undefined)).toEqual(views.map((view) => view.title));
    });

    it('puts a guide outcome that speaks to the young person after the pages for parents, but not a guidance page for young people', () => {
      const outcome = {
        title: 'Someone online is asking you for nudes or sending you sexual messages',
        sections: [],
        queries: ['messages asking meet'],
        audiences: ['Young people'],
        type: 'Worried about a child?',
      };
      const guidance = {
        title: 'What to do if you are worried',
        sections: [],
        queries: ['messages asking meet'],
        audiences: ['Parents and carers'],
      };
      const youngPeopleOutcome = { audience: 'Young people', type: 'Worried about a child?' };
      const titles = (
        query: string,
        options: Parameters<typeof firstScreenOrder>[3] = { professionalsAudience: professionals, youngPeopleOutcome },
      ) => firstScreenOrder([outcome, guidance], query, [], options).map((view) => view.title);
      expect(titles('my daughter is getting messages asking her to meet up')).toEqual([guidance.title, outcome.title]);
      expect(titles('messages asking me to meet up')).toEqual([outcome.title, guidance.title]);
      expect(
        titles('my daughter is getting messages asking her to meet up', {
          professionalsAudience: professionals,
          youngPeopleOutcome: undefined,
        }),
      ).toEqual([outcome.title, guidance.title]);
      expect(order('how do I stop my child seeing porn', professionals)[0]).toBe('If something online has upset you');
    });

    it('still puts first a page for professionals that names the search better', () => {
      const named = [{ ...views[0]!, title: 'Stop my child seeing porn' }, views[2]!];
      expect(
        firstScreenOrder(named, 'stop my child seeing porn', [], { professionalsAudience: professionals }).map(
          (view) => view.title,
        ),
      ).toEqual(['Stop my child seeing porn', 'Content risks']);
    });

    it('keeps a page for professionals first when the others are only contacts that name nothing of the search', () => {
      const found = [
        { title: 'Children at risk of exploitation', sections: [], queries: ['my son gangs'], audiences: [professionals] },
        { url: '/contacts/social-care/', title: "Children's Social Care", sections: [], queries: ['my son gangs'] },
      ];
      expect(
        firstScreenOrder(found, 'my son gangs', [], { professionalsAudience: professionals }).map((view) => view.title),
      ).toEqual(['Children at risk of exploitation', "Children's Social Care"]);
    });

    it('compares pages’ names with the topic without the child, who says only who it is about', () => {
      const found = [
        { title: "Children's Social Care", sections: [], queries: ['my teenage son involved county lines'], audiences: [] },
        {
          title: 'Children at risk of exploitation',
          sections: [],
          queries: ['my teenage son involved county lines'],
          keywords: ['county lines'],
          audiences: [professionals],
        },
      ];
      const order = (searched: string) =>
        firstScreenOrder(found, searched, [], { professionalsAudience: professionals }).map((view) => view.title);
      expect(order('is my teenage son involved in county lines')).toEqual([
        'Children at risk of exploitation',
        "Children's Social Care",
      ]);
    });
  });
});
