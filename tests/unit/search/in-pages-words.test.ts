import { describe, expect, it } from 'vitest';
import {
  asYoungSelf,
  describesInOtherWords,
  inPagesWords,
  withoutChildAge,
  withoutCouncil,
  withoutTrailingAsk,
  withoutOwnDevice,
  withAppNamesSpelled,
} from '../../../src/lib/search/in-pages-words';

describe('withoutChildAge', () => {
  it.each([
    ['sexually active 14 year old', 'sexually active'],
    ['my 12-year-old has been sent porn', 'my child has been sent porn'],
    ['is my 15 yr old at risk of county lines', 'is my child at risk of county lines'],
    ['sexting my son is 13', 'sexting my son'],
    ['my daughter aged 14 sextortion', 'my daughter sextortion'],
    ['grooming 15yo', 'grooming'],
    ['boy in year 9 shared a nude of a girl', 'boy shared a nude of a girl'],
    // Ages of more than one child, counted.
    ['is it illegal for two 15 year olds to send nudes', 'is it illegal for to send nudes'],
    ['2 14-year-olds sexting', 'sexting'],
    // Children under an age; the site's subject is the topic when nothing else is.
    ['parental controls for under 10s', 'parental controls for'],
    ['online safety for under 5s', 'online safety for'],
  ])('takes a child’s age out of a question about a topic: “%s” → “%s”', (typed, left) => {
    expect(withoutChildAge(typed)).toBe(left);
  });

  it('keeps the age when nothing else names a topic, and a query with no age as it is', () => {
    expect(withoutChildAge('my 14 year old')).toBe('my 14 year old');
    expect(withoutChildAge('sexually active under 16')).toBe('sexually active under 16');
    // "under 18s" is the law's line, not who the question is about.
    expect(withoutChildAge('is it illegal to have nude pictures of under 18s')).toBe(
      'is it illegal to have nude pictures of under 18s',
    );
  });
});

describe('withoutOwnDevice', () => {
  it.each([
    ['county lines on my sons phone', 'county lines on my sons'],
    ['block websites on my daughter’s tablet', 'block websites on my daughter’s'],
    ['found porn on his laptop', 'found porn on his'],
    ['sexting on my childs iPhone.', 'sexting on my childs'],
  ])('takes off a device named as a child’s or someone else’s: “%s” → “%s”', (typed, left) => {
    expect(withoutOwnDevice(typed)).toBe(left);
  });

  it('keeps the reader’s own device, a device named as nobody’s, and a device that is all the topic', () => {
    expect(withoutOwnDevice('abusive partner checking my phone')).toBe('abusive partner checking my phone');
    expect(withoutOwnDevice('child abuse images on a device')).toBe('child abuse images on a device');
    expect(withoutOwnDevice('parental controls phone')).toBe('parental controls phone');
    expect(withoutOwnDevice('my sons phone')).toBe('my sons phone');
  });
});

describe('withoutTrailingAsk', () => {
  it.each([
    ['my child wants tiktok what should i do', 'my child wants tiktok'],
    ['a man keeps asking my son for pics, what do i do?', 'a man keeps asking my son for pics'],
    ['my daughter has been sent a dick pic any advice', 'my daughter has been sent a dick pic'],
  ])('takes a question or plea off what a reading reads: “%s”', (typed, rest) => {
    expect(withoutTrailingAsk(typed)).toBe(rest);
  });

  it.each([
    // Nothing is read in what is left, so the query stays as typed.
    'my son is being bullied what should i do',
    'what should i do',
    'help',
  ])('leaves “%s” as typed', (typed) => {
    expect(withoutTrailingAsk(typed)).toBe(typed);
  });
});

describe('withoutCouncil', () => {
  it.each([
    ['derby city council lado', 'derby city lado'],
    ['derbyshire county council out of hours', 'derbyshire out of hours'],
    ['derby council referral', 'derby referral'],
    ['childrens services derby city council', 'childrens services derby city'],
  ])('says a council as its place when the rest names a topic: “%s” → “%s”', (typed, left) => {
    expect(withoutCouncil(typed)).toBe(left);
  });

  it.each(['derby city council', 'derbyshire county council', 'uk council for internet safety', 'who at the council do i call'])(
    'keeps a council’s name alone, and a council named another way: “%s”',
    (typed) => {
      expect(withoutCouncil(typed)).toBe(typed);
    },
  );
});

describe('inPagesWords', () => {
  it.each([
    ['my 14 year old daughter is sleeping with her boyfriend', 'underage sex'],
    ['my 12-year-old has been sent porn on his phone', 'my child has been sent porn on his'],
    ['what age is snapchat for', 'minimum age is snapchat for'],
    // How long on a device is read before the device, named as the child's, comes off.
    ['my son is on his phone all night', 'my son is too much time online'],
  ])('reads “%s” in the pages’ words', (typed, read) => {
    expect(inPagesWords(typed)).toBe(read);
  });

  it('says whether what the reader describes is read in other words, which a mistyped word can hide', () => {
    expect(describesInOtherWords('older man asking my son for pics')).toBe(true);
    expect(describesInOtherWords('older man aking my son for pics')).toBe(false);
    expect(describesInOtherWords('grooming')).toBe(false);
  });
});

describe('asYoungSelf', () => {
  it('reads a young person’s own age as who they are, as “I am a teenager” is read', () => {
    expect(asYoungSelf('im 14 and need help')).toBe('i am a teenager and need help');
    expect(asYoungSelf("I'm 12 years old and scared")).toBe('i am a teenager and scared');
    expect(asYoungSelf('i am a teenager and need help')).toBe('i am a teenager and need help');
    expect(asYoungSelf('i am 30 and need help')).toBe('i am 30 and need help');
  });
});

describe('withAppNamesSpelled', () => {
  it.each([
    ['tktok', 'tiktok'],
    ['miecraft', 'minecraft'],
    ['my son is on snapchta all night', 'my son is on snapchat all night'],
    ['tik tok', 'tiktok'],
    ['you tube kids', 'youtube kids'],
    ['whats app groups', 'whatsapp groups'],
  ])('spells an app readers name as the readings know it: “%s” → “%s”', (typed, spelled) => {
    expect(withAppNamesSpelled(typed)).toBe(spelled);
  });

  it.each(['nintendo switch', 'discard old phone', 'parental controls', 'sexting'])('leaves “%s” as typed', (typed) => {
    expect(withAppNamesSpelled(typed)).toBe(typed);
  });
});
