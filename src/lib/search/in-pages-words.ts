/**
 * What a reader describes in their own words, read in the words the pages use ("a man keeps asking
 * my son for pics" → "my child is being groomed"; "13 year old having sex with 16 year old" →
 * "underage sex"), and the words that say only who or where (a child's age, their phone) taken off.
 * Each reading returns the query as typed when it finds nothing to read. Pure, so it is unit-tested.
 */
import { genericWords, namesNothing, plainerQuery, significantWords } from './search-query';
import { ageSaid, childAge, childWords, determiner, determiners, ownChild, people, youngSelf } from './reader-words';
import { namesTopic, saysWhose, speaksAsParent } from './reader-voice';

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
  return rest !== query.trim() && namesTopic(rest) ? rest : query;
}

/**
 * Things a child uses to go online: after a word that says whose ("my son's phone"), they say
 * where something happened, not what, and "phone" asks for no number.
 */
export const deviceWords = new Set(
  'phone phones telephone mobile tablet tablets ipad iphone laptop computer pc xbox playstation console device devices'.split(
    ' ',
  ),
);

/**
 * Someone saying they will share a picture of the reader or their child ("he says he will post my
 * nudes", "they're going to leak pics of me"): a threat, which the pages call threatening to share
 * a nude image (sextortion). Whose picture it is must be said: "my son wants to send nudes" is no threat.
 */
const threatToShare =
  /\b(?:will|going to|gonna|threaten(?:s|ed|ing)? to)\s+(?:post|share|leak|send|upload|put up)\s+((?:my|our|his|her|their|\w+['’]s)\s+(?:\w+['’]?s\s+)?)?(nudes?|pics?|pictures?|photos?|images?|videos?)\b(\s+of\s+(?:me|him|her|them|us|my)\b)?/i;

/**
 * The query with a threat to share a picture in the words the pages use ("will post my pics" →
 * "threatening to share my images").
 * @param query what the reader typed
 */
export const asThreatToShare = (query: string): string =>
  query.replace(threatToShare, (threat: string, whose: string | undefined, picture: string, of: string | undefined) =>
    whose === undefined && of === undefined
      ? threat
      : `threatening to share ${whose ?? ''}${plainerQuery([picture.toLowerCase()]) ?? picture}${of ?? ''}`,
  );

/** Words for a picture or video: "pics", "photos", "a selfie", "images", "videos". */
const pictureWords = '(?:pictures?|photos?|pics?|images?|selfies?|videos?)';

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
  `(?:^|\\s)(?:(?:(?:naked|nude|sexual|sexy|explicit|rude)\\s+)?${madeByComputer}\\s+${imageMade}|(?:edit(?:ed|ing|s)?|photoshop(?:ped|ping|s)?|put(?:s|ting)?|turn(?:ed|ing|s)?|ma(?:de|king|kes?))\\s+(?:(?:my|her|his|their|a|the|our|your)\\s+)?(?:face|photos?|pictures?|pics|images?|selfies?)\\s+(?:into|onto|on|in)\\s+(?:an?\\s+)?(?:porn\\p{L}*|nudes?|naked\\s+\\p{L}+|sexual\\s+\\p{L}+))(?=$|[^\\p{L}\\d])`,
  'iu',
);
const clothesRemoved = new RegExp(
  `(?:^|\\s)(?:apps?|websites?|sites?|tools?)\\s+(?:that|which|to|for)?\\s*(?:remov(?:e|es|ing)|take(?:s)?\\s+off|strip(?:s|ping)?)\\s+(?:the\\s+)?clothes(?:\\s+(?:from|off|in)\\s+(?:photos?|pictures?|pics|images?))?(?=$|[^\\p{L}\\d])`,
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
 * A child who has met, in person, someone they first talked to online ("my child has met someone
 * online", "she met up with a man from snapchat"): what the guide to what to do if you are worried
 * calls meeting someone met online. The reader's own meeting ("i met someone online") is not this.
 */
const metOnline =
  /(?<!(?:^|\s)i(?:['’]?ve|\s+have|\s+just)?)(?:^|\s)(?:(?:has|had|have|just)\s+)?met\s+(?:up\s+with\s+)?(?:someone|somebody|a\s+stranger|a\s+man|a\s+woman|an?\s+adult|an?\s+older\s+\p{L}+|a\s+(?:boy|girl|person)|people|them|him|her)\s+(?:online|on\s+the\s+internet|from\s+(?:online|the\s+internet|snapchat|instagram|tiktok|facebook|discord|roblox|fortnite|a\s+game|an?\s+app))(?=$|[^\p{L}\d])/iu;

/**
 * The query with a child who has met someone from online in the guide's words ("my child has met
 * someone online" → "my child meeting someone met online").
 * @param query what the reader typed
 */
export const asMetOnline = (query: string): string => query.replace(metOnline, ' meeting someone met online').trim();

/** A child at risk, said as a concern: "a child at risk", "a child being abused", "a concern about a child". */
const childAtRisk =
  '(?:(?:a|my|our|the)\\s+)?(?:(?:safeguarding|child\\s+protection)\\s+)?(?:concerns?|worr(?:y|ies))\\s+(?:about|for|over)\\s+(?:an?|the|my|our)?\\s*(?:child|kid|young\\s+person)|(?:an?\\s+|the\\s+)?(?:child|kid|young\\s+person)\\s+(?:(?:who\\s+is|who\\s+may\\s+be|that\\s+is)\\s+)?(?:at\\s+risk|in\\s+need|being\\s+(?:abused|neglected|harmed|hurt))|(?:suspected\\s+)?(?:child\\s+)?(?:abuse|neglect)\\s+of\\s+a\\s+child';

/**
 * Reporting a child at risk, or asking who to tell ("report a concern about a child", "who do i ring
 * to report a child at risk", "who do i call about a child at risk"): what the pages send to the
 * area's children's social care. Reporting something online ("… online", "… images") is reporting
 * that content, and stays as typed.
 */
const concernReported = new RegExp(
  `(?:^|\\s)(?:(?:who|where|how)\\s+(?:do|can|should)\\s+(?:i|we|you)\\s+|how\\s+to\\s+)?(?:report(?:ing)?|ring|call|phone|contact|tell(?:\\s+someone)?|raise)\\s+(?:(?:to\\s+report|about|regarding)\\s+)?(?:${childAtRisk})(?!\\s+(?:online|on\\s+the\\s+internet|images?|pictures?|videos?|material|content))(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a child at risk reported in the words the pages use ("report a concern about a
 * child derbyshire" → "children's social care derbyshire").
 * @param query what the reader typed
 */
export const asConcernReported = (query: string): string => query.replace(concernReported, " children's social care").trim();

/**
 * A child in danger now ("my child is in danger right now", "child in immediate danger"): what the
 * pages call immediate danger, when the answer is to call 999. A child in danger with no "now"
 * ("who do I call if a child is in danger") is the guide to what to do if you are worried, whose
 * first step is the same.
 */
const dangerNow = new RegExp(
  `(?:^|\\s)(?:(?:(?:${determiners})\\s+)?(?:child(?:ren)?|kids?|son|daughter|pupil|young\\s+person|someone)\\s+)?(?:(?:is|are|may\\s+be|might\\s+be|could\\s+be)\\s+)?in\\s+(?:(?:immediate|serious|real)\\s+danger(?:\\s+(?:right\\s+)?now)?|danger\\s+(?:right\\s+)?now)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a child in danger now in the words the pages use ("my child is in danger right
 * now" → "immediate danger").
 * @param query what the reader typed
 */
export const asImmediateDanger = (query: string): string => query.replace(dangerNow, ' immediate danger').trim();

/**
 * Asking how old a child must be ("what age is snapchat for", "how old do you have to be for
 * tiktok"): the youngest age an app or game is meant for, which the pages call its minimum age.
 */
const ageQuestion =
  /\b(?:what age|how old (?:do|does|should|must) (?:you|i|they|he|she|my [\p{L}'’]+|a child|kids|children) (?:have to |need to )?be)\b/giu;

/** "age limits", "age appropriate", "age restrictions": an app's or game's minimum age. */
const ageLimitSaid = /(^|\s)age[\s-]+(?:limits?|restrictions?|requirements?|appropriate|suitable)(?=$|[^\p{L}\d])/giu;

/** A child's age, or a child by age: "11 year olds", "a 9yo", "kids", "my son", "under 13s". */
const childByAge = `(?:an?\\s+)?(?:\\d{1,2}\\s*-?\\s*(?:(?:year|yr)s?\\s*-?\\s*olds?|yos?)|kids|children|a\\s+child|teens?|teenagers|pre-?teens|under\\s*\\d{1,2}s?|(?:my|our)\\s+\\p{L}+)`;

/** Whether an app is safe for a child's age ("is tiktok safe for 11 year olds", "is roblox ok for a 7 year old"). */
const safeForAge = new RegExp(
  `(?:^|\\s)(?:is|are)\\s+(?!(?:it|this|that|they|he|she|my|your|our|their|his|her|there|online|the\\s+internet)(?:\\s|$))([\\p{L}\\d]+(?:\\s+[\\p{L}\\d]+)?)\\s+(?:safe|ok|okay|alright|suitable|appropriate|allowed|too\\s+old)\\s+for\\s+${childByAge}(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** A young child asking for an app or device, said at the end ("my 9 year old wants tiktok", "my 8 year old keeps asking for a phone"). */
const childWantsApp = new RegExp(
  `(?:^|\\s)(?:(?:my|our)\\s+)?\\d{1,2}\\s*-?\\s*(?:(?:year|yr)s?\\s*-?\\s*old|yo)\\s+(?:(?:is|keeps)\\s+)?(?:wants|asking\\s+for|asked\\s+for|begging\\s+for|wants\\s+to\\s+(?:get|have|join|download))\\s+(?:an?\\s+)?(?!to\\b)([\\p{L}\\d]+)(?:\\s+account)?$`,
  'iu',
);

/**
 * The query with a question about a child's age in the words the pages use ("what age can kids
 * use whatsapp" → "minimum age can kids use whatsapp"; "age limits for apps" → "minimum age for apps").
 * @param query what the reader typed
 */
export const asAgeQuestion = (query: string): string =>
  query.replace(ageQuestion, 'minimum age').replace(ageLimitSaid, '$1minimum age').trim();

/**
 * The query with a question whether an app suits a child's age in the words the pages use ("is
 * tiktok safe for 11 year olds" and "my 9 year old wants tiktok" → "minimum age tiktok"), read
 * before the child's age is taken off (`withoutChildAge`).
 * @param query what the reader typed
 */
export const asAppAgeQuestion = (query: string): string =>
  query
    .replace(safeForAge, (_: string, app: string) => ` minimum age ${app}`)
    .replace(childWantsApp, (_: string, app: string) => ` minimum age ${app}`)
    .trim();

/**
 * Someone the reader knows looking at child sexual abuse images ("my husband has been looking at
 * child abuse images", "my dad downloads indecent pictures of kids", "I found child porn on my
 * partner's laptop"): a concern about that adult's online offending, which the pages call viewing
 * images of children (the service for anyone worried about someone's behaviour). Who looks must be
 * said, as an adult other than the reader: "how do I report child abuse images" asks to report
 * them, and a colleague's is an allegation (`concernsRole`).
 */
const adults =
  'partner|husband|wife|boyfriend|girlfriend|dad|father|step ?dad|step ?father|mum|mother|brother|uncle|grand(?:dad|pa|father)|cousin|neighbou?r|friend|ex|man|adult|relative|family member|someone|somebody|he|she';
const abuseImages =
  '(?:child (?:sexual )?abuse|indecent|illegal) (?:images?|pictures?|pics|photos?|videos?|material|content)(?: of (?:children|kids|a child|minors))?|child porn(?:ography)?|csam';
const viewing =
  'look(?:s|ed|ing)? at|view(?:s|ed|ing)?|watch(?:es|ed|ing)?|download(?:s|ed|ing)?|ha(?:s|d|ve|ving)|keep(?:s|ing)?|collect(?:s|ed|ing)?|search(?:es|ed|ing)? for|arrested for|caught with';
// "my ex has indecent images of my daughter": a picture of the reader or their child is theirs to report.
const notOfReader = '(?!\\s+of\\s+(?:me|my|him|her|us|them|our)\\b)';
const someoneViewingAbuseImages = new RegExp(
  `(?<=\\b(?:${adults})\\b(?:\\s+[\\p{L}'’]+){0,4}?)\\s+(?:${viewing})\\s+(?:${abuseImages})\\b${notOfReader}`,
  'iu',
);
const abuseImagesOnTheirDevice = new RegExp(
  `(?<=\\bfound)\\s+(?:${abuseImages})${notOfReader}(?=\\s+on\\s+(?:his|her|my\\s+(?:${adults})['’]?s)\\s+(?:phone|laptop|computer|tablet|pc|ipad|device)\\b)`,
  'iu',
);

/**
 * The query with someone's looking at child abuse images in the words the pages use ("my husband
 * looks at child porn" → "my husband viewing images of children").
 * @param query what the reader typed
 */
export const asViewingAbuseImages = (query: string): string =>
  query
    .replace(someoneViewingAbuseImages, ' viewing images of children')
    .replace(abuseImagesOnTheirDevice, ' someone viewing images of children');

/** People who may pose a risk to children: someone the reader knows (`adults`), or anyone named as an adult. */
const riskPeople = `${adults}|adults|parents?|carers?|persons?|people|m[ae]n|wom[ae]n|lodger|step ?(?:mum|mother|parent)|aunt|grand(?:mum|ma|mother|parent)`;
const riskSaid = '(?:an?\\s+)?(?:(?:known|sexual|serious|significant)\\s+)?risk';
const sexualOffences =
  '(?:[\\p{L}-]+\\s+){0,2}?(?:sexual\\s+offen[cs]es?|sex\\s+offen[cs]es?|child\\s+(?:sex(?:ual)?\\s+)?(?:abuse|offen[cs]es?))';

/**
 * An adult who poses a risk to children ("adult who is a risk to children in the family", "parent
 * convicted of sexual offences against children"): what the procedure for managing individuals who
 * pose a risk of harm to children is about, as its keyword "person posing a risk to children" says.
 * Someone arrested for abuse images is someone viewing them (`asViewingAbuseImages`).
 */
const posingRisk = new RegExp(
  `(?:^|\\s)(?:(?:an?|the|my|our|his|her|their)\\s+)?(?:${riskPeople})\\s+(?:(?:who|that)\\s+(?:is|are|was|were|has been|have been|poses?|presents?)\\s+${riskSaid}|(?:posing|presenting)\\s+${riskSaid}|(?:(?:who|that)\\s+)?(?:(?:is|are|was|were|has been|have been)\\s+)?(?:convicted|arrested|charged|cautioned|jailed)\\s+(?:of|for|with)\\s+(?:an?\\s+)?${sexualOffences})(?:\\s+(?:of\\s+harm\\s+)?(?:to|against|towards)\\s+(?:children|kids|a\\s+child|(?:my|our)\\s+(?:child(?:ren)?|kids?)))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with an adult who poses a risk to children in the words the pages use ("parent
 * convicted of sexual offences against children" → "person posing a risk to children").
 * @param query what the reader typed
 */
export const asPersonPosingRisk = (query: string): string =>
  query.replace(posingRisk, ' person posing a risk to children').trim();

/** People the reader calls older than a child: "adult", "grown man", "older boy", "man", "stranger". */
const olderPeople =
  'adults?|grown\\s+(?:ups?|m[ae]n|wom[ae]n)|older\\s+\\p{L}+|m[ae]n|strangers?|predators?|paedo(?:phile)?s?|pedo(?:phile)?s?';

/** Someone who may be older than they say: "an adult", "a man", "a stranger", "someone", "he". */
const pretenderSaid = `(?:an?\\s+|the\\s+|some\\s+)?(?:${olderPeople}|wom[ae]n|someone|somebody|people|person|he|she|they)`;

/** Who they pretend to be: "a child", "a 13 year old", "15", "younger", "a girl her age". */
const youngerSaid =
  '(?:an?\\s+)?(?:child(?:ren)?|kids?|teen(?:ager)?s?|young(?:er)?(?:\\s+(?:person|people|girls?|boys?))?|girls?|boys?|school\\s*(?:girl|boy)s?|\\d{1,2}(?:\\s*-?\\s*(?:year|yr)s?\\s*-?\\s*old)?|(?:someone\\s+)?(?:her|his|their|the\\s+same)\\s+age|(?:another|other)\\s+(?:child|kid|teen(?:ager)?)s?)';

/** A child other than the reader: "my daughter", "my 13 year old", "her", "a child", "kids". */
const otherChildSaid = `(?:(?:my|our)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,2}?(?:${ownChild}|${childAge})|him|her|them|an?\\s+(?:child|kid|teen(?:ager)?|pupil|girl|boy)|children|kids|teen(?:ager)?s|pupils)`;

/**
 * An adult passing as a child online ("someone is pretending to be a child", "a man pretending to
 * be a 14 year old"): what the glossary says groomers do ("Online, groomers may pretend to be young
 * people"). Pretending to be the reader's own child ("… to be my son") is someone else's account, not this.
 */
const pretendingToBeYoung = new RegExp(
  `(?:^|\\s)${pretenderSaid}(?:\\s+(?:is|are|was|were|has been|have been|who is|who are|keeps?|might be|may be))?\\s+pretend(?:s|ed|ing)?\\s+to\\s+be\\s+${youngerSaid}(?:\\s+(?:and\\s+)?(?:messag|talk|chat|speak|contact|befriend|text)\\p{L}*(?:\\s+(?:to|with))?\\s+(${otherChildSaid}))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * Someone the reader calls older ("an adult", "a man", "a stranger", "an older boy", "a grown man"),
 * or does not know ("someone", "people").
 */
const olderSaid = `(?:an?\\s+|the\\s+|some\\s+)?(?:${olderPeople}|someone|somebody|people|(?:a\\s+)?person)`;

/**
 * An adult asking a child for pictures ("adult asking my daughter for pictures", "a man keeps asking
 * my son for nudes", "someone is asking my son for pictures"): an adult trying to get sexual images or messages from a child, which the
 * pages report as grooming. Someone asking the reader ("… asking me for nudes") is the young
 * person's own worry, which their pages answer, and is not this.
 */
const olderAskingForPictures = new RegExp(
  `(?:^|\\s)${olderSaid}(?:\\s+(?:on|from|in)\\s+[\\p{L}\\d]+)?(?:\\s+(?:is|are|was|were|has been|have been|keeps?|kept))?\\s+(?:ask(?:s|ed|ing)?|beg(?:s|ged|ging)?|want(?:s|ed|ing)?|pressur(?:e|es|ed|ing))\\s+(${otherChildSaid})\\s+(?:for|to\\s+send(?:\\s+(?:him|her|them))?)\\s+(?:(?:some|more|naked|nude|sexy|rude|private)\\s+)?(?:pictures?|photos?|pics|nudes?|images?|selfies|videos?)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * What happened, said of a parent's own child when they name them ("… asking my daughter for
 * pictures" → "my child is being groomed"), so the pages for parents stay first; otherwise its name.
 * @param child the child named, if any
 * @param toOwnChild what happened, said of the reader's own child
 * @param named what happened, by its name
 */
const saidOfWhoseChild = (child: string | undefined, toOwnChild: string, named: string) =>
  child !== undefined && /^(?:my|our)\s/i.test(child) ? ` ${toOwnChild}` : ` ${named}`;

const asGroomed = (_: string, child: string | undefined) => saidOfWhoseChild(child, 'my child is being groomed', 'grooming');

/**
 * The query with an adult passing as a child, or asking a child for pictures, in the word the pages
 * use, "grooming" ("adult pretending to be a teenager online" → "grooming online"; "a man keeps
 * asking my son for nudes" → "my child is being groomed").
 * @param query what the reader typed
 */
export const asGroomingDescribed = (query: string): string =>
  query.replace(pretendingToBeYoung, asGroomed).replace(olderAskingForPictures, asGroomed).trim();

/** Pictures someone may ask a young person for: "pics", "nudes", "naked photos", "a selfie". */
const picturesAskedFor = `(?:(?:some|more|naked|nude|sexy|rude|private|a|an|him|her|them)\\s+)*(?:${pictureWords}|nudes?)`;

/**
 * Someone asking the reader for pictures, or the reader pressured to send them ("my boyfriend wants
 * me to send pics", "someone is pressuring me to send nudes", "i feel pressured to send pics"):
 * the young person's own worry, which the guide's outcome "Someone online is asking you for nudes"
 * answers. Pictures of something else ("… pictures of my homework") are not these.
 */
const askedForPictures = new RegExp(
  `(?:^|\\s)(?:(?:(?:someone|somebody|people|(?:an?|the|this|some)\\s+\\p{L}+|my\\s+(?:boyfriend|girlfriend|bf|gf|ex|partner|friend)|he|she|they)\\s+)?(?:(?:is|are|was|were|keeps?|kept|has\\s+been|have\\s+been)\\s+)?(?:ask(?:s|ed|ing)?|beg(?:s|ged|ging)?|wants?|wanted|pressur(?:e|es|ed|ing)|pressuris(?:e|es|ed|ing)|forc(?:e|es|ed|ing)|mak(?:e|es|ing)|made|push(?:es|ed|ing)?)\\s+me\\s+(?:for|to\\s+(?:send|share)|into\\s+(?:sending|sharing))|(?:i|im|i'm|i\\s+am|ive|i've|i\\s+have|i\\s+was)\\s+(?:(?:feel(?:ing)?|felt|been|being|getting|got)\\s+)?(?:pressur(?:ed|ised)|asked|forced|made|pushed|begged)\\s+(?:to|into)\\s+(?:send(?:ing)?|shar(?:e|ing)))\\s+${picturesAskedFor}(?:\\s+of\\s+(?:me|myself|(?:my|your)\\s+body))?(?!\\s+of\\s)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with the reader asked for pictures in the words of the guide's outcome for it ("i feel
 * pressured to send pics" → "someone is asking me for nudes").
 * @param query what the reader typed
 */
export const asAskedForPictures = (query: string): string =>
  query.replace(askedForPictures, ' someone is asking me for nudes').trim();

/** A child, by who they are to someone: "son", "pupil", "sister", "cousin". */
const childKin = `${ownChild}|pupils?|students?|brothers?|sisters?|siblings?|cousins?`;

/** A child who may harm others: "a child", "my son", "a 12 year old", "pupils", "his brother". */
const childDoing = `(?:(?:${determiners})\\s+)?(?:(?:older|younger|little|big|teenage)\\s+)?(?:${childKin}|young\\s+(?:person|people)|${childAge}s?)`;

/** Harm done to another child: "sexually harming", "has been abusing", "touched". */
const harmDone =
  '(?:(?:is|are|was|were|has been|have been|keeps?|been)\\s+)?(?:sexually\\s+)?(?:harm(?:s|ed|ing)?|abus(?:e|es|ed|ing)|hurt(?:s|ing)?|assault(?:s|ed|ing)?|touch(?:es|ed|ing)?|exploit(?:s|ed|ing)?)(?:\\s+sexually)?';

/** The other child: "another child", "a younger pupil", "his little sister", "other kids", "children". */
const otherChildHarmed = `(?:(?:another|other|${determiners})\\s+)?(?:(?:younger|older|little|big)\\s+)?(?:${childKin})`;

/**
 * A child harming another child ("child sexually harming another child online", "my son has been
 * abused by another child", "child posing a risk to other children", "sibling sexual abuse", "a
 * pupil showing harmful sexual behaviour"): what the procedure for children who present a risk of
 * harm to others calls child on child abuse and harmful sexual behaviour.
 */
const childHarmingChild = new RegExp(
  `(?:^|\\s)(?:siblings?\\s+(?:on\\s+siblings?\\s+)?(?:sexual\\s+)?abuse|${childDoing}\\s+${harmDone}\\s+${otherChildHarmed}|${childDoing}\\s+(?:who\\s+)?(?:pos(?:e|es|ing)|present(?:s|ing)?)\\s+(?:an?\\s+)?risk\\s+(?:of\\s+harm\\s+)?to\\s+${otherChildHarmed}|(?:${childDoing}\\s+(?:(?:is|was|has been|have been|been|got|being)\\s+)?)?(?:sexually\\s+)?(?:abused|harmed|hurt|assaulted|touched)\\s+(?:sexually\\s+)?by\\s+${otherChildHarmed})(?:\\s+(?:in|at|from)\\s+(?:(?:his|her|their|my|our|the|a)\\s+)?(?:class|school|year|nursery|college|club|group))?(?=$|[^\\p{L}\\d'’])`,
  'iu',
);
const childShowingSexualBehaviour = new RegExp(
  `(?<=(?:^|\\s)${childDoing})\\s+(?:(?:is|are)\\s+)?(?:showing|displaying|exhibiting|with|has|have)\\s+(?:(?:harmful|worrying|concerning|inappropriate)\\s+)?(?:sexual(?:ised|ized)?)\\s+behaviou?rs?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a child harming another child in the words the pages use ("child abusing another
 * child online" → "peer on peer abuse online"; "pupil showing sexualised behaviour" → "pupil
 * harmful sexual behaviour").
 * @param query what the reader typed
 */
export const asChildOnChildAbuse = (query: string): string =>
  query
    .replace(childHarmingChild, ' peer on peer abuse')
    .replace(childShowingSexualBehaviour, ' harmful sexual behaviour')
    .replace(/\s+/g, ' ')
    .trim();

/** Views and material the pages call extremist: "extremist videos", "far right content", "incel stuff". */
const extremistMaterial =
  '(?:extremist|extreme|far[\\s-]?right|far[\\s-]?left|neo[\\s-]?nazi|nazi|terrorist|jihadi(?:st)?|islamist|white\\s+supremac(?:ist|y)|incel|misogyn(?:ist(?:ic)?|y))\\s+(?:videos?|content|material|views|ideas|ideology|stuff|memes|posts|websites?|sites?|groups?|forums?|chats?|propaganda|influencers?|music|games?|beliefs|opinions)';

/**
 * A child drawn to extremist material ("my son has been watching extremist videos", "pupil looking
 * at far right content", "young person expressing extremist views"): what the procedure on
 * radicalisation is for (a child's exposure to harmful views, hate speech and extremist materials).
 * Reporting the material ("report extremist videos") is not this: no child is named.
 */
const drawnToExtremism = new RegExp(
  `(?:^|\\s)(${childDoing})(?:\\s+[\\p{L}'’]+){0,3}?\\s+(?:watch(?:es|ed|ing)?|look(?:s|ed|ing)?\\s+at|view(?:s|ed|ing)?|read(?:s|ing)?|shar(?:e|es|ed|ing)|post(?:s|ed|ing)?|follow(?:s|ed|ing)?|listen(?:s|ed|ing)?\\s+to|express(?:es|ed|ing)?|spout(?:s|ed|ing)?|into|obsessed\\s+with|drawn\\s+to|getting\\s+into|search(?:es|ed|ing)?\\s+for)\\s+(?:(?:some|lots\\s+of|a\\s+lot\\s+of)\\s+)?${extremistMaterial}(?=$|[^\\p{L}\\d])|(?:^|\\s)${extremistMaterial}\\s+(?:shared|posted|watched|viewed|spread)\\s+by\\s+(${childDoing})(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a child drawn to extremist material in the pages' words ("pupil looking at far right
 * content" → "radicalisation"; "my son has been watching extremist videos" → "my child is being
 * radicalised", a parent's own child still theirs).
 * @param query what the reader typed
 */
export const asRadicalisationDescribed = (query: string): string =>
  query
    .replace(drawnToExtremism, (_: string, child: string | undefined, sharer: string | undefined) =>
      saidOfWhoseChild(child ?? sharer, 'my child is being radicalised', 'radicalisation'),
    )
    .trim();

/** Someone who may be abusing a partner: "my partner", "her ex", "an abusive boyfriend", "the perpetrator". */
const abuserSaid =
  '(?:(?:my|her|his|their|an?|the|our)\\s+)?(?:(?:abusive|controlling|violent|jealous)\\s+)?(?:ex[\\s-]?)?(?:partners?|boyfriends?|girlfriends?|husbands?|wi(?:fe|ves)|spouses?|perpetrators?|abusers?|ex)';

/** What they watch: "my phone", "her messages", "my location", "the victim's phone", "where I go". */
const monitoredSaid =
  "(?:(?:(?:my|her|his|their|our|the\\s+victim['’]?s|victims['’]?|the)\\s+)?(?:phones?|mobiles?|messages|texts|location|whereabouts|emails?|social\\s+media|accounts?|laptops?|computers?|cars?|browsing|internet|history|calls|every\\s+move|movements)|me|where\\s+(?:i|she|he|they)\\s+(?:am|is|are|go(?:es)?))";

/** Watching someone: "tracking", "checks", "going through", "reads", "stalking", "put a tracker on". */
const watching =
  '(?:track(?:s|ed|ing)?|monitor(?:s|ed|ing)?|check(?:s|ed|ing)?|read(?:s|ing)?|spy(?:ing)?\\s+on|spies\\s+on|go(?:es|ing)?\\s+through|went\\s+through|hack(?:s|ed|ing)?(?:\\s+into)?|access(?:es|ed|ing)?|watch(?:es|ed|ing)?|control(?:s|led|ling)?|follow(?:s|ed|ing)?|stalk(?:s|ed|ing)?|put\\s+(?:a\\s+)?tracker\\s+on|install(?:s|ed|ing)?\\s+(?:spyware|an?\\s+app|a\\s+tracker)\\s+on)';

/**
 * A partner or ex watching the reader's phone or whereabouts ("partner tracking my phone", "I think
 * my partner is monitoring my phone", "perpetrator monitoring victim's phone"): controlling
 * behaviour online, which the domestic abuse procedure calls online and digital abuse.
 */
const partnerMonitoring = new RegExp(
  `(?:^|\\s)${abuserSaid}(?:\\s+(?:is|keeps|always|has\\s+been|might\\s+be|may\\s+be|could\\s+be|has|had|will))?\\s+${watching}\\s+${monitoredSaid}(?:\\s+(?:and|or)\\s+${watching}\\s+${monitoredSaid})*(?:\\s+(?:on|through|via|using|with)\\s+(?:(?:my|her|his|their|an?|the)\\s+)?(?:phones?|mobiles?|apps?|laptops?|computers?|tablets?|cars?|social\\s+media|[\\p{L}\\d]+\\s+app))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a partner watching the reader's phone or whereabouts in the procedure's words
 * ("partner tracking my phone" → "online and digital abuse").
 * @param query what the reader typed
 */
export const asDigitalAbuseDescribed = (query: string): string =>
  query.replace(partnerMonitoring, ' online and digital abuse').trim();

/** A child, or a child's age under 18: "14 year old", "15yo", "aged 13", "under 16", "a pupil", "year 9". */
const underEighteen = '(?:1[0-7]|[1-9])';
const minorSaid = new RegExp(
  `(?:^|\\s)(?:${underEighteen}\\s*-?\\s*(?:year|yr)s?\\s*-?\\s*olds?|${underEighteen}\\s*(?:yo|y/o)|aged?\\s+${underEighteen}|under\\s*-?\\s*(?:1[3-8]|age|aged)|underage|minors?|child(?:ren)?|kids?|pupils?|teen(?:ager)?s?|school ?(?:girl|boy)s?|(?:year|yr)\\s*(?:[7-9]|1[0-3]))(?=$|[^\\p{L}\\d])`,
  'iu',
);
const everyMinorSaid = new RegExp(minorSaid, 'giu');

/** An older person a child is with: "an adult", "a 20 year old", "an older man", "her boyfriend". */
const partnerSaid = `(?:an?\\s+|his\\s+|her\\s+|their\\s+)?(?:${olderPeople}|wom[ae]n|${childAge}s?|boyfriends?|girlfriends?)`;

/**
 * A child having sex, or in a sexual relationship ("13 year old having sex with 16 year old",
 * "14 year old in a relationship with an adult"): what the pages call underage sex.
 */
const sexualActivity = new RegExp(
  `(?:(?:ha(?:ving|s|d|ve)|want(?:s|ed)?\\s+to\\s+have)\\s+sex|sleep(?:s|ing)?\\s+with|slept\\s+with|sexual(?:ly)?\\s+(?:relationships?|activity|active|intercourse|involved)|(?:in\\s+)?(?:an?\\s+)?relationship\\s+with\\s+${partnerSaid}|dating\\s+${partnerSaid}|lost\\s+(?:his|her|their)\\s+virginity)(?:\\s+with\\s+${partnerSaid})?`,
  'iu',
);

/** A question about the law ("is it illegal for a 15 year old to have sex"): the Acts answer it, not the procedure. */
const asksAboutLaw = /\b(?:illegal|legal|law|laws|crime|criminal|offen[cs]es?|prosecut\p{L}*|arrest\p{L}*|charged|consent)\b/iu;

/**
 * The query with a child's sex or sexual relationship in the words the pages use, "underage sex"
 * ("13 year old having sex with 16 year old", "my 14 year old is sleeping with her boyfriend"):
 * the child's age and the act together are what the procedure on sexually active under-18s is
 * about; the age alone would be taken off (`withoutChildAge`) and "having sex" names no page. The
 * age and the people named go with the act; other words that name something stay. A question about
 * the law stays as typed, for the Acts.
 * @param query what the reader typed
 */
export function asUnderageSex(query: string): string {
  if (asksAboutLaw.test(query) || !minorSaid.test(query) || !sexualActivity.test(query)) return query;
  const rest = query.replace(sexualActivity, ' ').replace(everyMinorSaid, ' ').replace(ageSaid, ' ');
  const kept = significantWords(rest).filter(
    (word) => !people.has(word) && !childWords.has(word) && !genericWords.has(word) && !namesNothing(word),
  );
  return ['underage sex', ...kept].join(' ');
}

/** A nude or sexual image: "nudes", "a semi-nude", "naked photos", "indecent image", "sexting". */
const nudeImage = `(?:semi[\\s-]?nudes?|nudes?(?:\\s+${pictureWords})?|naked\\s+${pictureWords}|indecent\\s+${pictureWords}|sexts?|sexting)`;
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

/** An image made or changed by AI ("ai nudes of students", "deepfake"), which the guidance on AI-made images answers. */
const madeByAi =
  /(?:^|\s)(?:ai|a\.i\.?|deep\s?fakes?|fakes?|faked|generated|edited|nudify\p{L}*|undress\p{L}*)(?=$|[^\p{L}\d])/iu;
const everySchoolSaid = new RegExp(schoolSaid, 'giu');

/**
 * What a school does or asks about an image, or who it is of: these say a school is responding to
 * one, not what the pages are about.
 */
const respondingWords = new Set(
  'respond responds responding response responses incident incidents sharing shared share shares sent send sending found find confiscate confiscated confiscating around tell told should do does we us our'.split(
    ' ',
  ),
);

/** A young person's own image ("my nude", "i sent a nude", "… of me"), which their pages answer. */
const ownImageSaid = /(?:^|\s)(?:my\s+(?:own\s+)?(?:semi[\s-]?)?nudes?|i\s+(?:sent|shared|took)|of\s+me)(?=$|[^\p{L}\d])/iu;

/**
 * The query with a nude image in a school in the words of the guide's outcome for professionals,
 * "respond to a nude image" ("child sharing nudes school response", "should school confiscate phone
 * with nudes"): the school's response is what is asked. A parent's child's image, a young person's
 * own, one made by AI, or a question about the law stays as typed; other words that name something
 * stay, but for a school year ("year 8").
 * @param query what the reader typed
 */
export function asNudeImageAtSchool(query: string): string {
  if (!nudeImageSaid.test(query) || !schoolSaid.test(query)) return query;
  if (speaksAsParent(query) || ownImageSaid.test(query) || asksAboutLaw.test(query) || madeByAi.test(query)) return query;
  // "sexting in schools" names a topic, for the pages on it (the UKCIS advice for schools), and asks no response.
  const words = query.toLowerCase().split(/[^\p{L}\d'’]+/u);
  if (!words.some((word) => respondingWords.has(word) || childWords.has(word) || people.has(word) || /^confiscat/.test(word)))
    return query;
  const rest = query
    .replace(everyNudeImageSaid, ' ')
    .replace(everySchoolSaid, ' ')
    .replace(/(?:^|\s)(?:year|yr)\s*\d{1,2}(?=$|[^\p{L}\d])/giu, ' ');
  const kept = significantWords(rest).filter(
    (word) =>
      !people.has(word) && !childWords.has(word) && !namesNothing(word) && !deviceWords.has(word) && !respondingWords.has(word),
  );
  return ['respond to a nude image', ...kept].join(' ');
}

/** Words that say a device is someone else's: "his phone", "her tablet" ("my phone" may be what the reader asks about). */
const othersWords = new Set(['his', 'her', 'their']);

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
    return othersWords.has(owner) || (saysWhose(owner) && !determiner.test(owner));
  };
  const rest = words.filter((word, at) => {
    const device = word.toLowerCase().replace(/[^\p{L}\d]+$/u, '');
    return !(deviceWords.has(device) && whose(words[at - 1]));
  });
  const kept = rest.join(' ');
  return rest.length < words.length && namesTopic(kept) ? kept : query;
}

/**
 * The query with a young person's own age said as who they are ("im 14 and need help" → "i am a
 * teenager and need help"), so it is read as "I am a teenager" is: who asks, not what about.
 * @param query what the reader typed
 */
export const asYoungSelf = (query: string): string =>
  query.replace(youngSelf, (said: string, age: string | undefined) => (age === undefined ? said : ' i am a teenager')).trim();

/**
 * What a reader describes, read in the words the pages use, in the order they are read: before a
 * child's age is taken off, as some need it ("13 year old having sex").
 */
const descriptions = [
  asYoungSelf,
  asAppAgeQuestion,
  asDigitalAbuseDescribed,
  asRadicalisationDescribed,
  asUnderageSex,
  asGroomingDescribed,
  asAskedForPictures,
  asChildOnChildAbuse,
  asPersonPosingRisk,
  asNudeImageAtSchool,
] as const;

/** Phrases read in the pages' words once the words that say only who or where are off. */
const phrasings = [
  asThreatToShare,
  asAgeQuestion,
  asViewingAbuseImages,
  asImmediateDanger,
  asComputerMadeNudes,
  asMetOnline,
  asConcernReported,
] as const;

/**
 * Whether one of the readings finds something to read in the query: a mistyped word ("a man keeps
 * aking my son for pics") can hide what the reader describes until it is respelled.
 * @param query what the reader typed, or that respelled
 */
export const describesInOtherWords = (query: string): boolean =>
  [...descriptions, ...phrasings].some((reading) => reading(query) !== query);

/**
 * The query in the words the pages use: what the reader describes read in the pages' words, without
 * a child's age or a device named as someone's (`withoutChildAge`, `withoutOwnDevice`), which say
 * who or where, not what. Each step returns the query as it was when it finds nothing to do.
 * @param query what the reader typed
 */
export const inPagesWords = (query: string): string => inPagesSteps.reduce((read, step) => step(read), query);

/** The steps of `inPagesWords`, in order. */
export const inPagesSteps = [...descriptions, withoutChildAge, withoutOwnDevice, ...phrasings] as const;
