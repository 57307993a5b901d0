import { describe, expect, it } from 'vitest';
import {
  asAdultInTouchWithChild,
  asAdultInTouchWithReader,
  asChildHacking,
  asChildOnChildAbuse,
  asDigitalAbuseDescribed,
  asGroomingDescribed,
  asPersonPosingRisk,
  asPredatorReported,
  asSexualMessagesToChild,
  asRadicalisationDescribed,
  asUnderageSex,
} from '../../../src/lib/search/described-people';

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
    ['someone sent my son money for photos', 'my child is being groomed'],
    ['a man offered my daughter robux for pics', 'my child is being groomed'],
    ['my son was offered vbucks for photos', 'my child is being groomed'],
    // Money or gifts from an adult, for nothing said: exploitation.
    ['my daughter has been sent money by a man online', 'my child exploitation'],
    ['someone is sending my son gifts online', 'my child exploitation'],
    ['someone sent my 13 year old a sexual message', 'my child is being groomed'],
    // Secrecy, and a private chat: signs of grooming.
    ['adult asked my son to keep a secret', 'my child is being groomed'],
    ['someone asked my child to move to a private chat', 'my child is being groomed'],
    ['adult sending sexual messages to my daughter', 'my child is being groomed'],
    // "your child", as a parent asks it; a nude, and pictures said to be inappropriate.
    ['what to do if someone sends your child inappropriate pictures', 'what to do if my child is being groomed'],
    ['my son was sent a nude by a man', 'my child is being groomed'],
    // A pupil: the outcome for professionals that responds to it.
    ['a man is sending a pupil dirty texts', 'respond to grooming or exploitation'],
    ['pupil has been sent porn by an adult', 'respond to grooming or exploitation'],
    ['a man sent my son porn', 'my child is being groomed'],
  ])(
    'reads an adult passing as a child, asking or paying a child for pictures, or sending them sexual messages, as grooming: “%s”',
    (typed, read) => {
      expect(asGroomingDescribed(typed)).toBe(read);
    },
  );

  it.each([
    // The young person's own worry, which their pages answer (`asAskedForPictures`).
    'someone is asking me for nudes',
    'a man asked me for pictures',
    // Someone else's account, not an adult passing as a child.
    'someone is pretending to be my son online',
    // No adult, or no pictures.
    'my friend asked my daughter for photos',
    'stranger asking my son for his address',
    'my nan sent my son money for his birthday',
    // A child sending them: the pages on children's conduct.
    'my son sent a girl sexual messages',
  ])('leaves “%s” as typed', (typed) => {
    expect(asGroomingDescribed(typed)).toBe(typed);
  });
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
    ['child sending sexual messages to younger children', 'child harmful sexual behaviour'],
    ['my son showed porn to his little brother', 'my son harmful sexual behaviour'],
    // Touching a sibling, said after something else the child does; copying what they saw.
    ['10 year old watching porn and touching his sister', 'peer on peer abuse'],
    ['child copying sexual things from videos', 'child harmful sexual behaviour'],
    ['a 12 year old is sexually harassing girls online', 'peer on peer abuse online'],
    ['child on child sexual abuse', 'peer on peer abuse'],
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
    // Sent to a child of their own age: a shared nude, for the pages on those.
    'pupil sent a nude to another pupil',
  ])('leaves “%s” as typed', (typed) => {
    expect(asChildOnChildAbuse(typed)).toBe(typed);
  });
});

describe('asRadicalisationDescribed', () => {
  it.each([
    ['my son has been watching extremist videos', 'my child is being radicalised'],
    ['pupil looking at far right content', 'radicalisation'],
    ['young person expressing extremist views online', 'radicalisation online'],
    ['far right content shared by pupil', 'radicalisation'],
    ['teenager obsessed with incel influencers', 'radicalisation'],
    ['my son has become very angry and talks about extreme views', 'my child is being radicalised'],
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
    // Through a child's device.
    ['my ex partner is using the kids phone to track me', 'online and digital abuse'],
    // A partner or ex who will not stop getting in touch.
    ['my ex keeps messaging me', 'online and digital abuse'],
    // Abuse through technology, as services name it.
    ['tech abuse partner', 'online and digital abuse partner'],
    ['technology-facilitated abuse', 'online and digital abuse'],
    // Abuse in a relationship named, with nothing said of what it is done with.
    ['controlling boyfriend', 'controlling partner'],
    ['my daughters boyfriend is controlling her', 'controlling partner'],
    ['teen abusing partner online', 'controlling partner online'],
    ['teen relationship abuse', 'controlling partner'],
    ['abusive relationship', 'controlling partner'],
  ])('reads a partner watching the reader’s phone or whereabouts in the procedure’s words: “%s”', (typed, read) => {
    expect(asDigitalAbuseDescribed(typed)).toBe(read);
  });

  it.each([
    'how do i check my partners phone',
    'partnership working',
    'my son checks my phone',
    'tracking apps for parents',
    'tech safety for kids',
    // Control over a child's device is parental controls, and a relationship named alone is no abuse.
    'controlling my sons phone',
    'my daughter has a boyfriend',
  ])('leaves “%s” as typed', (typed) => {
    expect(asDigitalAbuseDescribed(typed)).toBe(typed);
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
    // A relationship with someone older, the child's age said after the child.
    ['my son is 13 and his girlfriend is 17', 'underage sex'],
    ['my 14 year old daughter is seeing an older boy', 'underage sex'],
    ['my daughter is 15 and going out with a 19 year old', 'underage sex'],
  ])('reads a child’s sex or sexual relationship in the pages’ words: “%s”', (typed, read) => {
    expect(asUnderageSex(typed)).toBe(read);
  });

  it.each([
    // A question about the law is for the Acts.
    'is it illegal for a 15 year old to have sex',
    'can a 15 year old go to prison for having sex',
    'age of consent for a 15 year old having sex',
    // No child, or no act.
    'having sex with an adult',
    '19 year old having sex',
    'my 14 year old is talking to an older man online',
    'my 16 year old has a boyfriend',
    '15 year old sexting',
    // Children of the same age, and seeing something or someone that is no partner.
    'my son is 13 and his girlfriend is 13',
    'my daughter is seeing a counsellor',
    'how to stop my child seeing adult content',
  ])('leaves “%s” as typed', (typed) => {
    expect(asUnderageSex(typed)).toBe(typed);
  });
});

describe('asAdultInTouchWithChild', () => {
  it.each([
    ['stranger talking to my child online', 'adult messaging my child stranger danger online'],
    ['my son has been talking to a man on xbox live', 'adult messaging my child stranger danger'],
    ['an older man is messaging my daughter', 'adult messaging my child stranger danger'],
    ['my son has a new friend online who is much older', 'adult messaging my child stranger danger'],
    // An adult by their age.
    ['my daughter is talking to a 20 year old', 'adult messaging my child stranger danger'],
    ['man asked my daughter her age online', 'adult messaging my child stranger danger her age online'],
    // Reported: the outcome "Report grooming".
    ['i want to report an adult who messaged my child', 'report grooming'],
    ['my 12 year old is chatting with strangers', 'adult messaging my child stranger danger'],
    ['someone keeps adding my son on snapchat', 'adult messaging my child stranger danger'],
    // Playing games together online.
    ['my son is playing games with adults online', 'adult messaging my child stranger danger online'],
    ['a man is playing fortnite with my son', 'adult messaging my child stranger danger'],
  ])('reads an adult in touch with the reader’s child in the pages’ words: “%s”', (typed, read) => {
    expect(asAdultInTouchWithChild(typed)).toBe(read);
  });

  it.each([
    // Someone else's child, or a child the reader teaches: the pages for professionals.
    'a man is messaging a pupil',
    // Children talking to each other.
    'my son is talking to his friends',
    'my son plays with his friends',
    // The reader talking to their child.
    'how do i talk to my daughter about strangers',
    // Keeping strangers away: the settings that do it.
    'how to stop strangers contacting my child on roblox',
  ])('leaves “%s” as typed', (typed) => {
    expect(asAdultInTouchWithChild(typed)).toBe(typed);
  });
});

describe('asChildHacking', () => {
  it.each([
    ['teenager hacking school system', 'child hacking school system'],
    ['hacking teenager', 'child hacking'],
    ['young person hacking', 'child hacking'],
    ['my son has been hacking into accounts', 'child hacking into accounts'],
    ['child hacked the school system', 'child hacking school system'],
  ])('reads a child hacking in Cyber Choices’ words: “%s”', (typed, read) => {
    expect(asChildHacking(typed)).toBe(read);
  });

  it.each([
    // The child's account hacked: the child is harmed, not hacking.
    'my sons account was hacked',
    'my daughter got hacked',
    // No child.
    'hacking',
  ])('leaves “%s” as typed', (typed) => {
    expect(asChildHacking(typed)).toBe(typed);
  });
});

describe('asPredatorReported', () => {
  it.each([
    ['how do i report a predator', 'how do i report grooming'],
    ['report a paedophile online', 'report grooming online'],
    ['reporting online predators', 'report grooming'],
    // A young person worried about a friend.
    ['i think my friend is being groomed', 'report grooming'],
    ['my best mate might be being groomed online', 'report grooming'],
    ['my friend is talking to an older man', 'report grooming'],
    // A parent asking what to do now.
    ['what do i do if my child is being groomed', 'report grooming'],
    ['my son is being groomed what should i do', 'report grooming'],
    ['my 13 year old daughter has been groomed online help', 'report grooming'],
  ])('reads reporting someone who preys on children as reporting grooming: “%s”', (typed, read) => {
    expect(asPredatorReported(typed)).toBe(read);
  });

  it.each([
    'what is a predator',
    'report harmful content',
    'my son is being groomed',
    // Worried that it may be so: its signs.
    'i am worried my child is being groomed',
    'how do i know if my child is being groomed',
  ])('leaves “%s” as typed', (typed) => {
    expect(asPredatorReported(typed)).toBe(typed);
  });
});

describe('asSexualMessagesToChild', () => {
  it.each([
    ['sending sexual messages to a child', 'sexual communication with a child'],
    ['adult sexting a 15 year old', 'sexual communication with a child'],
    ['a grown man is sending sexual texts to children', 'sexual communication with a child'],
    ['is it illegal to send sexual messages to a minor', 'sexual communication with a child'],
  ])('reads sexual messages sent to a child in the Acts’ words: “%s”', (typed, read) => {
    expect(asSexualMessagesToChild(typed)).toBe(read);
  });

  it.each([
    // A child sending them: the pages on nudes and on harmful sexual behaviour.
    'my son is sending sexual messages to a girl',
    'child sending sexual messages to younger children',
    'teenagers sexting',
    'sexting 14 year old',
  ])('leaves “%s” as typed', (typed) => {
    expect(asSexualMessagesToChild(typed)).toBe(typed);
  });
});

describe('asAdultInTouchWithReader', () => {
  it.each([
    ['an older guy keeps messaging me', 'someone keeps messaging me'],
    ['a man on snapchat keeps adding me', 'someone keeps messaging me'],
    ['a 20 year old is talking to me online', 'someone keeps messaging me online'],
    // The reader saying they are groomed, asked to meet, or given things.
    ['i think im being groomed', 'someone keeps messaging me'],
    ['an adult i met on a game wants to meet me', 'someone keeps messaging me'],
    ['someone older is being really nice to me and giving me stuff', 'someone keeps messaging me'],
  ])('reads an adult in touch with the reader in a young person’s words: “%s”', (typed, read) => {
    expect(asAdultInTouchWithReader(typed)).toBe(read);
  });

  it.each([
    'a man keeps messaging my son',
    'my friend keeps messaging me',
    'someone keeps messaging me',
    'i am worried my child is being groomed',
    'my mum keeps giving me money',
  ])('leaves “%s” as typed', (typed) => {
    expect(asAdultInTouchWithReader(typed)).toBe(typed);
  });
});
