import { describe, expect, it } from 'vitest';
import {
  asAbuseImagesNamed,
  asAbuseImagesReported,
  asAskedForPictures,
  asChildPressuredForNudes,
  asChildViewingAbuseImages,
  asComputerMadeNudes,
  asHurtFilmed,
  asIntimateImageShared,
  asNudeImageAtSchool,
  asNudeRemoved,
  asOwnNudeShared,
  asPaidForPictureSent,
  asPeerNudeReceived,
  asThreatToShare,
  asUnwantedImageSent,
  asViewingAbuseImages,
} from '../../../src/lib/search/described-pictures';

describe('asThreatToShare', () => {
  it.each([
    ['he says he will post my nudes', 'he says he threatening to share my nudes'],
    ["they're going to leak my daughter's pictures", "they're threatening to share my daughter's images"],
    ['they are going to post pics of me', 'they are threatening to share images of me'],
    ['someone is threatening to share my pictures', 'someone is threatening to share my images'],
    // With a demand, "the pictures" are the reader's.
    [
      'they want 500 pounds or they will send the pictures to my family',
      'they want 500 pounds or they threatening to share images to my family',
    ],
    ['he will send the pictures unless i pay', 'he threatening to share images unless i pay'],
    // More demanded, or those sent already shared.
    ['he wants more pics or he will post the old ones', 'threatening to share my images'],
    ['he said he would send my pics to everyone', 'he said he threatening to share my images to everyone'],
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
    // "The pictures" with no demand: whose they are is not said.
    'my son will send the pictures tomorrow',
  ])('leaves a query that shares no picture, or threatens nothing, as typed: “%s”', (typed) => {
    expect(asThreatToShare(typed)).toBe(typed);
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

describe('asViewingAbuseImages', () => {
  it.each([
    ['my husband has been looking at child abuse images', 'someone viewing images of children online offending'],
    ['worried my dad is watching child porn', 'worried someone viewing images of children online offending'],
    ['My brother has indecent pictures of kids', 'someone viewing images of children online offending'],
    ['man in our family looks at child abuse videos online', 'someone viewing images of children online offending online'],
    ['my boyfriend downloads images of children', 'someone viewing images of children online offending'],
    ['my uncle collects pictures of young girls', 'someone viewing images of children online offending'],
    ['i found child porn on his phone', 'i found someone viewing images of children online offending on his phone'],
    [
      'i found indecent images on my partner’s laptop',
      'i found someone viewing images of children online offending on my partner’s laptop',
    ],
    // The device already taken off (`withoutOwnDevice`) as it said only where.
    [
      'i found indecent images of children on my partners',
      'i found someone viewing images of children online offending on my partners',
    ],
    // Looking at pictures of children, said as pictures of children.
    ['my partner is looking at pictures of children', 'someone viewing images of children online offending'],
    // The same, with the children said first.
    ['my husband looks at child images', 'someone viewing images of children online offending'],
    ['my dad downloads underage pics', 'someone viewing images of children online offending'],
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
    'my dad downloads pictures of my children',
    'my son downloads games',
    'my partner watches kids videos',
    'my husband looks at child car seat pictures',
  ])('leaves a query that says no adult the reader knows looks at them as typed: “%s”', (typed) => {
    expect(asViewingAbuseImages(typed)).toBe(typed);
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
    // A boyfriend or girlfriend wanting them, with "me" left unsaid.
    ['my boyfriend wants nudes', 'someone is asking me for nudes'],
    ['he says he loves me and wants pics', 'someone is asking me for nudes'],
    // Whoever asks, said with where the reader knows them from.
    ['a boy in my year keeps asking me for nudes', 'someone is asking me for nudes'],
    ['a girl at school is asking me for pics', 'someone is asking me for nudes'],
    ['a boy in my class keeps asking for nudes', 'someone is asking me for nudes'],
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

describe('asNudeImageAtSchool', () => {
  it.each([
    ['child sharing nudes school response', 'respond to a nude image'],
    ['should school confiscate phone with nudes', 'respond to a nude image'],
    ['teacher found indecent image on pupils phone', 'respond to a nude image'],
    ['sexting incident in school with a year 8 pupil', 'respond to a nude image'],
    // Where it went round says where, not what.
    ['nudes shared in school group chat', 'respond to a nude image'],
    ['pupil shared nudes in class group chat', 'respond to a nude image'],
    ['student sent a nude on snapchat', 'respond to a nude image'],
    // Found by someone who works with children, outside a school.
    ['youth worker found out a child is sending nudes', 'respond to a nude image'],
    ['social worker child sharing nudes', 'respond to a nude image'],
    // Pictures said to be explicit.
    ['a pupil sent explicit pictures at school', 'respond to a nude image'],
  ])('reads a nude image in a school in the words of the outcome for professionals: “%s”', (typed, read) => {
    expect(asNudeImageAtSchool(typed)).toBe(read);
  });

  it.each([
    // A parent's child's image, and a young person's own, are answered by their own pages.
    'my daughters nude was shared at school',
    'my nude is being shared at school',
    'i sent a nude to someone at school',
    // Someone asking the reader: the young person's own worry.
    'boy at school keeps asking me for nudes',
    'a lad in my class wants me to send pics',
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
    'youth worker sexting advice',
  ])('leaves “%s” as typed', (typed) => {
    expect(asNudeImageAtSchool(typed)).toBe(typed);
  });
});

describe('asAbuseImagesNamed', () => {
  it('names child sexual abuse material in the pages’ words', () => {
    expect(asAbuseImagesNamed('is it illegal to look at child porn')).toBe('is it illegal to look at child sexual abuse images');
    expect(asAbuseImagesNamed('child pornography law')).toBe('child sexual abuse images law');
  });

  it('leaves porn that is not named as of children', () => {
    expect(asAbuseImagesNamed('my son watches porn')).toBe('my son watches porn');
  });
});

describe('asIntimateImageShared', () => {
  it.each([
    ['sharing intimate images without consent', 'intimate image abuse'],
    ['is it illegal to share a nude of an adult', 'is it illegal to intimate image abuse'],
    ['posted private pictures without her consent', 'intimate image abuse'],
    ['sharing someones nudes without consent', 'intimate image abuse'],
  ])('reads intimate images shared without consent as the Act’s intimate image abuse: “%s”', (typed, read) => {
    expect(asIntimateImageShared(typed)).toBe(read);
  });

  it.each(['sharing nudes', 'is it illegal to share a nude of a 15 year old'])('leaves “%s” as typed', (typed) => {
    expect(asIntimateImageShared(typed)).toBe(typed);
  });
});

describe('asPeerNudeReceived', () => {
  it.each([
    ['my son received a nude from a girl in his class', 'my child and sexting'],
    ['my daughter got nudes off a boy at school', 'my child and sexting'],
    // Sent to the reader.
    ['i got a nude from someone in my class', 'sent nudes'],
    ['what do i do if i get sent a nude', 'what do i do if sent nudes'],
  ])('reads a nude a parent’s child received from another young person as sexting: “%s”', (typed, read) => {
    expect(asPeerNudeReceived(typed)).toBe(read);
  });

  it.each([
    // From an adult: grooming, read before this.
    'my son was sent a nude by a man',
  ])('leaves “%s” as typed', (typed) => {
    expect(asPeerNudeReceived(typed)).toBe(typed);
  });
});

describe('asOwnNudeShared', () => {
  it.each([
    ['someone posted my nude', 'help with a nude of you'],
    ['my nude is being shared at school', 'help with a nude of you at school'],
    ['my nudes got leaked', 'help with a nude of you'],
    // Where it is now.
    ['help my nude is on snapchat', 'help help with a nude of you'],
    ['my nudes are all over the internet', 'help with a nude of you'],
    ['everyone at school has seen my nude', 'help with a nude of you'],
    ['my nudes were posted on a porn site', 'help with a nude of you'],
    // Found by a parent; regretted.
    ['my mum found my nudes', 'help with a nude of you'],
    ['i feel guilty about what i sent', 'help with a nude of you'],
    ['my ex shared naked pics of me', 'help with a nude of you'],
    ['people are sharing a nude of me', 'help with a nude of you'],
    ['i sent a nude and now regret it', 'help with a nude of you'],
    ['i sent a nude and now im scared', 'help with a nude of you'],
    ['i sent a nude and now hes showing everyone', 'help with a nude of you'],
  ])('reads the reader’s own nude shared or regretted in the words of their outcome: “%s”', (typed, read) => {
    expect(asOwnNudeShared(typed)).toBe(read);
  });

  it.each([
    // A threat to share: sextortion, read by asThreatToShare.
    'he is going to share my nudes',
    // A parent's child's image: the pages for parents.
    'my daughters nude got shared',
    // A picture of the reader not said to be nude.
    'people are sharing a photo of me',
    // Sending one, not regretting it or its being shared.
    'i sent a nude',
    // Someone else's: the pages for professionals.
    'a pupil shared a nude',
    'a nude got shared around school',
  ])('leaves “%s” as typed', (typed) => {
    expect(asOwnNudeShared(typed)).toBe(typed);
  });
});

describe('asAbuseImagesReported', () => {
  it.each([
    ['found child abuse images online', 'report child abuse images'],
    ['report indecent image of child online', 'report child abuse images'],
    ['how to report an indecent image of a child', 'report child abuse images'],
    ['what to do if you find child abuse images', 'what to do if you report child abuse images'],
    ['child sexual abuse material reporting', 'report child abuse images'],
    ['report a website showing child abuse', 'report child abuse images'],
  ])('reads child abuse images reported or found online in the outcome’s words: “%s”', (typed, read) => {
    expect(asAbuseImagesReported(typed)).toBe(read);
  });

  it.each([
    // On someone's device: someone's viewing, or a child's own image.
    'i found indecent images on my sons phone',
    'i found indecent images on my sons',
    'i found indecent images on a colleagues',
    // Made by AI: the guidance on those.
    'report ai child abuse images',
    // A question about the law: the Acts.
    'is it illegal to find child abuse images',
    // Abuse reported, not images.
    'report child abuse',
  ])('leaves “%s” as typed', (typed) => {
    expect(asAbuseImagesReported(typed)).toBe(typed);
  });
});

describe('asNudeRemoved', () => {
  it.each([
    ['get nude removed from internet', 'get nude report remove from internet'],
    ['how to get a nude taken off the internet', 'how to get a nude report remove the internet'],
    ['take down a nude image under 18', 'report remove a nude image under 18'],
  ])('reads a nude image to be taken off the internet as Report Remove: “%s”', (typed, read) => {
    expect(asNudeRemoved(typed)).toBe(read);
  });

  it.each([
    // No nude image.
    'how do i get a post taken down',
    // Made by AI: the guidance on those.
    'get ai nude removed',
  ])('leaves “%s” as typed', (typed) => {
    expect(asNudeRemoved(typed)).toBe(typed);
  });
});

describe('asChildPressuredForNudes', () => {
  it.each([
    ['my daughter is being pressured for nudes', 'my child is being pressured to send nudes'],
    ['my son is being asked for nudes', 'my child is being pressured to send nudes'],
    ['my 14 year old is being pressured to send pics', 'my child is being pressured to send nudes'],
  ])('reads a parent’s child pressured for nudes in the guidance’s words: “%s”', (typed, read) => {
    expect(asChildPressuredForNudes(typed)).toBe(read);
  });

  it.each([
    // Someone said to be asking: the guide to what to do if you are worried, or grooming.
    'my son is being asked to send photos by someone he met on a game',
    // The reader's own worry, which their pages answer (`asAskedForPictures`).
    'i am being pressured to send nudes',
    // Pictures of something else.
    'my son is being asked for photos of his homework',
  ])('leaves “%s” as typed', (typed) => {
    expect(asChildPressuredForNudes(typed)).toBe(typed);
  });
});

describe('asPaidForPictureSent', () => {
  it.each([
    ['my son sent a picture to a girl and now she wants money', 'sextortion'],
    ['i sent a pic and they want £100', 'sextortion'],
    ['he sent her a nude and she is demanding 200 pounds', 'sextortion'],
  ])('reads a picture sent and money demanded as sextortion: “%s”', (typed, read) => {
    expect(asPaidForPictureSent(typed)).toBe(read);
  });

  it.each([
    ['i sent money to someone threatening me', 'online blackmail'],
    ['i sent 50 pounds to a guy threatening me', 'online blackmail'],
    ['my son paid someone who was blackmailing him', 'online blackmail'],
    // Paid, and more demanded; nudes held for money.
    ['i paid and they still want more', 'online blackmail'],
    ['someone has my nudes and wants money', 'sextortion'],
    // Nudes asked for or sent, then money or blackmail.
    ['a girl online asked my son for nudes then asked for money', 'sextortion'],
    ['i sent nudes to a girl and now shes blackmailing me', 'sextortion'],
    ['i paid the blackmailer what do i do', 'online blackmail what do i do'],
  ])('reads money paid to someone threatening as online blackmail: “%s”', (typed, read) => {
    expect(asPaidForPictureSent(typed)).toBe(read);
  });

  it.each([
    // No money demanded.
    'i sent a pic and now i regret it',
    // Money asked for something else.
    'my son sent a picture of his bike and a buyer wants it',
    // Money sent, with no threat.
    'i sent him money',
    'my son paid for robux',
  ])('leaves “%s” as typed', (typed) => {
    expect(asPaidForPictureSent(typed)).toBe(typed);
  });
});

describe('asChildViewingAbuseImages', () => {
  it.each([
    ['my son is looking at child abuse images', 'harmful sexual behaviour'],
    ['my teenager has been looking at child abuse images', 'harmful sexual behaviour'],
    ['pupil viewing indecent images', 'harmful sexual behaviour'],
  ])('reads a child looking at child abuse images as harmful sexual behaviour: “%s”', (typed, read) => {
    expect(asChildViewingAbuseImages(typed)).toBe(read);
  });

  it.each([
    // An adult: Stop It Now's words (`asViewingAbuseImages`).
    'my husband is looking at child abuse images',
    // Found, not looked at: reporting them.
    'my son found child abuse images online',
  ])('leaves “%s” as typed', (typed) => {
    expect(asChildViewingAbuseImages(typed)).toBe(typed);
  });
});

describe('asHurtFilmed', () => {
  it.each([
    ['kids at school shared a video of my son being beaten up', 'kids at school filming someone being hurt'],
    ['they filmed her getting hit', 'they filming someone being hurt'],
    ['someone posted a clip of my daughter being bullied', 'someone filming someone being hurt'],
    ['fight videos on snapchat', 'filming someone being hurt on snapchat'],
    ['video of a fight at school', 'filming someone being hurt at school'],
  ])('reads a video of someone being hurt in the bullying guidance’s words: “%s”', (typed, read) => {
    expect(asHurtFilmed(typed)).toBe(read);
  });

  it.each([
    // A video, nobody hurt in it.
    'a video of my son',
    'photos of my daughter',
    // Someone hurt, no video.
    'my son was beaten up',
    // Abuse shown: child abuse images, which other readings answer.
    'i was sent a video of a child being abused',
  ])('leaves “%s” as typed', (typed) => {
    expect(asHurtFilmed(typed)).toBe(typed);
  });
});

describe('asUnwantedImageSent', () => {
  it.each([
    ['someone sent me a dick pic', 'someone cyberflashing'],
    ['unsolicited dick pics', 'cyberflashing'],
    ['i got sent unwanted nudes', 'i got cyberflashing'],
    ['dick pics law', 'cyberflashing law'],
    ['my daughter was sent a video of a man exposing himself', 'my daughter was cyberflashing'],
  ])('reads a sexual image sent unasked as cyberflashing: “%s”', (typed, read) => {
    expect(asUnwantedImageSent(typed)).toBe(read);
  });

  it.each([
    // A nude sent, not said to be unasked for: the pages on sharing nudes.
    'my son sent a nude',
    'nudes',
  ])('leaves “%s” as typed', (typed) => {
    expect(asUnwantedImageSent(typed)).toBe(typed);
  });
});
