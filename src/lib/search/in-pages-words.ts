/**
 * What a reader describes in their own words, read in the words the pages use ("a man keeps asking
 * my son for pics" → "my child is being groomed"; "13 year old having sex with 16 year old" →
 * "underage sex"), and the words that say only who or where (a child's age, their phone) taken off.
 * Each reading returns the query as typed when it finds nothing to read. Pure, so it is unit-tested.
 */
import { ageSaid, appNames, childAge, determiner, deviceWords, othersPossessives, youngSelf } from './reader-words';
import { editDistance } from './spelling';
import { namesTopic, saysWhose } from './reader-voice';
import { subjectWordsIn } from './search-query';
import {
  asAbuseImagesReported,
  asAskedForPictures,
  asChildPressuredForNudes,
  asChildViewingAbuseImages,
  asComputerMadeNudes,
  asHurtFilmed,
  asNudeImageAtSchool,
  asNudeRemoved,
  asOwnNudeShared,
  asAbuseImagesNamed,
  asIntimateImageShared,
  asPeerNudeReceived,
  paidForPictureReadings,
  asThreatToShare,
  asUnwantedImageSent,
  asViewingAbuseImages,
} from './described-pictures';
import {
  asAdultInTouchWithChild,
  asAdultInTouchWithReader,
  asChildHacking,
  asDigitalAbuseDescribed,
  asPersonPosingRisk,
  asPredatorReported,
  asRadicalisationDescribed,
  asSexualMessagesToChild,
  asUnderageSex,
  childOnChildReadings,
  groomingReadings,
} from './described-people';
import {
  appAgeReadings,
  asAppNamedAlone,
  asKeptSafeOnline,
  asAgeQuestion,
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
} from './described-needs';

/** "my 12-year-old": a parent's own child named by their age. */
const ownChildAged = new RegExp(`(?:^|\\s)(my|our)\\s+${childAge}(?=$|[^\\p{L}\\d])`, 'giu');

/**
 * The query without a child's age ("sexually active 14 year old"; "my 12-year-old has been sent
 * porn" → "my child has been sent porn"), when the rest still names a topic: the age says who the
 * question is about, and the pages say "under 16" or "13 to 15", not "14 year old".
 * @param query what the reader typed
 */
export function withoutChildAge(query: string): string {
  // "my 14 year old and sexting": the child the age stood for stays, so the query still reads, and speaks as a parent.
  const rest = query.replace(ownChildAged, ' $1 child').replace(ageSaid, ' ').replace(/\s+/g, ' ').trim();
  // "online safety for under 5s": the site's subject is the topic when nothing else is.
  return rest !== query.trim() && (namesTopic(rest) || subjectPhraseIn(rest)) ? rest : query;
}

/** Whether a query names the site's subject as a phrase ("online safety", "internet safety"). */
const subjectPhraseIn = (query: string): boolean => subjectWordsIn(query.toLowerCase().split(/\s+/)).has('safety');

/**
 * The query without a device named as a child's or someone else's ("county lines on my son's
 * phone" → "county lines on my son's"), when the rest still names a topic: the device says where
 * it was seen, and a page about the topic seldom names it. The reader's own ("checking my phone")
 * stays.
 * @param query what the reader typed
 */
export function withoutOwnDevice(query: string): string {
  const words = query.trim().split(/\s+/);
  const whose = (word: string | undefined) => {
    const owner = word?.toLowerCase() ?? '';
    return othersPossessives.has(owner) || (saysWhose(owner) && !determiner.test(owner));
  };
  const rest = words.filter((word, at) => {
    const device = word.toLowerCase().replace(/[^\p{L}\d]+$/u, '');
    return !(deviceWords.has(device) && whose(words[at - 1]));
  });
  const kept = rest.join(' ');
  return rest.length < words.length && namesTopic(kept) ? kept : query;
}

/**
 * A council named after its place ("derby city council", "derbyshire county council", "derby
 * council"): the place, then the words that make it the council. Not a council named another way
 * ("the council", "uk council for internet safety").
 */
const councilOfPlace =
  /(?<=^|\s)(?!(?:the|my|our|your|a|local|uk|national|parish|town)\s)(\p{L}{3,}(?:\s+city)?)\s+(?:(?:county|borough|district)\s+)?council(?!\s+(?:for|of|on)(?:\s|$))(?=$|[^\p{L}\d])/iu;

/**
 * The query with a council said as its place ("derby city council lado" → "derby city lado"), when
 * the rest names a topic: the pages name the place, and "council" alone is in none of them but the
 * UK Council for Internet Safety. A council's name alone stays, as a contact is named so.
 * @param query what the reader typed
 */
export function withoutCouncil(query: string): string {
  const council = councilOfPlace.exec(query);
  if (!council) return query;
  const rest = query.replace(council[0], ' ').replace(/\s+/g, ' ').trim();
  return namesTopic(rest) ? query.replace(council[0], council[1]!).trim() : query;
}

/**
 * The query with a young person's own age said as who they are ("im 14 and need help" → "i am a
 * teenager and need help"), so it is read as "I am a teenager" is: who asks, not what about.
 * @param query what the reader typed
 */
export const asYoungSelf = (query: string): string =>
  query.replace(youngSelf, (said: string, age: string | undefined) => (age === undefined ? said : ' i am a teenager')).trim();

/** The longer app names, which a typing mistake of one letter cannot turn into another word readers use. */
const longAppNames = [...appNames].filter((name) => name.length >= 6);

/** App names typed apart, as some write them: "tik tok", "you tube", "snap chat", "whats app". */
const appNameApart = new RegExp(
  `(?<![\\p{L}\\d])(?:${longAppNames
    .flatMap((name) => Array.from({ length: name.length - 5 }, (_, at) => `${name.slice(0, at + 3)}[\\s-]+${name.slice(at + 3)}`))
    .join('|')})(?![\\p{L}\\d])`,
  'giu',
);

/** Words one letter from an app's name that readers mean as themselves: "discard", "nintendo switch". */
const knownWords = new Set(['discard', 'redid', 'switch', 'cereal', 'twister']);

/**
 * The query with the apps readers name spelled as the readings know them: typed apart ("tik tok",
 * "you tube") or with one letter wrong, missing, doubled or two swapped ("tktok", "miecraft"). No
 * page names an app, so the index cannot respell them. Only the longer names are respelled so, and
 * not the words one letter from them that mean themselves (`knownWords`).
 * @param query what the reader typed
 */
export const withAppNamesSpelled = (query: string): string =>
  query
    .replace(appNameApart, (apart: string) => apart.replace(/[\s-]+/gu, ''))
    .replace(/(?<![\p{L}\d'’])\p{L}{5,}(?![\p{L}\d'’])/gu, (word) => {
      const lower = word.toLowerCase();
      if (appNames.has(lower) || knownWords.has(lower)) return word;
      return longAppNames.find((name) => editDistance(lower, name, 1) <= 1) ?? word;
    });

/**
 * What a reader describes, read in the words the pages use, in the order they are read: before a
 * child's age is taken off, as some need it ("13 year old having sex").
 */
const descriptions = [
  asYoungSelf,
  ...appAgeReadings,
  asDigitalAbuseDescribed,
  asRadicalisationDescribed,
  asUnderageSex,
  asDisclosedToProfessional,
  ...groomingReadings,
  asAdultInTouchWithChild,
  asSexualMessagesToChild,
  asAskedForPictures,
  asChildPressuredForNudes,
  asChildViewingAbuseImages,
  ...childOnChildReadings,
  asChildHacking,
  asPersonPosingRisk,
  asPredatorReported,
  asNudeImageAtSchool,
  asPeerNudeReceived,
  asChildSecretive,
  asChildMonitored,
  // Before a device named as a child's comes off: "on his phone all night" says how much, not where.
  asTooMuchTime,
] as const;

/** Phrases read in the pages' words once the words that say only who or where are off. */
const phrasings = [
  asSectionWritten,
  asViolenceThreatened,
  asAdultInTouchWithReader,
  asUnwantedImageSent,
  asHurtFilmed,
  asThingsSaid,
  ...paidForPictureReadings,
  asThreatToShare,
  asOwnNudeShared,
  asIntimateImageShared,
  asNudeRemoved,
  asAgeQuestion,
  asViewingAbuseImages,
  asAbuseImagesReported,
  asAbuseImagesNamed,
  asImmediateDanger,
  asComputerMadeNudes,
  asMetOnline,
  asConcernReported,
  asOnlineAbuseDisclosed,
  asReferralAsked,
  asSignsAsked,
  asSpendingInGames,
  asSomeoneToTalkTo,
  asUpsettingSeen,
  asTalkToChildAbout,
  asFeelingLow,
  asUnexplainedThings,
  asChildBeingUnkind,
  asAppNamedAlone,
  asKeptSafeOnline,
] as const;

/**
 * Whether one of the readings finds something to read in the query: a mistyped word ("a man keeps
 * aking my son for pics") can hide what the reader describes until it is respelled.
 * @param query what the reader typed, or that respelled
 */
export const describesInOtherWords = (query: string): boolean =>
  [...descriptions, ...phrasings].some((reading) => reading(query) !== query);

/** A question or plea after what a query describes: "… what should i do", "… any advice", "… help". */
const trailingAsk =
  /(?:\s*[,.?!-]+)?\s+(?:what\s+(?:should|do|can|shall)\s+(?:i|we)\s+do(?:\s+now)?|what\s+now|any\s+advice|(?:please\s+)?help(?:\s+(?:me|please))?|advice\s+please)\s*[?!.]*$/iu;

/**
 * The query without a question or plea after what it describes ("my child wants tiktok what should
 * i do" → "my child wants tiktok"), when a reading reads what is left: the readings read a
 * description to its end, and the ask names nothing a page does.
 * @param query what the reader typed
 */
export function withoutTrailingAsk(query: string): string {
  const rest = query.replace(trailingAsk, '').trim();
  return rest !== '' && rest !== query.trim() && describesInOtherWords(rest) ? rest : query;
}

/**
 * The query in the words the pages use: what the reader describes read in the pages' words, without
 * a child's age or a device named as someone's (`withoutChildAge`, `withoutOwnDevice`), which say
 * who or where, not what. Each step returns the query as it was when it finds nothing to do.
 * @param query what the reader typed
 */
export const inPagesWords = (query: string): string => inPagesSteps.reduce((read, step) => step(read), query);

/** The steps of `inPagesWords`, in order. */
export const inPagesSteps = [
  withAppNamesSpelled,
  withoutTrailingAsk,
  ...descriptions,
  withoutChildAge,
  withoutOwnDevice,
  withoutCouncil,
  ...phrasings,
] as const;
