import { describe, expect, it } from 'vitest';
import {
  asAgeQuestion,
  asDigitalAbuseDescribed,
  asRadicalisationDescribed,
  asChildOnChildAbuse,
  asGroomingDescribed,
  asThreatToShare,
  asUnderageSex,
  asViewingAbuseImages,
  describesInOtherWords,
  inPagesWords,
  audiencePhraseWords,
  concernsRole,
  namesTopic,
  roleWords,
  saysWhose,
  speaksAsParent,
  speaksAsYoungPerson,
  asYoungSelf,
  withoutChildAge,
  withoutOwnChild,
  withoutOwnDevice,
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

describe('asRadicalisationDescribed', () => {
  it.each([
    ['my son has been watching extremist videos', 'my child is being radicalised'],
    ['pupil looking at far right content', 'radicalisation'],
    ['young person expressing extremist views online', 'radicalisation online'],
    ['far right content shared by pupil', 'radicalisation'],
    ['teenager obsessed with incel influencers', 'radicalisation'],
  ])('reads a child drawn to extremist material as radicalisation: “%s”', (typed, read) => {
    expect(asRadicalisationDescribed(typed)).toBe(read);
  });

  it.each([
    'report extremist videos',
    'how do i report far right content',
    'extremist content online',
    'my son is being radicalised',
  ])('leaves “%s” as typed', (typed) => {
    expect(asRadicalisationDescribed(typed)).toBe(typed);
  });
});

describe('asDigitalAbuseDescribed', () => {
  it.each([
    ['partner tracking my phone', 'online and digital abuse'],
    ['i think my partner is monitoring my phone', 'i think online and digital abuse'],
    ['perpetrator monitoring victims phone', 'online and digital abuse'],
    ['abusive partner tracking location', 'online and digital abuse'],
    ['my partner checks my phone and tracks me', 'online and digital abuse'],
    ['my ex is stalking me online', 'online and digital abuse online'],
  ])('reads a partner watching the reader’s phone or whereabouts in the procedure’s words: “%s”', (typed, read) => {
    expect(asDigitalAbuseDescribed(typed)).toBe(read);
  });

  it.each(['how do i check my partners phone', 'partnership working', 'my son checks my phone', 'tracking apps for parents'])(
    'leaves “%s” as typed',
    (typed) => {
      expect(asDigitalAbuseDescribed(typed)).toBe(typed);
    },
  );
});

describe('asChildOnChildAbuse', () => {
  it.each([
    ['child sexually harming another child online', 'peer on peer abuse online'],
    ['older child abusing younger child', 'peer on peer abuse'],
    ['my son touched his little sister', 'peer on peer abuse'],
    ['pupil sexually assaulted by another pupil', 'peer on peer abuse'],
    ['my daughter was assaulted by a boy in her class', 'peer on peer abuse'],
    ['sibling sexual abuse', 'peer on peer abuse'],
    ['child posing risk to other children online', 'peer on peer abuse online'],
    ['child showing harmful sexual behaviour online', 'child harmful sexual behaviour online'],
    ['pupil showing sexualised behaviour', 'pupil harmful sexual behaviour'],
  ])('reads a child harming another child in the procedure’s words: “%s”', (typed, read) => {
    expect(asChildOnChildAbuse(typed)).toBe(read);
  });

  it.each([
    // An adult, or someone who works with children, is not a child harming a child.
    'adult abusing a child',
    'teacher abusing children',
    'man touched my daughter',
    // No other child.
    'child abuse',
    'my son is hurting himself',
    "my daughter touched another child's phone",
  ])('leaves “%s” as typed', (typed) => {
    expect(asChildOnChildAbuse(typed)).toBe(typed);
  });
});

describe('asGroomingDescribed', () => {
  it.each([
    ['someone is pretending to be a child online', 'grooming online'],
    ['adult pretending to be a teenager online', 'grooming online'],
    ['man pretending to be a 14 year old on snapchat', 'grooming on snapchat'],
    ['people pretending to be kids on roblox', 'grooming on roblox'],
    ['adult asking my daughter for pictures', 'my child is being groomed'],
    ['a man keeps asking my 13 year old for nudes', 'my child is being groomed'],
    ['grown man wants my daughter to send photos', 'my child is being groomed'],
    ['stranger asked a child for photos', 'grooming'],
    ['someone pretending to be a teen messaging my daughter', 'my child is being groomed'],
    ['adult man pretending to be 15 on fortnite', 'adult grooming on fortnite'],
  ])('reads an adult passing as a child, or asking a child for pictures, as grooming: “%s”', (typed, read) => {
    expect(asGroomingDescribed(typed)).toBe(read);
  });

  it.each([
    // The young person's own worry, which their pages answer.
    'someone is asking me for nudes',
    'a man asked me for pictures',
    // Someone else's account, not an adult passing as a child.
    'someone is pretending to be my son online',
    // No adult, or no pictures.
    'my friend asked my daughter for photos',
    'stranger asking my son for his address',
  ])('leaves “%s” as typed', (typed) => {
    expect(asGroomingDescribed(typed)).toBe(typed);
  });
});

describe('asUnderageSex', () => {
  it.each([
    ['13 year old having sex with 16 year old', 'underage sex'],
    ['my 14 year old daughter is sleeping with her boyfriend', 'underage sex'],
    ['16 year old in a sexual relationship with adult', 'underage sex'],
    ['15 year old in relationship with 20 year old', 'underage sex'],
    ['child under 13 having sex', 'underage sex'],
    ['year 9 pupil having sex', 'underage sex'],
    ['my 15 year old son is dating a 19 year old he met online', 'underage sex met online'],
  ])('reads a child’s sex or sexual relationship in the pages’ words: “%s”', (typed, read) => {
    expect(asUnderageSex(typed)).toBe(read);
  });

  it.each([
    // A question about the law is for the Acts.
    'is it illegal for a 15 year old to have sex',
    'age of consent for a 15 year old having sex',
    // No child, or no act.
    'having sex with an adult',
    '19 year old having sex',
    'my 14 year old is talking to an older man online',
    'my 16 year old has a boyfriend',
    '15 year old sexting',
  ])('leaves “%s” as typed', (typed) => {
    expect(asUnderageSex(typed)).toBe(typed);
  });
});

describe('asViewingAbuseImages', () => {
  it.each([
    ['my husband has been looking at child abuse images', 'my husband has been viewing images of children'],
    ['worried my dad is watching child porn', 'worried my dad is viewing images of children'],
    ['My brother has indecent pictures of kids', 'My brother viewing images of children'],
    ['man in our family looks at child abuse videos online', 'man in our family viewing images of children online'],
    ['i found child porn on his phone', 'i found someone viewing images of children on his phone'],
    ['i found indecent images on my partner’s laptop', 'i found someone viewing images of children on my partner’s laptop'],
  ])('reads someone the reader knows looking at child abuse images in the pages’ words: “%s”', (typed, read) => {
    expect(asViewingAbuseImages(typed)).toBe(read);
  });

  it.each([
    'how do i report child abuse images',
    'the man has pictures of kids at a party',
    'teacher found indecent image on pupils phone',
    'i found indecent images on my son’s phone',
    'child viewing indecent images',
    'my ex has indecent images of my daughter',
  ])('leaves a query that says no adult the reader knows looks at them as typed: “%s”', (typed) => {
    expect(asViewingAbuseImages(typed)).toBe(typed);
  });
});

describe('asAgeQuestion', () => {
  it.each([
    ['what age is snapchat for', 'minimum age is snapchat for'],
    ['What age can kids use whatsapp', 'minimum age can kids use whatsapp'],
    ['how old do you have to be for tiktok', 'minimum age for tiktok'],
    ['how old does my daughter need to be for instagram', 'minimum age for instagram'],
    ['how old should a child be to play fortnite', 'minimum age to play fortnite'],
  ])('reads a question about how old a child must be in the pages’ words: “%s”', (typed, read) => {
    expect(asAgeQuestion(typed)).toBe(read);
  });

  it.each(['age rating roblox', 'how old is my child', 'my 13 year old has snapchat', 'under the age of 18'])(
    'leaves a query that asks no minimum age as typed: “%s”',
    (typed) => {
      expect(asAgeQuestion(typed)).toBe(typed);
    },
  );
});

describe('asThreatToShare', () => {
  it.each([
    ['he says he will post my nudes', 'he says he threatening to share my nudes'],
    ["they're going to leak my daughter's pictures", "they're threatening to share my daughter's images"],
    ['they are going to post pics of me', 'they are threatening to share images of me'],
    ['someone is threatening to share my pictures', 'someone is threatening to share my images'],
  ])('reads a threat to share a picture in the pages’ words: “%s”', (typed, read) => {
    expect(asThreatToShare(typed)).toBe(read);
  });

  it.each([
    'will the school share my details',
    'how to share photos safely',
    'he will post a comment',
    'my son wants to send nudes',
    'will post nudes',
    'my son will post pictures of himself',
  ])('leaves a query that shares no picture, or threatens nothing, as typed: “%s”', (typed) => {
    expect(asThreatToShare(typed)).toBe(typed);
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
  ])('hears a concern about someone who works with children in “%s”', (query) => {
    expect(concernsRole(query)).toBe(true);
  });

  it.each([
    'social worker online harms',
    'online safety for teachers',
    'guidance for staff',
    'teacher training online safety',
    'teachers sharing resources with pupils',
    'i am a teacher and a pupil sent a nude',
    'teacher sexting',
    'ask a social worker',
    'worried about a pupil',
    'pupil shared nude of another pupil',
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

describe('withoutChildAge', () => {
  it.each([
    ['sexually active 14 year old', 'sexually active'],
    ['my 12-year-old has been sent porn', 'my child has been sent porn'],
    ['is my 15 yr old at risk of county lines', 'is my child at risk of county lines'],
    ['sexting my son is 13', 'sexting my son'],
    ['my daughter aged 14 sextortion', 'my daughter sextortion'],
    ['grooming 15yo', 'grooming'],
    ['boy in year 9 shared a nude of a girl', 'boy shared a nude of a girl'],
  ])('takes a child’s age out of a question about a topic: “%s” → “%s”', (typed, left) => {
    expect(withoutChildAge(typed)).toBe(left);
  });

  it('keeps the age when nothing else names a topic, and a query with no age as it is', () => {
    expect(withoutChildAge('my 14 year old')).toBe('my 14 year old');
    expect(withoutChildAge('sexually active under 16')).toBe('sexually active under 16');
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

describe('inPagesWords', () => {
  it.each([
    ['my 14 year old daughter is sleeping with her boyfriend', 'underage sex'],
    ['my 12-year-old has been sent porn on his phone', 'my child has been sent porn on his'],
    ['what age is snapchat for', 'minimum age is snapchat for'],
  ])('reads “%s” in the pages’ words', (typed, read) => {
    expect(inPagesWords(typed)).toBe(read);
  });

  it('says whether what the reader describes is read in other words, which a mistyped word can hide', () => {
    expect(describesInOtherWords('older man asking my son for pics')).toBe(true);
    expect(describesInOtherWords('older man aking my son for pics')).toBe(false);
    expect(describesInOtherWords('grooming')).toBe(false);
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

describe('asYoungSelf', () => {
  it('reads a young person’s own age as who they are, as “I am a teenager” is read', () => {
    expect(asYoungSelf('im 14 and need help')).toBe('i am a teenager and need help');
    expect(asYoungSelf("I'm 12 years old and scared")).toBe('i am a teenager and scared');
    expect(asYoungSelf('i am a teenager and need help')).toBe('i am a teenager and need help');
    expect(asYoungSelf('i am 30 and need help')).toBe('i am 30 and need help');
  });
});
