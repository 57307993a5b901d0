import { describe, expect, it } from 'vitest';
import {
  asAgeQuestion,
  asAppAgeQuestion,
  asAppNamedAlone,
  asKeptSafeOnline,
  asChildBeingUnkind,
  asChildMonitored,
  asChildSecretive,
  asConcernReported,
  asDisclosedToProfessional,
  asFeelingLow,
  asImmediateDanger,
  asMetOnline,
  asOnlineAbuseDisclosed,
  asReferralAsked,
  asSectionWritten,
  asSignsAsked,
  asSomeoneToTalkTo,
  asSpendingInGames,
  asTalkToChildAbout,
  asThingsSaid,
  asTooMuchTime,
  asUnexplainedThings,
  asUpsettingSeen,
  asViolenceThreatened,
} from '../../../src/lib/search/described-needs';

describe('asMetOnline', () => {
  it.each([
    ['what should i do if my child has met someone online', 'what should i do if my child meeting someone met online'],
    ['she met up with a man from snapchat', 'she meeting someone met online'],
    ['my son met a stranger online', 'my son meeting someone met online'],
    // A child wanting to meet someone from online.
    ['my child wants to meet someone from fortnite', 'my child meeting someone met online'],
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

describe('asImmediateDanger', () => {
  it.each([
    ['child in danger now', 'immediate danger'],
    ['my child is in danger right now', 'immediate danger'],
    ['child in immediate danger', 'immediate danger'],
    ['a pupil may be in immediate danger', 'immediate danger'],
    ['my child is not safe right now', 'immediate danger'],
    ['who do i ring if a child is in danger now', 'who do i ring if immediate danger'],
    // Missing: whatever else is said of why, the answer is 999.
    ['my child is missing and was talking to someone online', 'immediate danger'],
    ['my daughter has run away to meet someone she met online', 'immediate danger'],
    ['son hasnt come home', 'immediate danger'],
    // The reader's own child in danger, said without "now".
    ['i think my child is in danger', 'i think immediate danger'],
  ])('reads a child in danger now, or missing, as immediate danger: “%s”', (typed, read) => {
    expect(asImmediateDanger(typed)).toBe(read);
  });

  it.each([
    // No "now": the guide to what to do if you are worried.
    'who do i call if a child is in danger',
    'stranger danger',
    'dangers of sexting',
    // Missing as a topic, not a child missing now.
    'missing children procedure',
    'my son is missing school',
    'my child is in danger of being groomed',
  ])('leaves “%s” as typed', (typed) => {
    expect(asImmediateDanger(typed)).toBe(typed);
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

describe('asAppAgeQuestion', () => {
  it.each([
    ['is tiktok safe for 11 year olds', 'minimum age tiktok'],
    ['is roblox ok for a 7 year old', 'minimum age roblox'],
    ['is fortnite suitable for my son', 'minimum age fortnite'],
    ['my 9 year old wants tiktok', 'minimum age tiktok'],
    ['my 8 year old keeps asking for a phone', 'minimum age smartphone'],
    // The child's age after the child, or none with an app readers name.
    ['my daughter is 9 and wants tiktok', 'minimum age tiktok'],
    ['is tiktok safe for my 9 year old', 'minimum age tiktok'],
    ['my daughter wants tiktok', 'minimum age tiktok'],
    ['my son aged 10 wants roblox', 'minimum age roblox'],
    // The reader asking whether to let them.
    ['should i let my 11 year old have instagram', 'minimum age instagram'],
    ['can my son have a phone', 'minimum age smartphone'],
    ['can my daughter use whatsapp at 12', 'minimum age whatsapp'],
    // Whether a child is safe on an app; a first phone, a smartphone ("phone" alone asks for a number).
    ['is my child safe on roblox', 'minimum age roblox'],
    ['kids first phone advice', 'minimum age smartphone advice'],
    ["my son's first tablet", 'minimum age tablet'],
    // An age asked about for an app; an app a child already has.
    ['is 11 too young for snapchat', 'minimum age snapchat'],
    ['my 10 year old has instagram', 'minimum age instagram'],
    // A child's phone, asked for by a child named as no one's.
    ['child asking for a phone at 9', 'minimum age smartphone'],
    // Whether an app is safe, for no one named; a game a child wants to play.
    ['is roblox safe', 'minimum age roblox'],
    ['how safe is tiktok for kids', 'minimum age tiktok'],
    ['is discord dangerous', 'minimum age discord'],
    ['my son wants to play gta', 'minimum age gta'],
    // An app's age, named.
    ['whatsapp age 13 or 16', 'minimum age whatsapp'],
    ['should my child have social media at 11', 'minimum age social media'],
    ['age limit for snapchat', 'minimum age snapchat'],
  ])('reads whether an app suits a child’s age as its minimum age: “%s”', (typed, read) => {
    expect(asAppAgeQuestion(typed)).toBe(read);
  });

  it.each([
    // No app named.
    'is it safe for kids',
    'is snapchat',
    'my son wants to play outside',
    'is my child safe online',
    // Something else the child wants.
    'my 14 year old wants to meet someone',
    'my 15 year old wants sex',
    'can my 15 year old have a boyfriend',
    // No age and no app readers name: not an app.
    'my son wants help',
    'should i let my son go to a party',
    // Safe online in general, and a first that is no device.
    'is my child safe online',
    'first aid',
    // No app.
    'is 15 too young to have sex',
    'my 14 year old has a boyfriend',
  ])('leaves “%s” as typed', (typed) => {
    expect(asAppAgeQuestion(typed)).toBe(typed);
  });
});

describe('asOnlineAbuseDisclosed', () => {
  it.each([
    ['pupil disclosed abuse online what do i do', 'online abuse what do i do'],
    ['what to do when a pupil discloses online abuse', 'what to do when online abuse'],
    ['child told me about abuse online', 'online abuse'],
    // A disclosure named as one.
    ['responding to online abuse disclosure', 'online abuse'],
    ['handling disclosures of abuse online', 'online abuse'],
  ])('reads a child’s disclosure of abuse online as online abuse: “%s”', (typed, read) => {
    expect(asOnlineAbuseDisclosed(typed)).toBe(read);
  });

  it.each([
    // Named more closely: the pages on it.
    'pupil disclosed sextortion',
    // Not said to be online.
    'pupil disclosed abuse what do i do',
  ])('leaves “%s” as typed', (typed) => {
    expect(asOnlineAbuseDisclosed(typed)).toBe(typed);
  });
});

describe('asSignsAsked', () => {
  it.each([
    ['what does grooming look like online', 'what does grooming signs online'],
    ['what might radicalisation look like in a child', 'what might radicalisation signs in a child'],
    ['What does child sexual exploitation look like', 'What does child sexual exploitation signs'],
    ['what do fake nudes looks like', 'what do fake nudes signs'],
  ])('reads asking what something looks like as asking for its signs: “%s”', (typed, read) => {
    expect(asSignsAsked(typed)).toBe(read);
  });

  it.each([
    // Looking at something, not asking what it looks like.
    'how can i hide what i look at online from my dad',
    // Liking, not looking like.
    'sites like omegle',
    // Not asked as a question.
    'my son looks like he is being bullied',
  ])('leaves “%s” as typed', (typed) => {
    expect(asSignsAsked(typed)).toBe(typed);
  });
});

describe('asSpendingInGames', () => {
  it.each([
    ['my son spent money on fortnite without asking', 'my son spending money in games without asking'],
    ['child spent £200 on roblox', 'child spending money in games'],
    ['daughter used my card on her ipad game', 'daughter spending money in games'],
    ['son bought robux with my card', 'son spending money in games with my card'],
    ['my child keeps buying skins', 'my child spending money in games'],
    // Anything bought with the reader's card.
    ['my daughter bought something online with my card', 'my daughter spending money in games'],
    ['my son spent 200 pounds using my credit card', 'my son spending money in games'],
  ])('reads a child’s spending in a game or app as the commerce page says it: “%s”', (typed, read) => {
    expect(asSpendingInGames(typed)).toBe(read);
  });

  it.each([
    // A device bought is not money spent in a game.
    'he bought a phone',
    'should i buy my son a tablet',
    // Time spent, not money.
    'how long should kids spend online',
    'how long should my son spend on games',
    'she spends hours on roblox',
  ])('leaves “%s” as typed', (typed) => {
    expect(asSpendingInGames(typed)).toBe(typed);
  });
});

describe('asSomeoneToTalkTo', () => {
  it.each([
    ['i want to talk to someone', 'someone to talk to'],
    ['i need someone to talk to', 'someone to talk to'],
    ['who can i talk to', 'someone to talk to'],
    ['i am a teenager who can i talk to', 'i am a teenager someone to talk to'],
    ['can i talk to someone without my parents knowing', 'someone to talk to childline'],
    ['i want to talk to someone but not my parents', 'someone to talk to childline'],
    ['im scared to tell my parents', 'im childline'],
    ['my mum doesnt know im being bullied', 'childline im being bullied'],
    // Someone to talk to privately: Childline is free, private and confidential.
    ['talk to someone anonymously', 'someone to talk to childline'],
    ['i want to talk to someone in confidence', 'someone to talk to childline'],
    ['who can i talk to privately', 'someone to talk to childline'],
    // Said as a request, and with the reader's own troubles.
    ['talk to someone about my mental health', 'someone to talk to'],
    ['i want to talk to someone about my feelings', 'someone to talk to'],
  ])('reads the reader asking for someone to talk to in the pages’ words: “%s”', (typed, read) => {
    expect(asSomeoneToTalkTo(typed)).toBe(read);
  });

  it.each([
    // Someone named by what they do: the guide's outcome of that name.
    'talk to someone who can help',
    // Someone named: the pages on talking to them.
    'who can i talk to about my son',
    'i want to talk to my daughter about nudes',
    'how do i talk to my child about online safety',
    // A parent telling their own parents is not a young person keeping a secret.
    'should i tell my child',
  ])('leaves “%s” as typed', (typed) => {
    expect(asSomeoneToTalkTo(typed)).toBe(typed);
  });
});

describe('asReferralAsked', () => {
  it.each([
    ['how do i make a referral to childrens services', 'making a referral to social care'],
    ['how do i refer to childrens services', 'making a referral to social care'],
    ["make a referral to children's services", 'making a referral to social care'],
    ['how do i make a referral to derbyshire childrens services', 'making a referral to social care derbyshire'],
    // Telling parents, or their consent, before a referral.
    ['should i tell parents before referring', 'should i making a referral to social care'],
    ['do i need consent to make a referral', 'do i need making a referral to social care'],
  ])('reads asking how to refer to children’s services in the procedure’s words: “%s”', (typed, read) => {
    expect(asReferralAsked(typed)).toBe(read);
  });

  it.each([
    // Children's services asked for by name, not how to refer.
    'derbyshire childrens services phone number',
    // A referral to someone else.
    'make a referral to prevent',
  ])('leaves “%s” as typed', (typed) => {
    expect(asReferralAsked(typed)).toBe(typed);
  });
});

describe('asUpsettingSeen', () => {
  it.each([
    ['my child watched something scary on youtube', 'my child saw something upsetting'],
    ['my son saw something horrible online', 'my son saw something upsetting online'],
    ['she came across some really disturbing videos', 'she saw something upsetting'],
    // Violent material named by what it shows.
    ['pupil watched beheading video', 'pupil watched violent content'],
    // Dangerous stunts or challenges copied.
    ['my child copies dangerous stunts from tiktok', 'my child online challenges'],
    ['viral challenges', 'online challenges'],
  ])('reads something upsetting seen online in the guidance’s words: “%s”', (typed, read) => {
    expect(asUpsettingSeen(typed)).toBe(read);
  });

  it.each([
    // Nothing said to upset.
    'my child watched something on youtube',
    // Something scary done, not seen.
    'someone sent my son something scary',
  ])('leaves “%s” as typed', (typed) => {
    expect(asUpsettingSeen(typed)).toBe(typed);
  });
});

describe('asChildSecretive', () => {
  it.each([
    ['my kid keeps deleting his messages should i be worried', 'worried about my child should i be worried'],
    ['my son is very secretive on his phone', 'worried about my child'],
    ['my daughter hides her phone from me', 'worried about my child'],
    ['my son wont let me see his phone', 'worried about my child'],
    ['my daughter clears her search history', 'worried about my child'],
    // A secret account.
    ['my son has a secret second instagram account', 'worried about my child'],
    ['my daughter has a finsta', 'worried about my child'],
    // A child telling their parent something happened, without saying what.
    ['my child told me something bad happened online', 'worried about my child'],
    ['my son has opened up to me about something online', 'worried about my child'],
    ['my daughter told me something happened on snapchat', 'worried about my child'],
  ])('reads a child’s worrying behaviour as the guide’s “worried about my child”: “%s”', (typed, read) => {
    expect(asChildSecretive(typed)).toBe(read);
  });

  it.each([
    // The reader's own history: covering their tracks.
    'i keep deleting my history',
    'how do i delete my browsing history',
    // An app deleted is no secret kept.
    'my son deleted his snapchat',
    // Time on a phone: screen time.
    'my daughter is on her phone all night',
    // What the child told, named, is read as that.
    'my son told me he is being bullied',
    'my daughter told me about sextortion',
  ])('leaves “%s” as typed', (typed) => {
    expect(asChildSecretive(typed)).toBe(typed);
  });
});

describe('asChildMonitored', () => {
  it.each([
    ['should i read my daughters messages', 'should i parental controls'],
    ['how to check my childs phone', 'how to parental controls'],
    ['can i track my sons location', 'can i parental controls'],
    ['can i see my childs deleted messages', 'can i parental controls'],
    // Knowing what a child does online; an account made private.
    ['how do i check what my child is doing online', 'how do i parental controls'],
    ['how do i make my childs instagram private', 'how do i privacy settings'],
    // Controls got round.
    ['kids using vpn to get round controls', 'kids using vpn to parental controls'],
    ['my son bypassed the screen time limits', 'my son parental controls'],
    // A game's chat; Snapchat's map; a child searching for sexual material.
    ['voice chat on fortnite', 'parental controls fortnite'],
    ['turn off chat roblox', 'parental controls roblox'],
    ['snap map', 'location sharing'],
    ['my child searched for sex on google', 'my child adult content'],
    ['is it ok to look through my 12 year olds phone', 'is it ok to parental controls'],
  ])('reads a parent checking their child’s phone as parental controls: “%s”', (typed, read) => {
    expect(asChildMonitored(typed)).toBe(read);
  });

  it.each([
    // Someone watching the reader: online and digital abuse.
    'my partner checks my phone',
    // The child checking something.
    'my son checks my phone',
  ])('leaves “%s” as typed', (typed) => {
    expect(asChildMonitored(typed)).toBe(typed);
  });
});

describe('asDisclosedToProfessional', () => {
  it.each([
    [
      'what should i do if a pupil tells me they are being groomed online',
      'what should i do if respond to grooming or exploitation',
    ],
    ['a student disclosed she is being bullied online', 'respond to online bullying'],
    ['pupil told me he is being exploited', 'respond to grooming or exploitation'],
    ['child in my class said they are being radicalised', 'respond to radicalisation'],
    ["one of my students says she's being groomed", 'respond to grooming or exploitation'],
    ['a patient told me she is being exploited', 'respond to grooming or exploitation'],
    // Abuse online, told to someone at work: the online harms procedure's old name.
    ['a pupil told me she is being abused online', 'online abuse'],
    // Worried, with nothing told yet.
    ['a pupil is being groomed online', 'respond to grooming or exploitation'],
    ['worried a patient is being exploited', 'respond to grooming or exploitation'],
    ['a student in my class is being bullied online', 'respond to online bullying'],
    ['pupil being groomed', 'respond to grooming or exploitation'],
    // The harm named as a disclosure.
    ['pupil disclosed grooming', 'respond to grooming or exploitation'],
    ['a student has disclosed online bullying', 'respond to online bullying'],
    ['students reported cyberbullying', 'respond to online bullying'],
  ])('reads a child’s disclosure at work in the words of the outcome for professionals: “%s”', (typed, read) => {
    expect(asDisclosedToProfessional(typed)).toBe(read);
  });

  it.each([
    // A parent's own child.
    'my son told me he is being bullied',
    'my child told me they are being bullied online',
    'my son is being groomed',
    // Abuse told by "a child", which a parent may ask too (the guide for parents answers), and abuse not said to be online.
    'what should i do if a child tells me they are being abused online',
    'a pupil told me she is being abused',
    'worried my child is being exploited',
    // Something else disclosed: the readings and pages for it.
    'a pupil told me they sent a nude',
    'pupil disclosed abuse online',
    'pupil disclosed sextortion',
    'my son disclosed grooming',
  ])('leaves “%s” as typed', (typed) => {
    expect(asDisclosedToProfessional(typed)).toBe(typed);
  });
});

describe('asThingsSaid', () => {
  it.each([
    ['people are saying things about me online', 'people nasty comments about me online'],
    ['people are laughing at me online', 'people nasty comments online'],
    ['my daughter is being called names on instagram', 'my daughter is nasty comments on instagram'],
    // The reader being bullied: the young people's outcome.
    ['people are bullying me', 'help if you are being bullied online'],
    ['people are being mean to me online', 'help if you are being bullied online'],
    ['the girls in my class are nasty to me', 'help if you are being bullied online'],
    ['i get bullied on xbox', 'help if you are being bullied online'],
    ['kids are posting mean stuff about my son', 'kids nasty comments about my son'],
    ['someone is spreading lies about me', 'someone nasty comments about me'],
    ['they made up rumours about him', 'they nasty comments about him'],
    [
      'im scared to go to school because of whats being said online',
      'im scared to go to school because of nasty comments online',
    ],
    // Unkind messages sent to someone, not the sexual messages of the young people's outcome.
    ['someone is sending me nasty messages', 'someone is nasty comments'],
    ['is it a crime to send abusive messages', 'is it a crime to nasty comments'],
    ['my daughter keeps getting horrible texts', 'my daughter keeps nasty comments'],
  ])('reads unkind things said about someone in the bullying guidance’s words: “%s”', (typed, read) => {
    expect(asThingsSaid(typed)).toBe(read);
  });

  it.each([
    // What is said of a topic, not of someone.
    'what is being said about the online safety act',
    // Nothing said about anyone.
    'saying things',
    // Threats are read by the readings for threats (to share a picture, of violence).
    'he is sending me threatening messages',
    // A parent's child being bullied: the guidance on bullying online.
    'my son is being bullied',
    'someone is sending me sexual messages',
  ])('leaves “%s” as typed', (typed) => {
    expect(asThingsSaid(typed)).toBe(typed);
  });
});

describe('asTalkToChildAbout', () => {
  it.each([
    ['how to talk to my daughter about sexting', 'how to talking to your child about sexting'],
    ['how do i talk to my son about porn', 'how do i talking to your child about porn'],
    // A child who will not talk to their parent.
    ['my teenager wont talk to me about what they do online', 'talking to your child about what they do online'],
    // Teaching a child.
    ['teach my child not to talk to strangers online', 'talking to your child about talk to strangers online'],
  ])('reads a parent asking how to talk to their child about something in the guidance’s words: “%s”', (typed, read) => {
    expect(asTalkToChildAbout(typed)).toBe(read);
  });

  it.each(['talk to my child', 'my son talks to strangers about games'])('leaves “%s” as typed', (typed) => {
    expect(asTalkToChildAbout(typed)).toBe(typed);
  });
});

describe('asTooMuchTime', () => {
  it.each([
    ['my son wont stop playing fortnite', 'my son too much time online'],
    ['my daughter is addicted to tiktok', 'my daughter too much time online'],
    ['my son cant stop gaming', 'my son too much time online'],
    ['my son is always on his xbox', 'my son too much time online'],
    ['my son spends hours on youtube', 'my son too much time online'],
    ['she is on her phone all night', 'she is too much time online'],
    ['my son is on snapchat all night', 'my son is too much time online'],
  ])('reads a child who will not stop playing or using something as too much time online: “%s”', (typed, read) => {
    expect(asTooMuchTime(typed)).toBe(read);
  });

  it.each([
    // Something else that will not stop.
    'the bullying wont stop',
    'i want to stop playing',
  ])('leaves “%s” as typed', (typed) => {
    expect(asTooMuchTime(typed)).toBe(typed);
  });
});

describe('asFeelingLow', () => {
  it.each([
    ['im 15 and i feel really low because of social media', 'im 15 and upset because of social media'],
    ['social media makes me feel worthless', 'social media upset'],
  ])('reads a young person feeling low in the guidance’s word: “%s”', (typed, read) => {
    expect(asFeelingLow(typed)).toBe(read);
  });

  it.each(['i feel unsafe online', 'how do i feel about it'])('leaves “%s” as typed', (typed) => {
    expect(asFeelingLow(typed)).toBe(typed);
  });
});

describe('asUnexplainedThings', () => {
  it.each([
    ['my son has money and new trainers i dont know where from', 'my son exploitation'],
    ['unexplained gifts', 'exploitation'],
    ['my daughter has new clothes she cant explain', 'my daughter exploitation'],
    // New things brought home; drugs carried; going missing, again and again.
    ['my son came home with a new phone', 'my son exploitation'],
    ['young people being paid to carry drugs', 'county lines'],
    ['my son is running drugs', 'my son county lines'],
    ['girl going missing meeting older men', 'girl exploitation meeting older men'],
    ['my son has two phones', 'my son exploitation'],
    ['a pupil has a lot of cash', 'a pupil exploitation'],
  ])('reads money or things a child cannot account for as exploitation: “%s”', (typed, read) => {
    expect(asUnexplainedThings(typed)).toBe(read);
  });

  it.each([
    // Money spent, or had, with nothing unexplained.
    'my son spent money on fortnite',
    'my son came home with his phone',
    'drugs education',
    'my son has money',
  ])('leaves “%s” as typed', (typed) => {
    expect(asUnexplainedThings(typed)).toBe(typed);
  });
});

describe('asChildBeingUnkind', () => {
  it.each([
    ['my son is sending mean messages to other kids', 'my son bullying online'],
    ['my daughter is bullying someone', 'my daughter bullying online'],
    ['what if my child is the bully', 'what if my child bullying online'],
  ])('reads the reader’s child being unkind to others as bullying online: “%s”', (typed, read) => {
    expect(asChildBeingUnkind(typed)).toBe(read);
  });

  it.each([
    // The child bullied, not bullying.
    'my son is being bullied',
    'kids being mean to my son',
  ])('leaves “%s” as typed', (typed) => {
    expect(asChildBeingUnkind(typed)).toBe(typed);
  });
});

describe('asSectionWritten', () => {
  it.each([
    ['s.67 sca 2015', 'section 67 sca 2015'],
    ['s15a soa', 'section 15A soa'],
    ['what is s47', 'what is section 47'],
    ['sec 1 protection of children act', 'section 1 protection of children act'],
  ])('reads a section written short in the pages’ words: “%s”', (typed, read) => {
    expect(asSectionWritten(typed)).toBe(read);
  });

  it.each(['sextortion', 'is 11 too young', 'year 9s'])('leaves “%s” as typed', (typed) => {
    expect(asSectionWritten(typed)).toBe(typed);
  });
});

describe('asViolenceThreatened', () => {
  it.each([
    ['someone threatened to kill my son online', 'someone threatened with violence my son online'],
    ['my son got a message saying he will be hurt', 'my son got a message threatened with violence'],
    ['they said they would beat him up', 'they threatened with violence'],
    ['death threats on instagram', 'threatened with violence on instagram'],
  ])('reads violence threatened in the bullying guidance’s words: “%s”', (typed, read) => {
    expect(asViolenceThreatened(typed)).toBe(read);
  });

  it.each([
    // A threat to share a picture: sextortion.
    'he threatened to share my pics',
    // Harm to oneself is no threat from someone else.
    'my son says he will kill himself',
  ])('leaves “%s” as typed', (typed) => {
    expect(asViolenceThreatened(typed)).toBe(typed);
  });
});

describe('asAppNamedAlone', () => {
  it.each([
    ['tiktok', 'app settings'],
    ['Roblox', 'app settings'],
    ['snapchat parental controls', 'app parental controls'],
    ['instagram privacy settings', 'app privacy settings'],
    ['fortnite for kids', 'app settings for kids'],
    ['my sons xbox', 'app settings'],
    ['my toddler watches youtube', 'app settings'],
    ['my 8 year old son plays roblox', 'app settings'],
    ['new phone', 'app settings'],
    ['tiktok & snapchat safety', 'app settings safety'],
    ['xbox/playstation parental controls', 'app parental controls'],
    ['setting up a new ipad for kids', 'app settings for kids'],
    ['ipad settings', 'app settings'],
    // A child said to be on it, with no "my".
    ['kids on roblox', 'app settings'],
    ['daughter on tiktok', 'app settings'],
    ['children using discord', 'app settings'],
    ['teenagers playing on fortnite', 'app settings'],
    // Keeping a child safe on it.
    ['how do i keep my child safe on youtube', 'app settings'],
    ['protect my son on fortnite', 'app settings'],
  ])('reads an app named with nothing said about it as its settings: “%s”', (typed, read) => {
    expect(asAppNamedAlone(typed)).toBe(read);
  });

  it.each([
    // "phone" alone asks for a number.
    'phone',
    'mobile',
    // Something said about the app is what the search is for.
    'bullied on tiktok',
    'tiktok bullying',
    'roblox chat with strangers',
    'my son plays roblox with strangers',
    'is roblox safe',
  ])('leaves “%s” as typed', (typed) => {
    expect(asAppNamedAlone(typed)).toBe(typed);
  });
});

describe('asKeptSafeOnline', () => {
  it.each([
    ['keeping kids safe online tips', 'online safety for parents'],
    ['how do i keep my child safe online', 'online safety for parents'],
    ['how can i protect my child online', 'online safety for parents'],
    ['keeping grandchildren safe on the internet', 'online safety for parents'],
  ])('reads keeping children safe online, asked in general, as the parents’ start page: “%s”', (typed, read) => {
    expect(asKeptSafeOnline(typed)).toBe(read);
  });

  it.each(['keeping children safe in education', 'how to keep my child safe on snapchat from strangers', 'online safety'])(
    'leaves “%s” as typed',
    (typed) => {
      expect(asKeptSafeOnline(typed)).toBe(typed);
    },
  );
});
