import { describe, expect, it } from 'vitest';
import {
  closestWord,
  completion,
  editDistance,
  isEverydayWord,
  isKnown,
  joinedWord,
  respell,
  spaceHyphens,
  splitWord,
  shortened,
  vocabularyFrom,
  wordShard,
  wordShards,
  withJoinedForms,
  withRunsJoined,
} from '../../../src/lib/search/spelling';

const vocabulary = vocabularyFrom({
  regret: 3,
  bring: 2,
  grooming: 12,
  groomed: 2,
  sexting: 5,
  setting: 9,
  parental: 6,
  controls: 6,
  thinkuknow: 3,
  childline: 4,
  stop: 8,
  it: 40,
  now: 20,
  report: 30,
  remove: 5,
  online: 60,
  nudes: 4,
  needs: 25,
  helpline: 6,
  helping: 9,
  non: 3,
  consensual: 1,
  nonconsensual: 1,
  childrens: 5,
  // Everyday words the index does not hold, near words it does ("setting", "helping").
  sitting: 0,
  helps: 0,
});

describe('editDistance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('sextign', 'sexting')).toBe(1);
  });

  it('counts missing and wrong letters', () => {
    expect(editDistance('contrls', 'controls')).toBe(1);
    expect(editDistance('grooomimg', 'grooming')).toBe(2);
  });

  it('stops counting past the limit', () => {
    expect(editDistance('abuse', 'radicalisation', 2)).toBe(3);
  });
});

describe('closestWord', () => {
  it('corrects one or two letters wrong or missing to the index’s word', () => {
    expect(closestWord('grooomimg', vocabulary)).toBe('grooming');
    expect(closestWord('contrls', vocabulary)).toBe('controls');
  });

  it('keeps the first letter, which people seldom mistype, but for the first two letters swapped', () => {
    // "secret" is two edits from "regret", a word of its own, not a mistake.
    expect(closestWord('secret', vocabulary)).toBeUndefined();
    expect(closestWord('rgeret', vocabulary)).toBe('regret');
    // "ring" is one letter short of "bring", and a word of its own; "tate" (Andrew Tate) was read as "state".
    expect(closestWord('ring', vocabulary)).toBeUndefined();
    expect(closestWord('esxting', vocabulary)).toBe('sexting');
  });

  it('prefers fewer edits, then the word more pages use', () => {
    // "sextin" is one edit from "sexting" and two from "setting".
    expect(closestWord('sextin', vocabulary)).toBe('sexting');
  });

  it('between words as few edits away, prefers one that keeps every letter typed over one with a letter changed', () => {
    // One edit from both: two letters swapped in "nudes", a wrong letter in "needs" (which more pages use).
    expect(closestWord('nueds', vocabulary)).toBe('nudes');
    // A letter left out of "helpline"; a wrong last letter in "helping".
    expect(closestWord('helpine', vocabulary)).toBe('helpline');
  });

  it('leaves known words and short words alone', () => {
    expect(closestWord('grooming', vocabulary)).toBeUndefined();
    expect(closestWord('nwo', vocabulary)).toBeUndefined();
  });

  it('gives nothing when no word is close', () => {
    expect(closestWord('volcano', vocabulary)).toBeUndefined();
  });

  it('leaves an everyday word of its own, which the word list has with no pages, as typed', () => {
    expect(closestWord('sitting', vocabulary)).toBeUndefined();
    // Without the word list's entry, it would be taken for a mistyped "setting".
    expect(closestWord('sitting', vocabularyFrom({ setting: 9 }))).toBe('setting');
  });

  it('never respells a mistyped word into an everyday word the index does not hold', () => {
    expect(closestWord('sittng', vocabulary)).toBe('setting');
  });
});

describe('vocabularyFrom', () => {
  it('holds only the words with pages, and keeps those with none as everyday words', () => {
    expect(vocabulary.has('sitting')).toBe(false);
    expect(isEverydayWord('sitting', vocabulary)).toBe(true);
    expect(isEverydayWord('setting', vocabulary)).toBe(false);
    expect(isKnown('sitting', vocabulary)).toBe(false);
  });
});

describe('splitWord', () => {
  it('splits words run together into the index’s words', () => {
    expect(splitWord('parentalcontrols', vocabulary)).toEqual(['parental', 'controls']);
    expect(splitWord('stopitnow', vocabulary)).toEqual(['stop', 'it', 'now']);
  });

  it('gives nothing when a part is not a word the index holds', () => {
    expect(splitWord('parentalzzz', vocabulary)).toBeUndefined();
  });
});

describe('isKnown', () => {
  it('knows a word the index holds or the start of one (Pagefind matches the start of words)', () => {
    expect(isKnown('groom', vocabulary)).toBe(true);
    expect(isKnown('grooming', vocabulary)).toBe(true);
    expect(isKnown('gromming', vocabulary)).toBe(false);
  });

  it('knows a word whose ending the index matches when it holds the word without it', () => {
    expect(isKnown('seeing', vocabularyFrom({ see: 3, keeping: 2 }))).toBe(true);
    expect(isKnown('abusing', vocabularyFrom({ abuse: 3, causing: 2 }))).toBe(true);
    expect(isKnown('keping', vocabularyFrom({ see: 3, keeping: 2 }))).toBe(false);
  });

  it('knows a word whose last consonant is doubled before its ending ("chatting" for "chat"), so it is not respelled "cutting"', () => {
    const words = vocabularyFrom({ chat: 5, cutting: 5 });
    expect(isKnown('chatting', words)).toBe(true);
    expect(isKnown('chatted', words)).toBe(true);
    expect(respell(['stranger', 'chatting'], vocabularyFrom({ stranger: 2, chat: 5, cutting: 5 }))).toBeUndefined();
  });

  it('knows a word the index holds with another ending ("hacked" for "hacking"), so it is not respelled "harmed"', () => {
    const words = vocabularyFrom({ hacking: 3, harmed: 9, scams: 4 });
    expect(isKnown('hacked', words)).toBe(true);
    expect(isKnown('scammed', words)).toBe(true);
    expect(respell(['son', 'hacked'], vocabularyFrom({ son: 2, hacking: 3, harmed: 9 }))).toBeUndefined();
  });

  it('knows a word with a hyphen or apostrophe when the index holds it joined or in parts', () => {
    expect(isKnown('non-consensual', vocabulary)).toBe(true);
    expect(isKnown("children's", vocabulary)).toBe(true);
    expect(isKnown('non-sense', vocabulary)).toBe(false);
  });
});

describe('shortened', () => {
  const held = vocabularyFrom({ radicalisation: 3, sextortion: 4, what: 50, so: 60, social: 9 });

  it('cuts a word the index does not hold back to the longest start of a word it does', () => {
    expect(shortened('radicalised', held)).toBe('radicalis');
    expect(shortened('sextorshun', held)).toBe('sextor');
  });

  it('gives nothing rather than a start of fewer than five letters', () => {
    expect(shortened('whatsapp', held)).toBeUndefined();
    expect(shortened('son', held)).toBeUndefined();
    expect(shortened('socks', held)).toBeUndefined();
  });
});

describe('respell', () => {
  it('corrects and splits only the words the index does not hold', () => {
    expect(respell(['parental', 'contrls'], vocabulary)).toBe('parental controls');
    expect(respell(['reportremove'], vocabulary)).toBe('report remove');
  });

  it('leaves numbers alone', () => {
    expect(respell(['08001111'], vocabulary)).toBeUndefined();
  });

  it('leaves the words it is told to keep as typed, known or not', () => {
    expect(respell(['groomin', 'contrls'], vocabulary)).toBe('grooming controls');
    expect(respell(['groomin', 'contrls'], vocabulary, (word) => word === 'groomin')).toBe('groomin controls');
  });

  it('gives nothing when every word is known', () => {
    expect(respell(['online', 'grooming'], vocabulary)).toBeUndefined();
  });

  it('neither corrects nor splits an everyday word the index does not hold', () => {
    expect(respell(['helps', 'sitting'], vocabulary)).toBeUndefined();
  });
});

describe('completion', () => {
  const words = vocabularyFrom({
    bullying: 15,
    bullyingalliance: 1,
    procedure: 39,
    procedures: 62,
    sexting: 5,
    sextortion: 6,
    exploitation: 10,
    exploited: 8,
    pupils: 4,
  });

  it('ends a word whose last letters are missing as the word it starts that most pages have', () => {
    expect(completion('bullyin', words)).toBe('bullying');
    expect(completion('procedur', words)).toBe('procedure');
    expect(respell(['online', 'bullyin'], words)).toBe('online bullying');
  });

  it('leaves a word that starts words about as common as each other, a short word, a plural and a word held', () => {
    expect(completion('exploi', words)).toBeUndefined();
    expect(completion('sext', words)).toBeUndefined();
    expect(completion('pupil', words)).toBeUndefined();
    expect(completion('bullying', words)).toBeUndefined();
  });

  it('leaves an everyday word of its own that starts a longer word the index holds (“class”, not “classification”)', () => {
    const withEveryday = vocabularyFrom({ classification: 7, screenshot: 9, class: 0, screens: 0 });
    expect(completion('class', withEveryday)).toBeUndefined();
    expect(completion('screens', withEveryday)).toBeUndefined();
    expect(completion('classif', withEveryday)).toBe('classification');
  });
});

describe('joinedWord', () => {
  it('joins words typed apart whose joined form is the start of a word the index holds (“cyber bully”)', () => {
    expect(joinedWord(['cyber', 'bully'], vocabularyFrom({ cyberbullying: 9, cyber: 3, bully: 1 }))).toBe('cyberbullying');
  });

  it('joins words typed apart when the index holds them as one', () => {
    expect(joinedWord(['child', 'line'], vocabulary)).toBe('childline');
    expect(joinedWord(['think', 'u', 'know'], vocabulary)).toBe('thinkuknow');
  });

  it('allows letters typed for a sound (“you” for “u”)', () => {
    expect(joinedWord(['think', 'you', 'know'], vocabulary)).toBe('thinkuknow');
  });

  it('gives nothing for one word, or words the index has no joined form of', () => {
    expect(joinedWord(['childline'], vocabulary)).toBeUndefined();
    expect(joinedWord(['online', 'grooming'], vocabulary)).toBeUndefined();
  });
});

describe('withRunsJoined', () => {
  const held = vocabularyFrom({
    think: 11,
    know: 9,
    thinkuknow: 5,
    website: 20,
    extra: 2,
    familial: 1,
    extrafamilial: 1,
    harm: 37,
    self: 16,
    selfharm: 10,
    videos: 6,
    e: 0,
    safety: 40,
    esafety: 3,
    part: 4,
    apart: 2,
    law: 9,
    upskirting: 2,
  });

  it.each([
    // A word on no page but in the joined word ("u", "skirting", "familial").
    ['think u know website', 'thinkuknow website'],
    ['up skirting law', 'upskirting law'],
    ['extra familial harm', 'extrafamilial harm'],
    // Three words, a sound typed in full.
    ['what is think you know', 'what is thinkuknow'],
  ])('joins words the index holds only as one: “%s” → “%s”', (typed, joined) => {
    expect(withRunsJoined(typed.split(' '), held).join(' ')).toBe(joined);
  });

  it.each([
    // The pages write both words on their own too.
    'self harm videos',
    // A letter starting the run is a prefix ("e-safety"), and "a" is a word of its own.
    'e safety policy',
    'a part of it',
    // Words after a number say what it counts.
    'two 15 year olds',
    // Near a name, but no word written as its sound.
    'my 10 year old has',
  ])('leaves “%s” apart', (typed) => {
    expect(withRunsJoined(typed.split(' '), held).join(' ')).toBe(typed);
  });
});

describe('spaceHyphens', () => {
  const words = vocabularyFrom({ county: 8, lines: 6, esafety: 7, safety: 41, strategy: 9, seminudes: 14, semi: 15, nudes: 4 });

  it('separates hyphenated words the index does not hold joined', () => {
    expect(spaceHyphens('county-lines', words)).toBe('county lines');
    expect(spaceHyphens('what are County-Lines', words)).toBe('what are County Lines');
  });

  it('keeps together the parts the index holds joined, and separates the rest', () => {
    expect(spaceHyphens('semi-nudes', words)).toBe('semi-nudes');
    expect(spaceHyphens('e-safety-strategy', words)).toBe('e-safety strategy');
  });

  it('leaves alone a hyphen that is not between two letters, and separates all parts with no word list', () => {
    expect(spaceHyphens('0800-1111 - childline', words)).toBe('0800-1111 - childline');
    expect(spaceHyphens('county-lines', undefined)).toBe('county lines');
  });
});

describe('wordShard', () => {
  it('is the word’s first two letters, with “_” for any other character or none', () => {
    expect(['grooming', 'zip', 'école', '999', 'e', 'e-safety', 'sécurité'].map(wordShard)).toEqual([
      'gr',
      'zi',
      '_c',
      '__',
      'e_',
      'e_',
      's_',
    ]);
  });

  it('names a part for every word: the build writes each of them', () => {
    expect(wordShards).toHaveLength(27 * 27);
    for (const word of ['grooming', 'e', '999', 'sécurité']) expect(wordShards).toContain(wordShard(word));
  });
});

describe('withJoinedForms', () => {
  it('adds the words from each one to the last written as one, whose parts answer for them joined', () => {
    expect(withJoinedForms(['e', 'safety'])).toEqual(['e', 'safety', 'esafety']);
    expect(withJoinedForms(['think', 'you', 'know'])).toEqual(['think', 'you', 'know', 'thinkyouknow', 'youknow']);
    expect(withJoinedForms(['grooming'])).toEqual(['grooming']);
    expect(withJoinedForms(['e-safety', 'plan'])).toEqual(['e-safety', 'e', 'safety', 'esafety', 'plan', 'e-safetyplan']);
  });
});
