import { describe, expect, it } from 'vitest';
import {
  asAgeQuestion,
  asAppAgeQuestion,
  asChildOnChildAbuse,
  asDigitalAbuseDescribed,
  asAskedForPictures,
  asComputerMadeNudes,
  asConcernReported,
  asGroomingDescribed,
  asImmediateDanger,
  asMetOnline,
  asNudeImageAtSchool,
  asPersonPosingRisk,
  asRadicalisationDescribed,
  asThreatToShare,
  asUnderageSex,
  asViewingAbuseImages,
  asYoungSelf,
  describesInOtherWords,
  inPagesWords,
  withoutChildAge,
  withoutOwnDevice,
} from '../../../src/lib/search/in-pages-words';

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
    ['my husband tracks my location on my phone', 'online and digital abuse'],
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
    ['a stranger on snapchat keeps asking my son for photos', 'my child is being groomed'],
    ['someone pretending to be a teen messaging my daughter', 'my child is being groomed'],
    ['adult man pretending to be 15 on fortnite', 'adult grooming on fortnite'],
    ['someone is asking my son for pictures', 'my child is being groomed'],
    ['people asking my daughter for photos', 'my child is being groomed'],
  ])('reads an adult passing as a child, or asking a child for pictures, as grooming: “%s”', (typed, read) => {
    expect(asGroomingDescribed(typed)).toBe(read);
  });

  it.each([
    // The young person's own worry, which their pages answer (`asAskedForPictures`).
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

describe('asAskedForPictures', () => {
  it.each([
    ['i feel pressured to send pics', 'someone is asking me for nudes'],
    ['someone is pressuring me to send nudes', 'someone is asking me for nudes'],
    ['my boyfriend wants me to send pics', 'someone is asking me for nudes'],
    ['a man asked me for pictures', 'someone is asking me for nudes'],
    ['i was asked to send a nude selfie', 'someone is asking me for nudes'],
    ['someone wants me to send a picture of my body', 'someone is asking me for nudes'],
    ['what do i do if he keeps asking me for nudes', 'what do i do if someone is asking me for nudes'],
  ])('reads the reader asked for pictures in the words of the guide’s outcome: “%s”', (typed, read) => {
    expect(asAskedForPictures(typed)).toBe(read);
  });

  it.each([
    // Pictures of something else.
    'my teacher asked me to send pictures of my homework',
    // Someone else's child: grooming, read by asGroomingDescribed.
    'a man keeps asking my son for pics',
    // Not asked for: the reader sent them.
    'i sent pics to my boyfriend',
  ])('leaves “%s” as typed', (typed) => {
    expect(asAskedForPictures(typed)).toBe(typed);
  });
});

describe('asPersonPosingRisk', () => {
  it.each([
    ['adult who is a risk to children in family', 'person posing a risk to children in family'],
    ['parent convicted of sexual offences against children', 'person posing a risk to children'],
    ['my uncle has been convicted of child sex offences', 'person posing a risk to children'],
    ['neighbour charged with sexual offences', 'person posing a risk to children'],
    ['man who poses a risk to children online', 'person posing a risk to children online'],
    ['adults who are a serious risk to kids', 'person posing a risk to children'],
  ])('reads an adult who poses a risk to children in the procedure’s words: “%s”', (typed, read) => {
    expect(asPersonPosingRisk(typed)).toBe(read);
  });

  it.each([
    // Children at risk, not a risk to them.
    'children at risk of exploitation',
    'people at risk',
    // Someone arrested for abuse images is read as viewing them (asViewingAbuseImages).
    'my stepdad was arrested for indecent images',
    // No one named.
    'risk of harm to children',
  ])('leaves “%s” as typed', (typed) => {
    expect(asPersonPosingRisk(typed)).toBe(typed);
  });
});

describe('asNudeImageAtSchool', () => {
  it.each([
    ['child sharing nudes school response', 'respond to a nude image'],
    ['should school confiscate phone with nudes', 'respond to a nude image'],
    ['teacher found indecent image on pupils phone', 'respond to a nude image'],
    ['sexting incident in school with a year 8 pupil', 'respond to a nude image'],
    ['nudes shared in school group chat', 'respond to a nude image group chat'],
  ])('reads a nude image in a school in the words of the outcome for professionals: “%s”', (typed, read) => {
    expect(asNudeImageAtSchool(typed)).toBe(read);
  });

  it.each([
    // A parent's child's image, and a young person's own, are answered by their own pages.
    'my daughters nude was shared at school',
    'my nude is being shared at school',
    'i sent a nude to someone at school',
    // Made by AI: the guidance on AI-made images.
    'ai nudes of students',
    // The law.
    'is it illegal for pupils to send nudes',
    // A school year is how parents say it too.
    'boy in year 9 shared a nude of a girl',
    // No school.
    'nudes shared in a group chat',
    // A topic, with no response asked: the pages on it (the UKCIS advice for schools).
    'sexting in schools',
  ])('leaves “%s” as typed', (typed) => {
    expect(asNudeImageAtSchool(typed)).toBe(typed);
  });
});

describe('asImmediateDanger', () => {
  it.each([
    ['child in danger now', 'immediate danger'],
    ['my child is in danger right now', 'immediate danger'],
    ['child in immediate danger', 'immediate danger'],
    ['a pupil may be in immediate danger', 'immediate danger'],
    ['who do i ring if a child is in danger now', 'who do i ring if immediate danger'],
  ])('reads a child in danger now as immediate danger: “%s”', (typed, read) => {
    expect(asImmediateDanger(typed)).toBe(read);
  });

  it.each([
    // No "now": the guide to what to do if you are worried.
    'who do i call if a child is in danger',
    'stranger danger',
    'dangers of sexting',
  ])('leaves “%s” as typed', (typed) => {
    expect(asImmediateDanger(typed)).toBe(typed);
  });
});

describe('asComputerMadeNudes', () => {
  it.each([
    ['naked ai pictures of girls at school', 'fake nudes of girls at school'],
    ['deepfake images of children', 'fake nudes of children'],
    ['someone edited my photo into porn', 'someone fake nudes'],
    ['they photoshopped her face onto a naked body', 'they fake nudes'],
    ['apps that remove clothes from photos', 'nudify app'],
    ['ai generated child abuse images', 'fake nudes'],
  ])('reads a nude image made by a computer in the guidance’s words: “%s”', (typed, read) => {
    expect(asComputerMadeNudes(typed)).toBe(read);
  });

  it.each(['fake account', 'fake news', 'someone made a fake profile of me', 'how to edit photos on iphone'])(
    'leaves “%s” as typed',
    (typed) => {
      expect(asComputerMadeNudes(typed)).toBe(typed);
    },
  );
});

describe('asMetOnline', () => {
  it.each([
    ['what should i do if my child has met someone online', 'what should i do if my child meeting someone met online'],
    ['she met up with a man from snapchat', 'she meeting someone met online'],
    ['my son met a stranger online', 'my son meeting someone met online'],
  ])('reads a child who has met someone from online in the guide’s words: “%s”', (typed, read) => {
    expect(asMetOnline(typed)).toBe(read);
  });

  it.each(['i met someone online', 'ive met someone online', 'we met online', 'met the threshold'])(
    'leaves “%s” as typed',
    (typed) => {
      expect(asMetOnline(typed)).toBe(typed);
    },
  );
});

describe('asConcernReported', () => {
  it.each([
    ['report a concern about a child derbyshire', "children's social care derbyshire"],
    ['who do i ring to report a child at risk in derbyshire', "children's social care in derbyshire"],
    ['who do i call about a child at risk in derby', "children's social care in derby"],
    ['how do i report a safeguarding concern about a child', "children's social care"],
    ['report a child being neglected', "children's social care"],
  ])('reads reporting a child at risk as children’s social care: “%s”', (typed, read) => {
    expect(asConcernReported(typed)).toBe(read);
  });

  it.each([
    // Reporting what is online: the reporting routes for it.
    'report child abuse online uk',
    'report a concern about a child online',
    'report abuse images anonymously',
    // No report asked: the guide "Worried about a child?".
    'worried about a child',
    // A service named.
    'nspcc report abuse',
  ])('leaves “%s” as typed', (typed) => {
    expect(asConcernReported(typed)).toBe(typed);
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

describe('asAppAgeQuestion', () => {
  it.each([
    ['is tiktok safe for 11 year olds', 'minimum age tiktok'],
    ['is roblox ok for a 7 year old', 'minimum age roblox'],
    ['is fortnite suitable for my son', 'minimum age fortnite'],
    ['my 9 year old wants tiktok', 'minimum age tiktok'],
    ['my 8 year old keeps asking for a phone', 'minimum age phone'],
  ])('reads whether an app suits a child’s age as its minimum age: “%s”', (typed, read) => {
    expect(asAppAgeQuestion(typed)).toBe(read);
  });

  it.each([
    // No app named.
    'is it safe for kids',
    'is my child safe online',
    // Something else the child wants.
    'my 14 year old wants to meet someone',
  ])('leaves “%s” as typed', (typed) => {
    expect(asAppAgeQuestion(typed)).toBe(typed);
  });
});

describe('asAgeQuestion', () => {
  it.each([
    ['what age is snapchat for', 'minimum age is snapchat for'],
    ['What age can kids use whatsapp', 'minimum age can kids use whatsapp'],
    ['how old do you have to be for tiktok', 'minimum age for tiktok'],
    ['how old does my daughter need to be for instagram', 'minimum age for instagram'],
    ['how old should a child be to play fortnite', 'minimum age to play fortnite'],
    ['age limits for social media apps', 'minimum age for social media apps'],
    ['age appropriate apps', 'minimum age apps'],
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

describe('asYoungSelf', () => {
  it('reads a young person’s own age as who they are, as “I am a teenager” is read', () => {
    expect(asYoungSelf('im 14 and need help')).toBe('i am a teenager and need help');
    expect(asYoungSelf("I'm 12 years old and scared")).toBe('i am a teenager and scared');
    expect(asYoungSelf('i am a teenager and need help')).toBe('i am a teenager and need help');
    expect(asYoungSelf('i am 30 and need help')).toBe('i am 30 and need help');
  });
});
