import { describe, expect, it } from 'vitest';
import {
  audiencePhraseWords,
  concernsRole,
  namesTopic,
  roleWords,
  saysWhose,
  speaksAsParent,
  speaksAsYoungPerson,
  withoutOwnChild,
  withoutRoles,
} from '../../../src/lib/search/reader-voice';

describe('speaksAsParent', () => {
  it.each([
    'my son is being threatened online',
    'how do I stop my kid seeing porn',
    'our teenage daughter is being bullied',
    'my 15 year old sent nudes',
    'my 12-year-old has snapchat',
    'someone hacked my little girl’s phone',
    'how do i block adult sites on my childs phone',
    'I am a parent worried about grooming',
    'as a foster carer what do I do',
    'grooming advice for parents',
  ])('hears a parent or carer in “%s”', (query) => {
    expect(speaksAsParent(query)).toBe(true);
  });

  it.each([
    'is it illegal for a 15 year old to send nudes',
    'a child in my class sent a nude',
    'my pupil is being groomed',
    'I sent a nude and regret it',
    'my childline number',
    'child sexual exploitation',
  ])('hears no parent in “%s”', (query) => {
    expect(speaksAsParent(query)).toBe(false);
  });
});

describe('roleWords and withoutRoles', () => {
  it.each([
    ['social worker allegation', ['social', 'worker'], 'allegation'],
    ['police officer online harms', ['police', 'officer'], 'online harms'],
    ['allegation against a teacher', ['teacher'], 'allegation'],
    ['Health visitor worried about a baby', ['health', 'visitor'], 'worried baby'],
    ['football coaches and grooming', ['coaches'], 'football grooming'],
  ])('sets aside the job in “%s”', (query, words, rest) => {
    expect([...roleWords(query)]).toEqual(words);
    expect(withoutRoles(query)).toBe(rest);
  });

  it.each([
    'ask a social worker',
    'talk to a teacher',
    'social worker advice',
    'teachers',
    'school nurse help',
    'child protection',
    'gps location sharing',
    // A job named by when it is there is the job asked for.
    'emergency social worker derby',
    'out of hours social worker',
    // With only the site's subject beside it, the job is who the page is for.
    'teacher online safety',
    'online safety for health visitors',
  ])('keeps “%s” whole: it names no job, or asks for the job itself', (query) => {
    expect(roleWords(query).size).toBe(0);
    expect(withoutRoles(query)).toBe(query);
  });
});

describe('withoutOwnChild', () => {
  it.each([
    ['is my son involved in county lines', 'is involved in county lines'],
    ['my child and sexting', 'and sexting'],
    ['is my teenage son involved in county lines', 'is involved in county lines'],
    ['is my 14 year old at risk of grooming', 'is at risk of grooming'],
    ["my daughter's snapchat", 'snapchat'],
  ])('sets aside the child a parent names in “%s”', (query, rest) => {
    expect(withoutOwnChild(query)).toBe(rest);
  });

  it.each(['how do i talk to my kid', 'help my child', 'my son', 'a child was groomed'])(
    'keeps “%s” whole: without the child it names nothing but a way to reach someone, or names no child of the reader’s',
    (query) => {
      expect(withoutOwnChild(query)).toBe(query);
    },
  );
});

describe('concernsRole', () => {
  it.each([
    'complaint about a teacher',
    'allegation against a football coach',
    // A relationship with a child.
    'teacher relationship with student',
    // Asking a child for their own number or details.
    'my childs tutor asked for her number',
    'teacher dating a pupil',
    "worried about my child's teacher",
    'messages from a member of staff',
    'teacher allegation',
    'volunteer inappropriate with children',
    'teacher sending messages to my daughter',
    'coach has been sending my 13 year old messages',
    'my son’s tutor keeps messaging him',
    'teacher added my daughter on snapchat',
    'staff member sharing images of pupils',
    'teacher shared inappropriate pictures',
    'a member of staff has been accused of grooming a pupil',
    'teacher was arrested',
    'volunteer behaving inappropriately online with a child',
    'coach acting inappropriately',
    'worried about a colleague',
    'a colleague has been viewing indecent images',
    'coworker downloading pictures of children',
    'i found indecent images on a colleagues computer',
    "found child abuse images on a teacher's laptop",
    'colleague looking at inappropriate images at work',
    'football coach sending messages to players',
    'foster carer posted child on facebook',
    'a dinner lady took a photo of my son',
    'the babysitter showed my kids porn',
    // Something unwelcome said or sent, to no child named.
    'teacher sent inappropriate message',
    'coach made creepy comments',
    'tutor said something sexual',
    'youth leader sending flirty texts',
    'should teachers be friends with pupils on facebook',
  ])('hears a concern about someone who works with children in “%s”', (query) => {
    expect(concernsRole(query)).toBe(true);
  });

  it.each([
    'social worker online harms',
    'online safety for teachers',
    'guidance for staff',
    'teacher training online safety',
    'teachers sharing resources with pupils',
    // Images for staff to use, not found on their devices.
    'images on a staff training course',
    'i am a teacher and a pupil sent a nude',
    'teacher sexting',
    'ask a social worker',
    'worried about a pupil',
    'pupil shared nude of another pupil',
    'teacher posted her lesson on youtube',
    'teacher looking at online safety resources',
    // Things said about someone who works with children: they suffer it.
    'parents posting about a teacher on facebook',
    // Showing pupils something is teaching, unless what is shown is sexual.
    'teacher showed pupils a video',
    // Something unwelcome a child sent or saw, with the job saying who asks.
    'teacher worried about inappropriate content',
    'teacher asking about explicit content online',
  ])('hears only who asks, or no job, in “%s”', (query) => {
    expect(concernsRole(query)).toBe(false);
  });
});

describe('saysWhose', () => {
  it.each(['my', 'her', 'the', "son's", 'son’s', "pupils'", 'childs', 'daughters', 'pupils'])(
    'hears whose a thing is in “%s”',
    (word) => {
      expect(saysWhose(word)).toBe(true);
    },
  );

  it.each(['derby', 'childline', 'nspcc', 'tracking', 'news'])('hears no owner in “%s”', (word) => {
    expect(saysWhose(word)).toBe(false);
  });
});

describe('namesTopic', () => {
  it.each(['about grooming', 'my child is being groomed', 'about my own behaviour', 'about sexting on snapchat'])(
    'hears a topic in “worried %s”',
    (about) => {
      expect(namesTopic(about)).toBe(true);
    },
  );

  it.each([
    'about a pupil',
    'about my son',
    'about something online',
    'about a teacher',
    'about my friend',
    'advice',
    'guidance',
    '',
  ])('hears only a person, or nothing in particular, in “worried %s”', (about) => {
    expect(namesTopic(about)).toBe(false);
  });
});

describe('audiencePhraseWords', () => {
  const words = (query: string) => [...audiencePhraseWords(query.split(' '))];

  it('finds who the pages are for beside a topic', () => {
    expect(words('grooming advice for parents')).toEqual(['parents']);
    expect(words('sextortion for young people')).toEqual(['young', 'people']);
    expect(words('sexting in schools')).toEqual(['schools']);
    expect(words('childline number for kids')).toEqual(['kids']);
  });

  it('finds who the pages are for at the end of a topic, or leading a guide to one', () => {
    expect(words('sexting and young people')).toEqual(['young', 'people']);
    expect(words('sexting teenagers')).toEqual(['teenagers']);
    expect(words('parents guide to sexting')).toEqual(['parents']);
    expect(words('teachers advice on grooming')).toEqual(['teachers']);
    expect(words('bullying at school')).toEqual(['school']);
    expect(words('sexting among teenagers')).toEqual(['teenagers']);
    expect(words('sexting in young people')).toEqual(['young', 'people']);
    expect(words('online gambling teenager')).toEqual(['teenager']);
    expect(words('sexting teen')).toEqual(['teen']);
  });

  it('finds who the pages are for when only words that name nothing follow', () => {
    expect(words('grooming what parents need to know')).toEqual(['parents']);
    expect(words('county lines how parents can help')).toEqual(['parents']);
    expect(words('sextortion what young people need to know')).toEqual(['young', 'people']);
    expect(words('harm to children and families')).toEqual([]);
  });

  it('does not take a name or an object for who the pages are for', () => {
    expect(words('children act 1989')).toEqual([]);
    expect(words('exploitation of children')).toEqual([]);
    expect(words('risk of harm to children')).toEqual([]);
    expect(words('parents evening')).toEqual([]);
    expect(words('parents protect opening hours')).toEqual([]);
    expect(words('parent info website')).toEqual([]);
  });

  it('finds who a reader says they are beside a topic', () => {
    expect(words('i am a young person and someone is blackmailing me')).toEqual(['young', 'person']);
    expect(words('im a teenager and im being bullied')).toEqual(['teenager']);
    expect(words('as a parent how do i set parental controls')).toEqual(['parent']);
    expect(words('i am a student and someone shared my nudes')).toEqual(['student']);
  });

  it('finds none when nothing else names a topic, or the audience is not asked for', () => {
    expect(words('advice for parents')).toEqual([]);
    expect(words('guidance for schools')).toEqual([]);
    expect(words('parents protect')).toEqual([]);
    expect(words('i am a parent')).toEqual([]);
    expect(words('a young person')).toEqual([]);
  });
});

describe('audiencePhraseWords and a kind of carer', () => {
  it('takes the kind of carer with "carers" ("grooming foster carers")', () => {
    expect([...audiencePhraseWords(['grooming', 'foster', 'carers'])]).toEqual(['carers', 'foster']);
    expect([...audiencePhraseWords(['sexting', 'for', 'kinship', 'carers'])]).toEqual(['carers', 'kinship']);
  });

  it('reads who is asked to act ("grooming what can parents do")', () => {
    expect([...audiencePhraseWords(['grooming', 'what', 'can', 'parents', 'do'])]).toEqual(['parents']);
    expect([...audiencePhraseWords(['what', 'can', 'parents', 'do'])]).toEqual([]);
  });
});

describe('speaksAsYoungPerson', () => {
  it.each([
    'im 14 and need help',
    "I'm 12 and someone is bullying me",
    'i am a teenager and need help',
    'I am in year 9',
    'iam 15 years old',
  ])('hears a young person in “%s”', (query) => {
    expect(speaksAsYoungPerson(query)).toBe(true);
  });

  it.each(['i am 30 and worried about my son', 'my son is 14', 'i am a parent', 'im worried about sexting'])(
    'hears no young person in “%s”',
    (query) => {
      expect(speaksAsYoungPerson(query)).toBe(false);
    },
  );
});
