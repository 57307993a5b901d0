/**
 * The words readers use for the people a query is about (a child of their own, a child's age,
 * whose a thing is, a young person saying who they are, an adult they know), for a child's device,
 * for a picture, and for a question about the law. Shared by what the search hears of who is asking
 * (`reader-voice.ts`) and what it reads in the pages' words (`in-pages-words.ts` and the
 * `described-*.ts` readings it runs).
 */

/** Words for a child of one's own, or a child in one's family. */
export const ownChild =
  'child|children|kid|kids|son|sons|daughter|daughters|teen|teens|teenager|teenagers|boy|boys|girl|girls|baby|toddler|stepson|stepdaughter|stepchild|grandchild|grandson|granddaughter|nephew|niece';

/** Words before a thing that say whose it is: "my phone", "a teacher". */
export const determiners = 'a|an|the|my|our|his|her|their|your|this|that';
export const determiner = new RegExp(`^(?:${determiners})$`);

/** A child's age: "15 year old", "12-year-old", "14 yrs old", "two 15 year olds". */
export const childAge = '\\d+\\s*-?\\s*(?:year|yr)s?\\s*-?\\s*olds?';

/** How many children of an age: "two 15 year olds", "2 14-year-olds", "both". */
const ageCount = '(?:(?:two|three|both|2|3)\\s+)?';

/** A child's age as readers give it: "14 year old", "14yo", "aged 14", "my son is 13", "in year 9", "under 5s" (not "under 18s", the law's line). */
export const ageSaid = new RegExp(
  `(?:^|\\s)(?:${ageCount}${childAge}|under\\s*-?\\s*(?:[1-9]|1[0-2])s|\\d{1,2}\\s*(?:yo|y/o)|aged?\\s+\\d{1,2}|(?:is|are)\\s+\\d{1,2}|(?:(?:in|at)\\s+)?year\\s+\\d{1,2})(?=$|[^\\p{L}\\d])`,
  'giu',
);

/** A young person saying who they are: "I am 14", "im 13 years old", "I'm a teenager", "I am in year 9". */
export const youngSelf =
  /(?:^|\s)(?:i\s+am|i['’]?m|iam)\s+(?:only\s+|just\s+)?(?:(1[0-7]|[5-9])(?:\s*(?:years?|yrs?)(?:\s*old)?)?|an?\s+(?:teen(?:ager)?|young\s+person|kid|child|girl|boy|pupil|student|school\s*(?:girl|boy))|in\s+year\s+(?:[1-9]|1[0-3]))(?=$|[^\p{L}\d])/iu;

/** People a reader may be worried about, besides a child of their own and a job. */
export const people = new Set(
  `pupil pupils student students friend friends colleague colleagues person people someone somebody adult adults
  stranger strangers man men woman women boyfriend girlfriend partner parent parents carer carers family young own`.split(/\s+/),
);
export const childWords = new Set(ownChild.split('|'));

/** Words that say a thing is someone else's: "his phone", "her number" ("my phone" may be what the reader asks about). */
export const othersPossessives: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Children someone works with, named by how their work names them: "pupils", "students", "patients", "service users". */
export const childrenAtWork = 'pupils?|students?|learners?|patients?|clients?|service\\s+users?';

/** Adults the reader may know or name: "my husband", "her dad", "a neighbour", "a man", "someone". */
export const adults =
  'partner|husband|wife|boyfriend|girlfriend|dad|father|step ?dad|step ?father|mum|mother|brother|uncle|grand(?:dad|pa|father)|cousin|neighbou?r|friend|ex|man|adult|relative|family member|someone|somebody|he|she';

/** The reader's own child: "my son", "our 13 year old", "my teenage daughter". */
export const ownChildSaid = `(?:my|our)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,2}?(?:${ownChild}|${childAge})`;

/**
 * Things a child uses to go online: after a word that says whose ("my son's phone"), they say
 * where something happened, not what, and "phone" asks for no number.
 */
export const deviceWords = new Set(
  'phone phones telephone mobile tablet tablets ipad iphone laptop computer pc xbox playstation console device devices'.split(
    ' ',
  ),
);

/** One of `deviceWords`, as a pattern: "phone", "laptops". */
export const deviceSaid = `(?:${[...deviceWords].join('|')})`;

/** Apps and games readers name ("tiktok", "roblox"): a place something happens, or what a child wants. */
export const appNames = new Set(
  'snapchat instagram tiktok facebook whatsapp messenger discord roblox fortnite minecraft youtube twitch twitter reddit telegram kik omegle yubo bereal gta warzone fifa pubg valorant pinterest'.split(
    ' ',
  ),
);

/** One of `appNames`, as a pattern. */
export const appSaid = `(?:${[...appNames].join('|')})`;

/**
 * A question about the law ("is it illegal for a 15 year old to have sex"): the Acts answer it,
 * not a procedure or a guide.
 */
export const asksAboutLaw =
  /\b(?:illegal|legal|law|laws|crime|criminal|offen[cs]es?|prosecut\p{L}*|arrest\p{L}*|charged|consent|prison|jail\p{L}*)\b/iu;

/** Words for a picture or video: "pics", "photos", "a selfie", "images", "videos". */
export const pictureWords = '(?:pictures?|photos?|pics?|images?|selfies?|videos?)';

/** Pictures someone may ask a child for: "pics", "nudes", "naked photos", "a selfie", "some more pictures". */
export const picturesAskedFor = `(?:(?:some|more|naked|nude|sexy|rude|private|a|an|him|her|them)\\s+)*(?:${pictureWords}|nudes?)`;
