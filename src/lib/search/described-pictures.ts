/**
 * Pictures, as readers describe them, read in the words the pages use: a threat to share one, one
 * made by a computer, someone viewing abuse images, the reader asked for pictures, and a nude image
 * in a school. Part of what a reader describes (`in-pages-words.ts`). Pure, so it is unit-tested.
 */
import { namesNothing, plainerQuery, significantWords } from './search-query';
import {
  adults,
  appNames,
  appSaid,
  asksAboutLaw,
  childAge,
  childWords,
  determiners,
  deviceSaid,
  deviceWords,
  ownChildSaid,
  people,
  pictureWords,
  picturesAskedFor,
} from './reader-words';
import { jobSaid, speaksAsParent } from './reader-voice';

/**
 * Someone saying they will share a picture of the reader or their child ("he says he will post my
 * nudes", "they're going to leak pics of me"): a threat, which the pages call threatening to share
 * a nude image (sextortion). Whose picture it is must be said, or a demand made with it ("… or they
 * will send the pictures"): "my son wants to send nudes" is no threat.
 */
const threatToShare = new RegExp(
  `\\b(?:will|would|going to|gonna|threaten(?:s|ed|ing)? to)\\s+(?:post|share|leak|send|upload|put up)\\s+((?:my|our|his|her|their|\\w+['’]s)\\s+(?:\\w+['’]?s\\s+)?)?((?:the|those|these|them|all\\s+the)\\s+)?(nudes?|${pictureWords})\\b(\\s+of\\s+(?:me|him|her|them|us|my)\\b)?`,
  'i',
);

/**
 * A demand made with a threat ("they want 500 pounds or they will send the pictures", "… unless i
 * pay"): with it, "the pictures" are the reader's, and the threat is sextortion.
 */
const demanded = /\b(?:or|unless|pounds?|money|pay|paid|cash|bitcoin|gift\s+cards?)\b|[£$]\s?\d/iu;

/**
 * The query with a threat to share a picture in the words the pages use ("will post my pics" →
 * "threatening to share my images").
 * @param query what the reader typed
 */
export const asThreatToShare = (query: string): string =>
  query
    .replace(moreDemanded, ' threatening to share my images')
    .trim()
    .replace(
      threatToShare,
      (threat: string, whose: string | undefined, shown: string | undefined, picture: string, of: string | undefined) =>
        whose === undefined && of === undefined && (shown === undefined || !demanded.test(query))
          ? threat
          : `threatening to share ${whose ?? ''}${plainerQuery([picture.toLowerCase()]) ?? picture}${of ?? ''}`,
    );

/** More pictures demanded, with a threat to share those already sent ("he wants more pics or he will post the old ones"). */
const moreDemanded = new RegExp(
  `(?:^|\\s)(?:(?:he|she|they|someone|somebody|this\\s+\\p{L}+)\\s+)?(?:wants?|wanted|is\\s+asking\\s+for|asked\\s+for|demand(?:s|ed|ing)?)\\s+more\\s+(?:nudes|${pictureWords})\\s+or\\s+(?:else\\s+)?(?:he|she|they)(?:['’]ll|\\s+will|\\s+(?:is|are)\\s+going\\s+to|\\s+gonna)\\s+(?:post|share|leak|send|upload|put\\s+up)(?:\\s+(?:the|my|those)(?:\\s+old)?\\s+(?:ones|nudes|${pictureWords}))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Made or changed by a computer: "AI", "deepfake", "fake", "photoshopped", "AI-generated". */
const madeByComputer =
  '(?:ai|a\\.i\\.?|deep\\s?fake[sd]?|fake[sd]?|photoshopped|morphed|computer[\\s-]generated|ai[\\s-](?:generated|made|created))';
/** A sexual image, or any image: "nudes", "naked pictures", "porn", "images". */
const imageMade = `(?:(?:naked|nude|sexual|sexy|explicit|porn(?:ographic)?|indecent|rude|child\\s+(?:sexual\\s+)?abuse)\\s+)?(?:${pictureWords}|nudes?|porn)`;

/**
 * A nude or sexual image made or changed by a computer ("naked ai pictures of girls at school",
 * "deepfake images of children", "someone edited my photo into porn", "apps that remove clothes
 * from photos"): what the guidance on AI-generated child sexual abuse material calls fake nudes and
 * nudify apps.
 */
const computerMadeNudes = new RegExp(
  `(?:^|\\s)(?:(?:(?:naked|nude|sexual|sexy|explicit|rude)\\s+)?${madeByComputer}\\s+${imageMade}|(?:edit(?:ed|ing|s)?|photoshop(?:ped|ping|s)?|put(?:s|ting)?|turn(?:ed|ing|s)?|ma(?:de|king|kes?))\\s+(?:(?:my|her|his|their|a|the|our|your)\\s+)?(?:face|${pictureWords})\\s+(?:into|onto|on|in)\\s+(?:an?\\s+)?(?:porn\\p{L}*|nudes?|naked\\s+\\p{L}+|sexual\\s+\\p{L}+))(?=$|[^\\p{L}\\d])`,
  'iu',
);
const clothesRemoved = new RegExp(
  `(?:^|\\s)(?:apps?|websites?|sites?|tools?)\\s+(?:that|which|to|for)?\\s*(?:remov(?:e|es|ing)|take(?:s)?\\s+off|strip(?:s|ping)?)\\s+(?:the\\s+)?clothes(?:\\s+(?:from|off|in)\\s+${pictureWords})?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a nude image made by a computer in the words of the guidance on it ("deepfake
 * images of children" → "fake nudes of children"; "apps that remove clothes" → "nudify app").
 * @param query what the reader typed
 */
export const asComputerMadeNudes = (query: string): string =>
  query.replace(computerMadeNudes, ' fake nudes').replace(clothesRemoved, ' nudify app').trim();

/**
 * Someone the reader knows looking at child sexual abuse images ("my husband has been looking at
 * child abuse images", "my dad downloads indecent pictures of kids", "I found child porn on my
 * partner's laptop", "my boyfriend downloads images of children"): a concern about that adult's
 * online offending and their viewing images of children, as Stop It Now, the service for anyone
 * worried about someone's behaviour, names them. Who looks must be said, as an adult other than the
 * reader: "how do I report child abuse images" asks to report them, and a colleague's is an
 * allegation (`concernsRole`). Who it was is then "someone": the pages do not name a husband or a dad.
 */
const abuseImages = `(?:child (?:sexual )?abuse|indecent|illegal) (?:${pictureWords}|material|content)(?: of (?:children|kids|a child|minors))?|child porn(?:ography)?|csam`;
// "downloads images of children": pictures of children an adult collects, which only someone offending does.
// "looks at child images": the same said with the children first, but never videos ("watches kids videos" is a child's viewing).
const collected = `(?:${pictureWords}) of (?:young )?(?:children|kids|minors|(?:young|little) (?:girls|boys))|(?:child|children['’]?s?|kids['’]?|underage|minors['’]?) (?:images?|pictures?|pics?|photos?)`;
const collecting =
  'download(?:s|ed|ing)?|collect(?:s|ed|ing)?|search(?:es|ed|ing)? for|arrested for|caught with|look(?:s|ed|ing)? at|view(?:s|ed|ing)?|watch(?:es|ed|ing)?';
const viewing =
  'look(?:s|ed|ing)? at|view(?:s|ed|ing)?|watch(?:es|ed|ing)?|download(?:s|ed|ing)?|ha(?:s|d|ve|ving)|keep(?:s|ing)?|collect(?:s|ed|ing)?|search(?:es|ed|ing)? for|arrested for|caught with';
// "my ex has indecent images of my daughter": a picture of the reader or their child is theirs to report.
const notOfReader = '(?!\\s+of\\s+(?:me|my|him|her|us|them|our)\\b)';
const someoneViewingAbuseImages = new RegExp(
  `(?:^|\\s)(?:(?:${determiners})\\s+)?(?:${adults})(?:\\s+[\\p{L}'’]+){0,4}?\\s+(?:(?:${viewing})\\s+(?:${abuseImages})|(?:${collecting})\\s+${collected})\\b${notOfReader}`,
  'iu',
);
const abuseImagesOnTheirDevice = new RegExp(
  `(?<=\\bfound)\\s+(?:${abuseImages})${notOfReader}(?=\\s+on\\s+(?:his|her|my\\s+(?:${adults})['’]?s)(?:\\s+${deviceSaid})?(?:$|[^\\p{L}\\d]))`,
  'iu',
);

/**
 * The query with someone's looking at child abuse images in the words the pages use ("my husband
 * looks at child porn" → "someone viewing images of children online offending").
 * @param query what the reader typed
 */
export const asViewingAbuseImages = (query: string): string =>
  query
    .replace(someoneViewingAbuseImages, ' someone viewing images of children online offending')
    .replace(abuseImagesOnTheirDevice, ' someone viewing images of children online offending')
    .trim();

/**
 * Someone asking the reader for pictures, or the reader pressured to send them ("my boyfriend wants
 * me to send pics", "someone is pressuring me to send nudes", "i feel pressured to send pics"):
 * the young person's own worry, which the guide's outcome "Someone online is asking you for nudes"
 * answers, whoever asks ("a boy in my year"). Pictures of something else ("… pictures of my homework") are not these.
 */
const askedForPictures = new RegExp(
  `(?:^|\\s)(?:(?:my\\s+(?:boyfriend|girlfriend|bf|gf|ex|partner|crush)|(?:he|she)\\s+says\\s+(?:he|she)\\s+loves\\s+me\\s+and)\\s+(?:(?:is|keeps?|has\\s+been)\\s+)?(?:wants|asking\\s+for|asks\\s+for|begging\\s+for|keeps\\s+asking\\s+for)(?=\\s+${picturesAskedFor}(?:$|[^\\p{L}\\d]))|(?:(?:someone|somebody|people|(?:an?|the|this|some)\\s+\\p{L}+|my\\s+(?:boyfriend|girlfriend|bf|gf|ex|partner|friend)|he|she|they)(?:\\s+(?:in|at|from)\\s+(?:my\\s+|our\\s+)?(?:year|class|school|form|college|group))?\\s+)?(?:(?:is|are|was|were|keeps?|kept|has\\s+been|have\\s+been)\\s+)?(?:ask(?:s|ed|ing)?|beg(?:s|ged|ging)?|wants?|wanted|pressur(?:e|es|ed|ing)|pressuris(?:e|es|ed|ing)|forc(?:e|es|ed|ing)|mak(?:e|es|ing)|made|push(?:es|ed|ing)?)\\s+me\\s+(?:for|to\\s+(?:send|share)|into\\s+(?:sending|sharing))|(?:i|im|i'm|i\\s+am|ive|i've|i\\s+have|i\\s+was)\\s+(?:(?:feel(?:ing)?|felt|been|being|getting|got)\\s+)?(?:pressur(?:ed|ised)|asked|forced|made|pushed|begged)\\s+(?:to|into)\\s+(?:send(?:ing)?|shar(?:e|ing)))\\s+${picturesAskedFor}(?:\\s+of\\s+(?:me|myself|(?:my|your)\\s+body))?(?!\\s+of\\s)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with the reader asked for pictures in the words of the guide's outcome for it ("i feel
 * pressured to send pics" → "someone is asking me for nudes").
 * @param query what the reader typed
 */
export const asAskedForPictures = (query: string): string =>
  query
    .replace(askedForPictures, ' someone is asking me for nudes')
    .replace(askedAtSchool, ' someone is asking me for nudes')
    .trim();

/** Someone at the reader's school asking for pictures, with "me" left out ("a boy in my class keeps asking for nudes"). */
const askedAtSchool = new RegExp(
  `(?:^|\\s)(?:an?|the|this|some)\\s+\\p{L}+\\s+(?:in|at|from)\\s+(?:my|our)\\s+(?:year|class|school|form|college)\\s+(?:(?:is|keeps?|has\\s+been)\\s+)?(?:ask(?:s|ed|ing)?|beg(?:s|ged|ging)?|pressur\\p{L}*)\\s+(?:me\\s+)?for\\s+${picturesAskedFor}(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** The reader's own nude: "my nudes", "a nude of me", "naked pics of me", "my semi-nude". */
const ownNude = `(?:my\\s+(?:own\\s+)?(?:semi[\\s-]?nudes?|nudes?(?:\\s+${pictureWords})?|naked\\s+${pictureWords})(?:\\s+of\\s+me)?|(?:a\\s+|some\\s+)?(?:(?:nudes?|naked\\s+${pictureWords})\\s+of\\s+me|${pictureWords}\\s+of\\s+me\\s+naked))`;
const spread =
  'shared|sharing|posted|posting|leaked|leaking|spread|spreading|sent\\s+(?:round|around)|going\\s+(?:round|around)|put\\s+(?:online|up)|uploaded';

/**
 * The reader's own nude shared, or sent and regretted ("someone posted my nude", "my nude is being
 * shared at school", "my nude is on snapchat", "i sent a nude and now regret it", "… and now im scared", "… and now hes showing everyone"): what the young people's outcome "Help with
 * a nude or semi-nude of you" answers. A threat to share one is sextortion (`asThreatToShare`), and
 * a picture of the reader that is not said to be nude ("a photo of me") stays as typed.
 */
const ownNudeShared = new RegExp(
  `(?:^|\\s)(?:(?:my\\s+(?:mum|mom|dad|parents?|teacher|family))\\s+(?:found|saw|has\\s+seen|have\\s+seen|found\\s+out\\s+about)\\s+${ownNude}|(?:i\\s+)?(?:feel\\s+)?(?:so\\s+|really\\s+)?(?:guilty|ashamed|embarrassed|stupid)\\s+(?:about|for)\\s+(?:what\\s+i\\s+sent|sending\\s+(?:a\\s+|my\\s+|some\\s+)?(?:nudes?|pics|pictures|photos))|(?:everyone|everybody|people|loads\\s+of\\s+people|the\\s+whole\\s+(?:school|class|year))(?:\\s+(?:at|in)\\s+(?:school|my\\s+(?:class|year|school)))?\\s+(?:has|have|had)\\s+(?:now\\s+|already\\s+)?seen\\s+${ownNude}|${ownNude}\\s+(?:is|are|has\\s+been|have\\s+been|got|ended\\s+up)\\s+(?:now\\s+)?(?:on|all\\s+over|online)(?:\\s+(?:${appSaid}|the\\s+internet|social\\s+media|(?:an?\\s+)?(?:porn\\s+)?(?:websites?|sites?)))?|(?:someone|somebody|people|they|he|she|(?:my|a|an)\\s+\\p{L}+)\\s+(?:(?:has|have|had|is|are|was|were|keeps?)\\s+)?(?:${spread})\\s+${ownNude}|${ownNude}\\s+(?:(?:has|have|had|is|are|was|were|got|get|gets|getting)\\s+)?(?:been\\s+|being\\s+)?(?:${spread})(?:\\s+(?:on|to)\\s+(?:an?\\s+)?porn\\s+(?:websites?|sites?))?|i\\s+(?:sent|shared)\\s+(?:a|my|some)\\s+(?:nudes?|naked\\s+${pictureWords})(?:\\s+\\p{L}+){0,3}?\\s+(?:regret(?:\\s+it)?|wish\\s+i\\s+hadn['’]?t|shouldn['’]?t\\s+have|(?:i['’]?m|im|i\\s+am|i\\s+feel)\\s+(?:so\\s+|really\\s+)?(?:scared|worried|panicking|frightened|anxious)|(?:he|she|they|hes|shes|theyre)(?:['’]s|\\s+is|\\s+has|['’]re|\\s+are|\\s+have)?\\s+(?:(?:been|is|are)\\s+)?(?:${spread}|show(?:ing|ed|n|s)?)\\s+(?:it\\s+(?:to\\s+)?)?(?:everyone|people|(?:his|her|their)\\s+(?:mates|friends)|the\\s+(?:whole\\s+)?(?:school|class|year))))(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * Child sexual abuse material named as readers often name it ("child porn"), which the pages never
 * call it: their words, "child sexual abuse images" (the glossary's CSAM), so a question about it
 * ("is it illegal to look at child porn") finds the pages and the law on it.
 */
const childPornNamed = /(?:^|\s)(?:child(?:ren)?['’]?s?|kiddie|kiddy|underage)\s+porn(?:ography|o)?(?=$|[^\p{L}\d])/giu;

/**
 * The query with child sexual abuse material in the pages' words ("child porn" → "child sexual
 * abuse images"), once the readings of someone viewing or reporting it have read it.
 * @param query what the reader typed
 */
export const asAbuseImagesNamed = (query: string): string => query.replace(childPornNamed, ' child sexual abuse images').trim();

/**
 * Intimate images shared without consent, or an adult's nude shared ("sharing intimate images
 * without consent", "is it illegal to share a nude of an adult"): what the Online Safety Act made
 * an offence, intimate image abuse. A child's nude is the pages on sharing nudes.
 */
const intimateImageShared = new RegExp(
  `(?:^|\\s)(?:(?:shar(?:e|es|ed|ing)|post(?:s|ed|ing)?|send(?:s|ing)?|sent|leak(?:s|ed|ing)?)\\s+)?(?:(?:an?|some|the|someone['’]?s|somebody['’]?s|his|her|their|my\\s+ex['’]?s)\\s+)?(?:(?:intimate|private|nude|naked|sexual|explicit)\\s+(?:${pictureWords})|nudes?)(?:\\s+of\\s+(?:someone|somebody|a\\s+person|people|an?\\s+(?:adult|woman|man)|adults|my\\s+ex))?\\s+without\\s+(?:their|her|his|my|your)?\\s*consent|(?:^|\\s)(?:shar(?:e|es|ed|ing)|post(?:s|ed|ing)?|send(?:s|ing)?|sent|leak(?:s|ed|ing)?)\\s+(?:an?\\s+|the\\s+)?(?:nudes?|naked\\s+${pictureWords})\\s+of\\s+(?:an?\\s+adult|adults|someone\\s+over\\s+18|a\\s+grown\\s+(?:up|woman|man))(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with intimate images shared without consent in the Act's words ("sharing intimate
 * images without consent" → "intimate image abuse").
 * @param query what the reader typed
 */
export const asIntimateImageShared = (query: string): string =>
  query.replace(intimateImageShared, ' intimate image abuse').trim();

/**
 * A parent's child sent a nude by another young person ("my son received a nude from a girl in his
 * class"): the sharing nudes guidance, which covers receiving them. Sent by an adult, it is grooming
 * (`asGroomingDescribed`, read before this).
 */
const peerNudeReceived = new RegExp(
  `(?:^|\\s)${ownChildSaid}\\s+(?:has\\s+|have\\s+|was\\s+|keeps\\s+)?(?:received|receiving|got|gets|getting|been\\s+sent|sent)\\s+(?:a\\s+|some\\s+)?(?:nudes?|(?:naked|nude)\\s+${pictureWords})\\s+(?:from|off|by)\\s+(?:a|an|another|his|her|their|some|one\\s+of\\s+(?:his|her|their))\\s+(?:girl|boy|friend|classmate|girlfriend|boyfriend|pupil|student|kid|child|mate|peer)s?(?:\\s+(?:in|at|from)\\s+(?:(?:his|her|their|the)\\s+)?(?:class|school|year))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a nude a parent's child received from another young person in the guidance's
 * words ("my son received a nude from a girl in his class" → "my child and sexting").
 * @param query what the reader typed
 */
export const asPeerNudeReceived = (query: string): string =>
  query.replace(peerNudeReceived, ' my child and sexting').replace(nudeReceivedByReader, ' sent nudes').trim();

/** The reader sent a nude ("i got a nude from someone in my class", "what do i do if i get sent a nude"): the sharing nudes guidance. */
const nudeReceivedByReader = new RegExp(
  `(?:^|\\s)i\\s+(?:have\\s+|just\\s+)?(?:got|get|received|receive|was\\s+sent|get\\s+sent|got\\s+sent|have\\s+been\\s+sent)\\s+(?:a\\s+|some\\s+)?(?:nudes?|(?:naked|nude)\\s+${pictureWords})(?:\\s+(?:from|off|by)\\s+(?:someone|somebody|a\\s+\\p{L}+|my\\s+\\p{L}+)(?:\\s+(?:in|at|from)\\s+(?:my\\s+)?(?:class|school|year))?)?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with the reader's own nude shared or regretted in the words of the young people's
 * outcome ("someone posted my nude" → "help with a nude of you").
 * @param query what the reader typed
 */
export const asOwnNudeShared = (query: string): string => query.replace(ownNudeShared, ' help with a nude of you').trim();

/** A nude or sexual image: "nudes", "a semi-nude", "naked photos", "indecent image", "sexting". */
const nudeImage = `(?:semi[\\s-]?nudes?|nudes?(?:\\s+${pictureWords})?|(?:naked|indecent|explicit|sexual)\\s+${pictureWords}|sexts?|sexting)`;
const nudeImageSaid = new RegExp(`(?:^|\\s)${nudeImage}(?=$|[^\\p{L}\\d])`, 'iu');
const everyNudeImageSaid = new RegExp(nudeImageSaid, 'giu');

/**
 * A school, or who and what is in one, in a school's own words: "school", "pupil's", "staff",
 * "confiscate", "the DSL". A child's school year ("a boy in year 9") is how a parent says it too.
 */
const schoolSaid = new RegExp(
  `(?:^|\\s)(?:schools?|pupils?|pupil['’]s|students?|classrooms?|confiscat\\p{L}*|staff|dsl|teachers?)(?=$|[^\\p{L}\\d])`,
  'iu',
);
const everySchoolSaid = new RegExp(schoolSaid, 'giu');
const everyJobSaid = new RegExp(jobSaid, 'giu');

/**
 * An image made or changed by a computer ("ai nudes of students", "deepfake", "edited"), which the
 * guidance on AI-made images answers.
 */
const madeByAi = new RegExp(
  `(?:^|\\s)(?:${madeByComputer}|generated|edited|nudify\\p{L}*|undress\\p{L}*)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * What a school does or asks about an image, or who it is of: these say a school is responding to
 * one, not what the pages are about.
 */
const respondingWords = new Set(
  'respond responds responding response responses confiscation incident incidents sharing shared share shares sent send sending found find out confiscate confiscated confiscating around tell told should do does we us our'.split(
    ' ',
  ),
);

/** Where in school or online an image went round ("in the class group chat", "on snapchat"): where, not what. */
const sharedInWords = new Set(['class', 'group', 'groupchat', 'chat', 'chats', 'gc', ...appNames]);

/** A young person's own image ("my nude", "i sent a nude", "… of me", "… asking me for nudes"), which their pages answer. */
const ownImageSaid =
  /(?:^|\s)(?:my\s+(?:own\s+)?(?:semi[\s-]?)?nudes?|i\s+(?:sent|shared|took)|of\s+me|(?:ask(?:s|ed|ing)?|want(?:s|ed|ing)?|pressur(?:e|es|ed|ing)|beg(?:s|ged|ging)?|mak(?:e|es|ing)|made|forc(?:e|es|ed|ing)|tell(?:s|ing)?|told)\s+me\s+(?:for|to))(?=$|[^\p{L}\d])/iu;

/**
 * The query with a nude image in a school, or found by someone who works with children, in the
 * words of the guide's outcome for professionals, "respond to a nude image" ("child sharing nudes
 * school response", "should school confiscate phone with nudes", "youth worker found out a child is
 * sending nudes"): the response is what is asked. A parent's child's image, a young person's
 * own, one made by AI, or a question about the law stays as typed; other words that name something
 * stay, but for a school year ("year 8") and where it went round ("the class group chat", "snapchat").
 * @param query what the reader typed
 */
export function asNudeImageAtSchool(query: string): string {
  if (!nudeImageSaid.test(query) || !(schoolSaid.test(query) || jobSaid.test(query))) return query;
  if (speaksAsParent(query) || ownImageSaid.test(query) || asksAboutLaw.test(query) || madeByAi.test(query)) return query;
  // "sexting in schools" names a topic, for the pages on it (the UKCIS advice for schools), and asks no response.
  const words = query.toLowerCase().split(/[^\p{L}\d'’]+/u);
  if (!words.some((word) => respondingWords.has(word) || childWords.has(word) || people.has(word))) return query;
  const rest = query
    .replace(everyNudeImageSaid, ' ')
    .replace(everySchoolSaid, ' ')
    .replace(everyJobSaid, ' ')
    .replace(/(?:^|\s)(?:year|yr)\s*\d{1,2}(?=$|[^\p{L}\d])/giu, ' ');
  const kept = significantWords(rest).filter(
    (word) =>
      !people.has(word) &&
      !childWords.has(word) &&
      !namesNothing(word) &&
      !deviceWords.has(word) &&
      !respondingWords.has(word) &&
      !sharedInWords.has(word),
  );
  return ['respond to a nude image', ...kept].join(' ');
}

/** Child abuse images as a reader finding them names them, with a website that shows them. */
const abuseImagesFound = `(?:indecent\\s+${pictureWords}\\s+of\\s+(?:a\\s+)?(?:child(?:ren)?|kids?|minors?)|${abuseImages}|child\\s+sexual\\s+abuse\\s+material|(?:websites?|sites?|pages?|videos?)\\s+(?:showing|with|of)\\s+child\\s+(?:sexual\\s+)?abuse)`;

/**
 * Reporting child abuse images, or finding them online ("report indecent image of child online",
 * "found child abuse images online", "child sexual abuse material reporting", "report a website
 * showing child abuse"): what the outcome "Report child sexual abuse images" and the Internet Watch
 * Foundation's page are for. Images on someone's device are someone's viewing (`asViewingAbuseImages`)
 * or a child's own image, and images made by AI have their own guidance: these stay as typed.
 */
const abuseImagesReported = new RegExp(
  `(?:^|\\s)(?:(?:how\\s+(?:do\\s+i\\s+|to\\s+|can\\s+i\\s+)|where\\s+(?:do\\s+i\\s+|to\\s+|can\\s+i\\s+))?(?:report(?:ing)?|found|find(?:ing)?|c[ao]me\\s+across|stumbled\\s+(?:on|across)|saw|seen)\\s+(?:(?:an?|some|the|suspected|possible)\\s+)?(?:${abuseImagesFound})(?:\\s+online)?|(?:${abuseImagesFound})\\s+(?:reporting|report|found\\s+online))(?=$|[^\\p{L}\\d])`,
  'iu',
);
// "on my son's phone", or "on my sons" and "on a colleagues" once the device is taken off (`withoutOwnDevice`).
const onSomeonesDevice = new RegExp(
  `\\bon\\s+(?:(?:my|his|her|their)\\s+[\\p{L}'’]+|(?:a|the)\\s+\\p{L}+(?:['’]s|s)(?=$|[^\\p{L}\\d])|(?:a|the)\\s+(?:[\\p{L}'’]+\\s+)?${deviceSaid})(?:$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with child abuse images reported or found online in the outcome's words ("found child
 * abuse images online" → "report child abuse images").
 * @param query what the reader typed
 */
export const asAbuseImagesReported = (query: string): string =>
  onSomeonesDevice.test(query) || madeByAi.test(query) || asksAboutLaw.test(query)
    ? query
    : query.replace(abuseImagesReported, ' report child abuse images').trim();

/** Taking something off the internet: "removed", "take down", "taken off", "delete", "get rid of". */
const removalSaid =
  /(?:^|\s)(?:remov(?:e|es|ed|ing|al)|tak(?:e|es|en|ing)\s+(?:it\s+)?(?:down|off)|delet(?:e|es|ed|ing)|get\s+rid\s+of)(?=$|[^\p{L}\d])/iu;

/**
 * A nude image to be taken off the internet ("get nude removed from internet", "how to get a nude
 * taken off the internet", "take down a nude image under 18"): what Report Remove does for anyone
 * under 18, and what its name says. One made by AI has its own guidance, and stays as typed.
 * @param query what the reader typed
 */
export const asNudeRemoved = (query: string): string =>
  nudeImageSaid.test(query) && !madeByAi.test(query) ? query.replace(removalSaid, ' report remove').trim() : query;

/**
 * A parent's child pressured or asked for nudes, by someone not named ("my daughter is being
 * pressured for nudes", "my son is being asked for nudes"): the sharing nudes guidance, which says
 * young people are sometimes pressured, tricked or threatened into sharing, answers it. Someone said
 * to be asking ("… by someone he met on a game") is what the guide to what to do if you are worried
 * answers, or grooming (`asGroomingDescribed`).
 */
const childPressuredForNudes = new RegExp(
  `(?:^|\\s)${ownChildSaid}\\s+(?:is|was|has\\s+been|keeps)\\s+(?:being\\s+|getting\\s+)?(?:pressur(?:ed|ised)|asked|forced|pushed|begged|made)\\s+(?:for|to\\s+(?:send|share)|into\\s+(?:sending|sharing))\\s+${picturesAskedFor}(?:\\s+of\\s+(?:him|her|them)sel(?:f|ves))?(?!\\s+(?:by|from|of)\\s)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a parent's child pressured for nudes in the guidance's words ("my daughter is being
 * pressured for nudes" → "my child is being pressured to send nudes").
 * @param query what the reader typed
 */
export const asChildPressuredForNudes = (query: string): string =>
  query.replace(childPressuredForNudes, ' my child is being pressured to send nudes').trim();

/**
 * A picture sent and money then demanded for it ("my son sent a picture to a girl and now she wants
 * money", "i sent a pic and they want £100"): sextortion, as the guidance names it.
 */
const paidForPictureSent = new RegExp(
  `(?:^|\\s)(?:i|he|she|they|we|(?:my|our)\\s+\\p{L}+)\\s+(?:sent|shared)\\s+(?:(?:a|an|some|the|him|her|them)\\s+)*(?:nudes?|naked\\s+${pictureWords}|${pictureWords})(?:\\s+[\\p{L}\\d'’]+){0,6}?\\s+(?:wants?|wanted|asking\\s+for|asked\\s+for|demand(?:s|ed|ing)?|is\\s+demanding|threaten\\p{L}*)\\s+(?:(?:me|him|her|us|them)\\s+(?:to\\s+pay\\s+)?)?(?:money|cash|payment|pay|[£$]\\s?\\d+|\\d+\\s*(?:pounds|quid))(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a picture sent and money demanded in the guidance's word ("my son sent a picture
 * to a girl and now she wants money" → "sextortion").
 * @param query what the reader typed
 */
export const asPaidForPictureSent = (query: string): string =>
  paidForPictureReadings.reduce((read, reading) => reading(read), query);

/**
 * The readings of `asPaidForPictureSent`, in order, a few patterns each: each compiles in a task of
 * its own before the first search (`compileQueryPatterns`), so that none holds the page for long.
 */
export const paidForPictureReadings = [
  (query: string): string =>
    query.replace(paidForPictureSent, ' sextortion').replace(paidBlackmailer, ' online blackmail').trim(),
  (query: string): string =>
    query.replace(nudesHeldForMoney, ' sextortion').replace(paidAndMoreWanted, ' online blackmail').trim(),
  (query: string): string => query.replace(nudesThenMoney, ' sextortion').trim(),
] as const;

/**
 * Nudes asked for or sent, then money or blackmail ("a girl online asked my son for nudes then asked
 * for money", "i sent nudes to a girl and now shes blackmailing me"): sextortion.
 */
const nudesThenMoney = new RegExp(
  `(?:^|\\s)(?:(?:someone|somebody|(?:an?|the|this)\\s+\\p{L}+(?:\\s+online)?|he|she|they)\\s+(?:asked|wanted|got)\\s+(?:me|him|her|them|(?:my|our)\\s+\\p{L}+)\\s+(?:for|to\\s+send)\\s+${picturesAskedFor}|(?:i|he|she|they|we|(?:my|our)\\s+\\p{L}+)\\s+(?:sent|shared)\\s+(?:(?:a|an|some|the|my|his|her)\\s+)?(?:nudes?|naked\\s+${pictureWords}|${pictureWords})(?:\\s+to\\s+(?:(?:a|an|the|this|some)\\s+)?\\p{L}+)?)\\s+(?:and\\s+)?(?:then|now)\\s+(?:(?:s?he|they)(?:['’]s|['’]re|\\s+is|\\s+are|\\s+has|\\s+have)?\\s+|shes\\s+|hes\\s+|theyre\\s+)?(?:(?:asked|asking|wants?|wanted|demand(?:s|ed|ing)?)\\s+(?:for\\s+)?(?:money|cash|payment|[£$]\\s?\\d+|\\d+\\s*(?:pounds|quid))|blackmail(?:s|ed|ing)?(?:\\s+(?:me|him|her|them|us))?|threaten(?:s|ed|ing)?(?:\\s+(?:me|him|her|them|us))?)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Someone holding the reader's nudes and wanting money ("someone has my nudes and wants money"). */
const nudesHeldForMoney = new RegExp(
  `(?:^|\\s)(?:(?:someone|somebody|he|she|they|this\\s+\\p{L}+|a\\s+\\p{L}+)\\s+)?(?:has|have|got|kept|saved)\\s+(?:my|our|his|her|their)\\s+(?:nudes?|naked\\s+${pictureWords}|${pictureWords})\\s+and\\s+(?:(?:is|are)\\s+)?(?:wants?|asking\\s+for|asks\\s+for|demand(?:s|ing)?)\\s+(?:money|cash|payment|[£$]\\s?\\d+|\\d+\\s*(?:pounds|quid))(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Paid, and more demanded ("i paid and they still want more"): the blackmail goes on, as the guidance warns. */
const paidAndMoreWanted =
  /(?:^|\s)(?:i|we|he|she|my\s+\p{L}+)\s+(?:already\s+)?(?:paid|sent\s+(?:the\s+|them\s+|him\s+|her\s+)?money)(?:\s+(?:them|him|her))?\s+(?:and|but)\s+(?:now\s+)?(?:they|he|she)(?:['’]re|\s+(?:is|are))?\s+(?:still\s+)?(?:want(?:s|ing)?|ask(?:s|ing)?\s+for|demand(?:s|ing)?)\s+more(?=$|[^\p{L}\d])/iu;

/**
 * Money paid to someone threatening the reader or their child ("i sent money to someone
 * threatening me", "my son paid a blackmailer"): online blackmail, as the sextortion guidance calls it.
 */
const paidBlackmailer = new RegExp(
  `(?:^|\\s)(?:i|he|she|they|we|(?:my|our)\\s+\\p{L}+)\\s+(?:(?:has|have|had)\\s+)?(?:sent|paid|gave|transferred)\\s+(?:(?:some|the)\\s+)?(?:money|cash|[£$]\\s?\\d+|\\d+\\s*(?:pounds|quid))?\\s*(?:to\\s+)?(?:(?:someone|somebody|a\\s+person|a\\s+guy|a\\s+man|a\\s+girl|them|him|her)\\s+(?:who\\s+(?:is|was|has\\s+been)\\s+|that\\s+(?:is|was)\\s+)?(?:threaten\\p{L}*|blackmail\\p{L}*)|an?\\s+blackmailer|the\\s+blackmailer)(?:\\s+(?:me|him|her|them|us))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * A child looking at child abuse images ("my son is looking at child abuse images", "pupil viewing
 * indecent images"): harmful sexual behaviour, for the procedure for children who present a risk
 * of harm to others and Shore, for young people worried about their own behaviour.
 */
const childViewingAbuseImages = new RegExp(
  `(?:^|\\s)(?:(?:my|our|a|the)\\s+)?(?:son|daughter|teen(?:ager)?|child|kid|boy|girl|pupil|student|young\\s+person|${childAge})(?:\\s+[\\p{L}'’]+){0,3}?\\s+(?:${viewing}|${collecting})\\s+(?:${abuseImages})(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a child looking at child abuse images in the procedure's words ("my son is looking
 * at child abuse images" → "harmful sexual behaviour").
 * @param query what the reader typed
 */
export const asChildViewingAbuseImages = (query: string): string =>
  query.replace(childViewingAbuseImages, ' harmful sexual behaviour').trim();

/** Someone hurt, as a video shows it: "beaten up", "being hit", "getting jumped", "in a fight". */
const hurtShown =
  '(?:(?:being|getting|get|gets|got)\\s+)?(?:beaten(?:\\s+up)?|beat\\s+up|battered|hit|punched|kicked|slapped|attacked|assaulted|hurt|jumped|bullied|humiliated|fighting|fights?|in\\s+a\\s+fight)';

/**
 * A video of someone being hurt, filmed or shared ("kids shared a video of my son being beaten up",
 * "they filmed her getting hit", "fight videos"): what the guidance on bullying online calls
 * filming someone being hurt. Sharing it goes with it, so "shared" does not read as a nude shared.
 */
const hurtFilmed = new RegExp(
  `(?:^|\\s)(?:(?:shared|sharing|posted|posting|put|uploaded|sent|spread|spreading|circulat\\p{L}*)\\s+(?:up\\s+|round\\s+|around\\s+)?)?(?:(?:a|an|the|some)\\s+)?(?:(?:${pictureWords}|clips?|footage|recordings?)\\s+of|film(?:ed|ing)|record(?:ed|ing))\\s+(?:[\\p{L}\\d'’]+\\s+){1,3}?${hurtShown}(?=$|[^\\p{L}\\d])|(?:^|\\s)(?:fight|fighting)\\s+(?:${pictureWords}|clips?|footage)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a video of someone being hurt in the bullying guidance's words ("kids at school
 * shared a video of my son being beaten up" → "kids at school filming someone being hurt").
 * @param query what the reader typed
 */
export const asHurtFilmed = (query: string): string => query.replace(hurtFilmed, ' filming someone being hurt').trim();

/**
 * A sexual image sent to someone who did not ask for it ("someone sent me a dick pic", "unsolicited
 * nudes", "a man airdropped me a naked photo", "a video of a man exposing himself"): what the glossary and the Online Safety Act call
 * cyberflashing. Sending it goes with it.
 */
const unwantedImageSent = new RegExp(
  `(?:^|\\s)(?:(?:sent|send|sends|sending|showed|show(?:s|ing)?|airdropped|airdrop(?:s|ping)?|got|received|receiving|getting)\\s+(?:(?:me|him|her|them|us|(?:my|our)\\s+\\p{L}+)\\s+)?(?:(?:an?|some)\\s+)?)?(?:(?:(?:unsolicited|unwanted|unasked\\s+for)\\s+)?(?:dick|cock|penis|willy|genital)\\s*-?\\s*(?:pics?|pictures?|photos?|images?)|(?:unsolicited|unwanted)\\s+(?:nudes?|naked\\s+${pictureWords}|nude\\s+${pictureWords}|sexual\\s+${pictureWords})|(?:an?\\s+)?(?:videos?|${pictureWords})\\s+of\\s+(?:an?\\s+(?:man|woman|guy|stranger|adult)|someone|somebody|him|himself|them|themselves)\\s+(?:exposing|flashing|showing|touching)\\s+(?:him|her|them)sel(?:f|ves))(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a sexual image sent unasked in the law's word ("someone sent me a dick pic" →
 * "someone cyberflashing").
 * @param query what the reader typed
 */
export const asUnwantedImageSent = (query: string): string => query.replace(unwantedImageSent, ' cyberflashing').trim();
