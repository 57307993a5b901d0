import { describe, expect, it } from 'vitest';
import {
  alternativeQueries,
  glossaryNameGroups,
  mergeResults,
  namesNothing,
  phraseSearch,
  inFullWords,
  plainerQuery,
  glossaryNameWordsIn,
  readInPlainerWords,
  inOrderOf,
  promote,
  significantWords,
  subjectWordsIn,
  withAgesAsPhrases,
} from '../../../src/lib/search/search-query';

describe('subjectWordsIn', () => {
  it('finds the words of a phrase for the site’s subject, whole', () => {
    expect([...subjectWordsIn(['grooming', 'on', 'social', 'media'])]).toEqual(['social', 'media']);
    expect([...subjectWordsIn(['sexting', 'online'])]).toEqual(['online']);
    expect([...subjectWordsIn(['social', 'care'])]).toEqual([]);
    expect([...subjectWordsIn(['media'])]).toEqual([]);
  });
});

describe('inFullWords', () => {
  it.each([
    ['wat is grooming', 'what is grooming'],
    ['hw do i report', 'how do i report'],
    ['r u ok', 'are you ok'],
    ['Wot ppl say about me', 'what people say about me'],
    ['he wants noodz', 'he wants nudes'],
    ['sent pix', 'sent pictures'],
    // With a digit for a sound.
    ['some1 keeps msging me', 'someone keeps messaging me'],
    ['every1 at skool saw it', 'everyone at school saw it'],
    ['cyberstalking', 'online stalking'],
    ['cyber harassment at school', 'online harassment at school'],
    ["i'm 13 and someone's asking for pics", "i'm 13 and someone is asking for pics"],
    ['he’s been sending me messages', 'he has been sending me messages'],
    ["they're sharing my photo", 'they are sharing my photo'],
  ])('writes words typed as they sound in full: “%s” → “%s”', (typed, full) => {
    expect(inFullWords(typed)).toBe(full);
  });

  it('leaves words that only contain those letters, and letters in a name', () => {
    expect(inFullWords('water safety')).toBe('water safety');
    expect(inFullWords('e safety')).toBe('e safety');
    expect(inFullWords("u18's")).toBe("u18's");
    expect(inFullWords('cyberbullying')).toBe('cyberbullying');
    expect(inFullWords('cyber choices')).toBe('cyber choices');
    expect(inFullWords('u.k. safer internet centre')).toBe('u.k. safer internet centre');
    expect(inFullWords("my son's phone")).toBe("my son's phone");
  });
});

describe('plainerQuery', () => {
  it('puts everyday words in the words the site writes, each once', () => {
    expect(plainerQuery(['illegal', 'teenagers', 'send', 'nudes'])).toBe('law young people send nudes');
    expect(plainerQuery(['kid', 'child'])).toBe('child');
    expect(plainerQuery(['threatening', 'share', 'pics'])).toBe('threatening share images');
    expect(plainerQuery(['photo', 'removed'])).toBe('image removed');
    expect(plainerQuery(['someone', 'posted', 'nude'])).toBe('someone shared nude');
    expect(plainerQuery(['scary', 'videos'])).toBe('upsetting videos');
    // A child in the reader's family: a grandparent's, an aunt's, a step-parent's.
    expect(plainerQuery(['grandson', 'sexting'])).toBe('child sexting');
    expect(plainerQuery(['nephew', 'bullied'])).toBe('child bullied');
  });

  it('gives nothing when the query has no everyday word', () => {
    expect(plainerQuery(['sexting'])).toBeUndefined();
  });
});

describe('glossaryNameWordsIn', () => {
  const names = [
    ["Children's Social Care", 'social services', "children's services"],
    ['Online safety', 'e-safety'],
  ];

  it('finds the words of a glossary name of several words typed in order, apostrophes or not', () => {
    expect([...glossaryNameWordsIn(['refer', 'to', 'childrens', 'services'], names)]).toEqual(['childrens', 'services']);
    expect([...glossaryNameWordsIn(['call', 'social', 'services', 'now'], names)]).toEqual(['social', 'services']);
  });

  it('finds nothing for the words of a name apart, out of order, or a name of one word', () => {
    expect([...glossaryNameWordsIn(['services', 'for', 'children'], names)]).toEqual([]);
    expect([...glossaryNameWordsIn(['safety', 'online'], names)]).toEqual([]);
    expect([...glossaryNameWordsIn(['e-safety'], names)]).toEqual([]);
  });
});

describe('namesNothing', () => {
  it('is true of small words and words that ask for help in general, not of a topic’s words', () => {
    expect(['what', 'to', 'need', 'advice', 'help'].filter(namesNothing)).toEqual(['what', 'to', 'need', 'advice', 'help']);
    expect(['grooming', 'parents', 'county'].filter(namesNothing)).toEqual([]);
  });
});

describe('readInPlainerWords', () => {
  it('reads a word the index does not hold, or holds only in another sense, in the site’s words', () => {
    expect(readInPlainerWords('teenagers', false)).toBe(true);
    expect(readInPlainerWords('sites', true)).toBe(true);
    expect(plainerQuery(['block', 'sites'])).toBe('block websites');
  });

  it('leaves a word the index holds in the sense readers mean', () => {
    expect(readInPlainerWords('grooming', true)).toBe(false);
    expect(readInPlainerWords('site', true)).toBe(false);
  });
});

describe('significantWords', () => {
  it('drops the small words of a question typed the way people talk', () => {
    expect(significantWords('My child sent a nude?')).toEqual(['child', 'sent', 'nude']);
    expect(significantWords('how do I know if my child is being groomed right now')).toEqual(['child', 'groomed', 'right']);
  });

  it('drops a contraction, with its apostrophe or without ("i dont know what to do")', () => {
    expect(significantWords("i dont know what to do about sexting, i can't cope")).toEqual(['sexting', 'cope']);
    expect(significantWords('hes involved in county lines')).toEqual(['involved', 'county', 'lines']);
  });

  it('keeps acronyms and numbers', () => {
    expect(significantWords('who is the DSL at 0344')).toEqual(['dsl', '0344']);
  });

  it('drops a question’s small words typed with a curly apostrophe, as a phone types them, or none', () => {
    expect(significantWords('what’s sexting')).toEqual(['sexting']);
    expect(significantWords('whats the number for childline')).toEqual(['number', 'childline']);
  });

  it('drops the words that count or quantify rather than name a topic', () => {
    expect(significantWords('strategy meeting within how many days')).toEqual(['strategy', 'meeting', 'days']);
    expect(significantWords('all procedures')).toEqual(['procedures']);
    expect(significantWords('how much screen time')).toEqual(['screen', 'time']);
  });

  it('drops the words that place things, say they are happening or say what the reader thinks, rather than name a topic', () => {
    expect(significantWords('harmful sexual behaviour between children')).toEqual(['harmful', 'sexual', 'behaviour', 'children']);
    expect(significantWords('bullying among pupils')).toEqual(['bullying', 'pupils']);
    expect(significantWords('15 year old having sex')).toEqual(['15', 'year', 'old', 'sex']);
    expect(significantWords('who do i contact if i think a child is being exploited')).toEqual(['contact', 'child', 'exploited']);
  });

  it('lists a repeated word once', () => {
    expect(significantWords('nudes, nudes')).toEqual(['nudes']);
  });

  it('drops vague words that name no topic', () => {
    expect(significantWords('how do I report something online')).toEqual(['report', 'online']);
    expect(significantWords('what does KCSIE stand for')).toEqual(['kcsie']);
  });

  it('drops the filler words of someone telling what happened', () => {
    expect(significantWords('someone says they will share my photos unless I pay')).toEqual(['share', 'photos', 'pay']);
    // "near" was respelled "year", the index not holding it.
    expect(significantWords('sex offender living near us')).toEqual(['sex', 'offender', 'living']);
    expect(significantWords('nude shared around school')).toEqual(['nude', 'shared', 'school']);
  });
});

const groups = glossaryNameGroups([
  {
    term: 'DSL',
    expansion: 'Designated safeguarding lead',
    aliases: ['designated safeguarding lead', 'designated or named professional for safeguarding'],
  },
  { term: 'UKCIS', expansion: 'UK Council for Internet Safety', aliases: ['UKCCIS'] },
  { term: 'Online safety', aliases: [] },
]);

describe('glossaryNameGroups', () => {
  it('lists each term with its expansion and aliases, each name once, and leaves out terms with one name', () => {
    expect(groups).toEqual([
      ['DSL', 'Designated safeguarding lead', 'designated or named professional for safeguarding'],
      ['UKCIS', 'UK Council for Internet Safety', 'UKCCIS'],
    ]);
  });
});

describe('alternativeQueries', () => {
  it('adds an acronym’s expansion', () => {
    expect(alternativeQueries('dsl', groups)).toEqual(['Designated safeguarding lead']);
  });

  it('adds the acronym for its expansion, whatever the case and punctuation', () => {
    expect(alternativeQueries('  designated Safeguarding-lead ', groups)).toEqual(['DSL']);
  });

  it('searches an old name as the current term and its expansion', () => {
    expect(alternativeQueries('UKCCIS', groups)).toEqual(['UKCIS', 'UK Council for Internet Safety']);
  });

  it('finds a name of several words from the words a search keeps of it', () => {
    expect(alternativeQueries('uk council internet safety', groups)).toEqual(['UKCIS']);
  });

  it('adds nothing for words that only contain a term', () => {
    expect(alternativeQueries('DSL training', groups)).toEqual([]);
  });
});

describe('phraseSearch', () => {
  it('searches a name of several words as an exact phrase', () => {
    expect(phraseSearch('Designated safeguarding lead')).toBe('"Designated safeguarding lead"');
  });

  it('leaves a single word as it is', () => {
    expect(phraseSearch('UKCIS')).toBe('UKCIS');
  });
});

describe('mergeResults', () => {
  const child = {
    query: 'child',
    results: [
      { id: 'talking', score: 5 },
      { id: 'nudes', score: 1 },
    ],
  };
  const nude = {
    query: 'nude',
    results: [
      { id: 'nudes', score: 3 },
      { id: 'upset', score: 9 },
    ],
  };

  it('keeps the first search’s ranking, then adds pages only the others found', () => {
    expect(mergeResults([child, nude], 'first-search').map((result) => result.id)).toEqual(['talking', 'nudes', 'upset']);
  });

  it('can put pages found by more of the searches first, then by summed score', () => {
    expect(mergeResults([child, nude], 'most-found').map((result) => result.id)).toEqual(['nudes', 'upset', 'talking']);
  });

  it('counts a word for a page only where it scores at least a fifth of the best page’s score for it', () => {
    // A long strategy mentions four of the words once each; the page about horrible videos has two, strongly.
    const searches = [
      { query: 'horrible', results: [{ id: 'upset', score: 25 }] },
      {
        query: 'video',
        results: [
          { id: 'resources', score: 3 },
          { id: 'upset', score: 2 },
          { id: 'strategy', score: 0.5 },
        ],
      },
      {
        query: 'year',
        results: [
          { id: 'resources', score: 6 },
          { id: 'strategy', score: 1 },
        ],
      },
      {
        query: 'old',
        results: [
          { id: 'resources', score: 5 },
          { id: 'strategy', score: 0.7 },
        ],
      },
      {
        query: 'sent',
        results: [
          { id: 'nudes', score: 16 },
          { id: 'strategy', score: 0.4 },
        ],
      },
    ];
    expect(mergeResults(searches, 'most-found').map((result) => result.id)).toEqual(['resources', 'upset', 'nudes', 'strategy']);
  });

  it('counts a word on more than half the pages found for every page that has it, however little it scores', () => {
    const searches = [
      {
        query: 'groomed',
        results: [
          { id: 'law', score: 50 },
          { id: 'outcome', score: 34 },
          { id: 'contact', score: 30 },
        ],
      },
      {
        query: 'online',
        results: [
          { id: 'contact', score: 9 },
          { id: 'law', score: 1 },
          { id: 'outcome', score: 0.2 },
        ],
      },
      { query: 'pupil', results: [{ id: 'police', score: 7 }] },
    ];
    expect(mergeResults(searches, 'most-found').map((result) => result.id)).toEqual(['law', 'contact', 'outcome', 'police']);
  });

  it('keeps each page’s result from every search, the longest query’s first', () => {
    const acronym = { query: 'DSL', results: [{ id: 'procedure', score: 20 }] };
    const expansion = { query: '"Designated safeguarding lead"', results: [{ id: 'procedure', score: 1 }] };
    expect(mergeResults([acronym, expansion], 'first-search')).toEqual([
      {
        id: 'procedure',
        results: [
          { id: 'procedure', score: 1 },
          { id: 'procedure', score: 20 },
        ],
        queries: ['"Designated safeguarding lead"', 'DSL'],
      },
    ]);
  });
});

describe('inOrderOf', () => {
  it('orders results as another search ranked the same pages, those it did not find after them in their own order', () => {
    const phrase = ['starting-point', 'call-derbyshire', 'get-help', 'social-care'].map((id) => ({ id, score: 1 }));
    const ranked = [{ id: 'call-derbyshire' }, { id: 'starting-point' }, { id: 'social-care' }];
    expect(inOrderOf(phrase, ranked).map((result) => result.id)).toEqual([
      'call-derbyshire',
      'starting-point',
      'social-care',
      'get-help',
    ]);
  });
});

describe('promote', () => {
  it('moves the items that pass to the front, keeping both groups in order', () => {
    expect(promote([1, 2, 3, 4, 5], (item) => item % 2 === 0)).toEqual([2, 4, 1, 3, 5]);
  });
});

describe('withAgesAsPhrases', () => {
  it('searches a child’s age as one phrase, the other words as they are', () => {
    expect(withAgesAsPhrases(['15', 'year', 'old', 'send', 'nudes'])).toEqual(['"15 year old"', 'send', 'nudes']);
    expect(withAgesAsPhrases(['my', '12', 'yrs', 'old'])).toEqual(['my', '"12 yrs old"']);
  });

  it('leaves numbers that are not ages alone', () => {
    expect(withAgesAsPhrases(['section', '47', 'year'])).toEqual(['section', '47', 'year']);
  });
});
