/**
 * Who a query's own words say is asking. Parents and carers write about "my son" or "our
 * daughter"; the search page puts pages written for them before pages only for professionals
 * that match the words no better (`firstScreenOrder`). A job named beside a topic ("social
 * worker allegation") says who asks or who a concern is about, so pages are compared with the
 * topic alone; "… for parents" or "… in schools" says who the pages are for, and the search looks
 * for the topic. Pure, so it is unit-tested.
 */
import { contactWords, genericWords, namesNothing, plainerQuery, significantWords } from './search-query';

/** Words for a child of one's own, or a child in one's family. */
const ownChild =
  'child|children|kid|kids|son|sons|daughter|daughters|teen|teens|teenager|teenagers|boy|boys|girl|girls|baby|toddler|stepson|stepdaughter|stepchild|grandchild|grandson|granddaughter|nephew|niece';

/** Words before a thing that say whose it is: "my phone", "a teacher". */
const determiners = 'a|an|the|my|our|his|her|their|your|this|that';
const determiner = new RegExp(`^(?:${determiners})$`);

/** A child's age: "15 year old", "12-year-old", "14 yrs old". */
const childAge = '\\d+\\s*-?\\s*(?:year|yr)s?\\s*-?\\s*old';

/** A child's age as readers give it: "14 year old", "14yo", "aged 14", "my son is 13", "in year 9". */
const ageSaid = new RegExp(
  `(?:^|\\s)(?:${childAge}|\\d{1,2}\\s*(?:yo|y/o)|aged?\\s+\\d{1,2}|(?:is|are)\\s+\\d{1,2}|(?:(?:in|at)\\s+)?year\\s+\\d{1,2})(?=$|[^\\p{L}\\d])`,
  'giu',
);

/**
 * The query without a child's age ("sexually active 14 year old"; "my 12-year-old has been sent
 * porn" → "my child has been sent porn"), when the rest still names a topic: the age says who the
 * question is about, and the pages say "under 16" or "13 to 15", not "14 year old".
 * @param query what the reader typed
 */
export function withoutChildAge(query: string): string {
  // "my 14 year old and sexting": the child the age stood for stays, so the query still reads, and speaks as a parent.
  const rest = query
    .replace(new RegExp(`(?:^|\\s)(my|our)\\s+${childAge}(?=$|[^\\p{L}\\d])`, 'giu'), ' $1 child')
    .replace(ageSaid, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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

/**
 * Asking how old a child must be ("what age is snapchat for", "how old do you have to be for
 * tiktok"): the youngest age an app or game is meant for, which the pages call its minimum age.
 */
const ageQuestion =
  /\b(?:what age|how old (?:do|does|should|must) (?:you|i|they|he|she|my [\p{L}'’]+|a child|kids|children) (?:have to |need to )?be)\b/giu;

/**
 * The query with a question about a child's age in the words the pages use ("what age can kids
 * use whatsapp" → "minimum age can kids use whatsapp").
 * @param query what the reader typed
 */
export const asAgeQuestion = (query: string): string => query.replace(ageQuestion, 'minimum age');

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

/** Someone who may be older than they say: "an adult", "a man", "a stranger", "someone", "he". */
const contactSaid =
  '(?:an?\\s+|the\\s+|some\\s+)?(?:adults?|grown\\s+(?:ups?|m[ae]n|wom[ae]n)|older\\s+\\p{L}+|m[ae]n|wom[ae]n|strangers?|someone|somebody|people|person|predators?|paedo(?:phile)?s?|pedo(?:phile)?s?|he|she|they)';

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
  `(?:^|\\s)${contactSaid}(?:\\s+(?:is|are|was|were|has been|have been|who is|who are|keeps?|might be|may be))?\\s+pretend(?:s|ed|ing)?\\s+to\\s+be\\s+${youngerSaid}(?:\\s+(?:and\\s+)?(?:messag|talk|chat|speak|contact|befriend|text)\\p{L}*(?:\\s+(?:to|with))?\\s+(${otherChildSaid}))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Someone the reader calls older: "an adult", "a man", "a stranger", "an older boy", "a grown man". */
const olderSaid =
  '(?:an?\\s+|the\\s+|some\\s+)?(?:adults?|grown\\s+(?:ups?|m[ae]n|wom[ae]n)|older\\s+\\p{L}+|m[ae]n|strangers?|predators?|paedo(?:phile)?s?|pedo(?:phile)?s?)';

/**
 * An adult asking a child for pictures ("adult asking my daughter for pictures", "a man keeps asking
 * my son for nudes"): an adult trying to get sexual images or messages from a child, which the
 * pages report as grooming. Someone asking the reader ("… asking me for nudes") is the young
 * person's own worry, which their pages answer, and is not this.
 */
const olderAskingForPictures = new RegExp(
  `(?:^|\\s)${olderSaid}(?:\\s+(?:is|are|was|were|has been|have been|keeps?|kept))?\\s+(?:ask(?:s|ed|ing)?|beg(?:s|ged|ging)?|want(?:s|ed|ing)?|pressur(?:e|es|ed|ing))\\s+(${otherChildSaid})\\s+(?:for|to\\s+send(?:\\s+(?:him|her|them))?)\\s+(?:(?:some|more|naked|nude|sexy|rude|private)\\s+)?(?:pictures?|photos?|pics|nudes?|images?|selfies|videos?)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * Grooming, of the reader's own child when a parent names them ("… asking my daughter for
 * pictures" → "my child is being groomed"), so the pages for parents stay first.
 * @param _ what the reader typed of it
 * @param child the child named, if any
 */
const asGroomed = (_: string, child: string | undefined) =>
  child !== undefined && /^(?:my|our)\s/i.test(child) ? ' my child is being groomed' : ' grooming';

/**
 * The query with an adult passing as a child, or asking a child for pictures, in the word the pages
 * use, "grooming" ("adult pretending to be a teenager online" → "grooming online"; "a man keeps
 * asking my son for nudes" → "my child is being groomed").
 * @param query what the reader typed
 */
export const asGroomingDescribed = (query: string): string =>
  query.replace(pretendingToBeYoung, asGroomed).replace(olderAskingForPictures, asGroomed).trim();

/** A child who may harm others: "a child", "my son", "a 12 year old", "pupils", "his brother". */
const childDoing = `(?:(?:${determiners})\\s+)?(?:(?:older|younger|little|big|teenage)\\s+)?(?:${ownChild}|pupils?|students?|young\\s+(?:person|people)|brothers?|sisters?|siblings?|cousins?|${childAge}s?)`;

/** Harm done to another child: "sexually harming", "has been abusing", "touched". */
const harmDone =
  '(?:(?:is|are|was|were|has been|have been|keeps?|been)\\s+)?(?:sexually\\s+)?(?:harm(?:s|ed|ing)?|abus(?:e|es|ed|ing)|hurt(?:s|ing)?|assault(?:s|ed|ing)?|touch(?:es|ed|ing)?|exploit(?:s|ed|ing)?)(?:\\s+sexually)?';

/** The other child: "another child", "a younger pupil", "his little sister", "other kids", "children". */
const otherChildHarmed = `(?:(?:another|other|${determiners})\\s+)?(?:(?:younger|older|little|big)\\s+)?(?:${ownChild}|pupils?|students?|brothers?|sisters?|siblings?|cousins?)`;

/**
 * A child harming another child ("child sexually harming another child online", "my son has been
 * abused by another child", "child posing a risk to other children", "sibling sexual abuse", "a
 * pupil showing harmful sexual behaviour"): what the procedure for
 * children who present a risk of harm to others calls child on child abuse and harmful sexual
 * behaviour.
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
  `(?:^|\\s)(${childDoing})(?:\\s+[\\p{L}'’]+){0,3}?\\s+(?:watch(?:es|ed|ing)?|look(?:s|ed|ing)?\\s+at|view(?:s|ed|ing)?|read(?:s|ing)?|shar(?:e|es|ed|ing)|post(?:s|ed|ing)?|follow(?:s|ed|ing)?|listen(?:s|ed|ing)?\\s+to|express(?:es|ed|ing)?|spout(?:s|ed|ing)?|shar(?:e|es|ed|ing)|into|obsessed\\s+with|drawn\\s+to|getting\\s+into|search(?:es|ed|ing)?\\s+for)\\s+(?:(?:some|lots\\s+of|a\\s+lot\\s+of)\\s+)?${extremistMaterial}(?=$|[^\\p{L}\\d])|(?:^|\\s)${extremistMaterial}\\s+(?:shared|posted|watched|viewed|spread)\\s+by\\s+(${childDoing})(?=$|[^\\p{L}\\d])`,
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
      /^(?:my|our)\s/i.test(child ?? sharer ?? '') ? ' my child is being radicalised' : ' radicalisation',
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
  `(?:^|\\s)${abuserSaid}(?:\\s+(?:is|keeps|always|has\\s+been|might\\s+be|may\\s+be|could\\s+be|has|had|will))?\\s+${watching}\\s+${monitoredSaid}(?:\\s+(?:and|or)\\s+${watching}\\s+${monitoredSaid})*(?=$|[^\\p{L}\\d])`,
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
  'giu',
);

/** An older person a child is with: "an adult", "a 20 year old", "an older man", "her boyfriend". */
const partnerSaid = `(?:an?\\s+|his\\s+|her\\s+|their\\s+)?(?:adult|grown\\s+(?:up|man|woman)|older\\s+\\p{L}+|\\d{1,2}\\s*-?\\s*(?:year|yr)s?\\s*-?\\s*olds?|man|woman|boyfriend|girlfriend)`;

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
  if (asksAboutLaw.test(query) || !new RegExp(minorSaid.source, 'iu').test(query) || !sexualActivity.test(query)) return query;
  const rest = query.replace(sexualActivity, ' ').replace(minorSaid, ' ').replace(ageSaid, ' ');
  const kept = significantWords(rest).filter(
    (word) => !people.has(word) && !childWords.has(word) && !genericWords.has(word) && !namesNothing(word),
  );
  return ['underage sex', ...kept].join(' ');
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

/** What a parent or carer calls themselves: "I am a mum", "as a foster carer". */
const parentSelves = 'parent|mum|mom|dad|carer|foster carer|grandparent|step ?parent';

/** A child the reader calls their own: "my son", "our teenage daughter", "my 15 year old", "my childs phone". */
const ownChildNamed = `(?:^|\\s)(?:my|our)\\s+(?:(?:[\\p{L}\\d'’-]+\\s+){0,2}?(?:${ownChild})|${childAge})(?:['’]?s)?(?=$|[^\\p{L}])`;

const parentVoices = [
  new RegExp(ownChildNamed, 'iu'),
  new RegExp(`(?:^|\\s)(?:i'?m|i am|as)\\s+an?\\s+(?:${parentSelves})(?=$|[^\\p{L}])`, 'iu'),
  // "grooming for parents", "sexting advice for carers"
  /(?:^|\s)for\s+(?:parents?|carers?)(?=$|[^\p{L}])/iu,
];

/**
 * The query without the child a parent names as their own ("is my son involved in county lines"
 * → "is involved in county lines"), for comparing with pages' own names: the child says who the
 * query is about, not what. The query as it is when that would leave nothing that names anything
 * but a way to reach someone ("talk to my kid": "talk" names the pages on who to talk to).
 * @param query what was searched for
 */
export function withoutOwnChild(query: string): string {
  const rest = query.replace(new RegExp(ownChildNamed, 'giu'), ' ').replace(/\s+/g, ' ').trim();
  return significantWords(rest).some((word) => !namesNothing(word) && !reachWords.has(word)) ? rest : query;
}

/**
 * Whether the query speaks as a parent or carer about their own child.
 * @param query what the reader typed
 */
export function speaksAsParent(query: string): boolean {
  return parentVoices.some((voice) => voice.test(query));
}

/** A young person saying who they are: "I am 14", "im 13 years old", "I'm a teenager", "I am in year 9". */
const youngSelf =
  /(?:^|\s)(?:i\s+am|i['’]?m|iam)\s+(?:only\s+|just\s+)?(?:(1[0-7]|[5-9])(?:\s*(?:years?|yrs?)(?:\s*old)?)?|an?\s+(?:teen(?:ager)?|young\s+person|kid|child|girl|boy|pupil|student|school\s*(?:girl|boy))|in\s+year\s+(?:[1-9]|1[0-3]))(?=$|[^\p{L}\d])/iu;

/**
 * Whether the query speaks as a young person about themselves ("im 14 and need help", "I am a
 * teenager and …"): pages written for young people then come before pages only for adults that
 * name the search no better (`firstScreenOrder`).
 * @param query what the reader typed
 */
export function speaksAsYoungPerson(query: string): boolean {
  return youngSelf.test(query);
}

/**
 * The query with a young person's own age said as who they are ("im 14 and need help" → "i am a
 * teenager and need help"), so it is read as "I am a teenager" is: who asks, not what about.
 * @param query what the reader typed
 */
export const asYoungSelf = (query: string): string =>
  query.replace(youngSelf, (said: string, age: string | undefined) => (age === undefined ? said : ' i am a teenager')).trim();

/**
 * Jobs of people who work with children, as readers name them: who is asking ("social worker
 * online harms") or who a concern is about ("teacher allegation"), not what the answer is about.
 */
const roles =
  'teachers?|head ?teachers?|teaching assistants?|social workers?|police officers?|nurses?|school nurses?|health visitors?|doctors?|gp|midwi(?:fe|ves)|childminders?|nursery workers?|coach(?:es)?|youth workers?';
const roleNames = new RegExp(`(?:^|\\s)(?:${roles})(?=$|[^\\p{L}])`, 'giu');

/**
 * Words that ask to reach someone ("ask a social worker"), besides those that ask for a contact
 * and those that ask for help in general: with a job, the job is what is asked for.
 */
const reachWords = new Set(['ask', 'talk', 'speak', 'see', ...contactWords]);

/**
 * The words of the jobs a query names ("social worker allegation" → social, worker), when it
 * names something besides them; none when the job is what it asks for ("ask a social worker",
 * "school nurse help").
 * @param query what was searched for
 */
export function roleWords(query: string): Set<string> {
  const rest = significantWords(query.replace(roleNames, ' '));
  if (!rest.some((word) => !genericWords.has(word) && !reachWords.has(word))) return new Set();
  const all = significantWords(query);
  return new Set(all.filter((word) => !rest.includes(word)));
}

/**
 * The query without the jobs it names (`roleWords`), for comparing with pages' own names.
 * @param query what was searched for
 */
export function withoutRoles(query: string): string {
  const roles = roleWords(query);
  return roles.size === 0
    ? query
    : significantWords(query)
        .filter((word) => !roles.has(word))
        .join(' ');
}

/**
 * People who work or volunteer with children as a concern names them, besides the jobs above:
 * "a member of staff", "a colleague", "a volunteer", "my son's tutor".
 */
const carers = `${roles}|staff(?: members?)?|members? of staff|colleagues?|co-?workers?|volunteers?|tutors?|instructors?|(?:youth|scout|group|club) leaders?|foster carers?`;

/** What a person in a job can do to a child that makes a concern about them: "messaging", "sent", "touched". */
const actions =
  '(?:messag|text|dm|snapchat|whatsapp|email|contact|add|follow|friend|groom|touch|film|photograph|flirt|kiss|meet|send|sext|hit)\\p{L}*|sent|met';

/** What a person in a job may share of a child: "sharing images", "posted photos". */
const images = 'images?|photos?|pictures?|pics|nudes?|videos?';

/** What a concern about a person in a job is called: "teacher allegation", "coach misconduct", "staff member accused". */
const concernNames =
  'allegations?|complaints?|misconduct|abus\\p{L}*|inappropriate\\p{L}*|accus\\p{L}*|suspended|arrested|investigated';

/** A child, as the concern names them: "a pupil", "my son", "her", "a 14 year old". */
const childNamed = `${ownChild}|pupils?|students?|young (?:people|person)|minors?|him|her|${childAge}`;

/**
 * Words between a job and what the person did: "coach has been texting", "teacher keeps
 * messaging", "volunteer behaving inappropriately".
 */
const auxiliaries = '(?:(?:is|has|keeps|was|been|being|had|always|behaving|acting)\\s+){0,2}';

const wholeWord = (pattern: string) => new RegExp(`(?:^|\\s)(?:${pattern})(?=$|[^\\p{L}])`, 'iu');
// "complaint about a teacher", "allegation against a football coach", "messages from a member of staff"
const aboutCarer = wholeWord(
  `(?:about|against|by|from)\\s+(?:(?:${determiners}|\\p{L}+'?s)\\s+)?(?:\\p{L}+(?:'s)?\\s+)?(?:${carers})`,
);
// "teacher allegation", "coach inappropriate"
const carerConcern = wholeWord(`(?:${carers})\\s+${auxiliaries}(?:${concernNames})`);
// "coach keeps texting", "teacher sent my daughter …"
const carerActs = wholeWord(`(?:${carers})\\s+${auxiliaries}(?:${actions})`);
// "staff member sharing images", "teacher posted pictures", "colleague has been viewing indecent images"
const carerShares = wholeWord(
  `(?:${carers})\\s+${auxiliaries}(?:shar|post|view|download|access|watch)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}(?:${images})`,
);
const childInQuery = wholeWord(`(?:${childNamed})(?:'?s)?`);

/**
 * Whether the query is a concern about someone who works or volunteers with children: about,
 * against or from them ("complaint about a teacher"), named as one ("teacher allegation"), or
 * what they did to a child ("coach texting my son") or shared ("staff member sharing images").
 * Those concerns have their own procedure, whatever the rest of the query is about. A job that
 * only says who asks ("teacher sharing resources", "social worker online harms") is not one.
 * @param query what the reader typed
 */
export function concernsRole(query: string): boolean {
  const text = query.replaceAll('’', "'");
  return (
    aboutCarer.test(text) ||
    carerConcern.test(text) ||
    carerShares.test(text) ||
    (carerActs.test(text) && childInQuery.test(text))
  );
}

/** People a reader may be worried about, besides a child of their own and a job. */
const people = new Set(
  `pupil pupils student students friend friends colleague colleagues person people someone somebody adult adults
  stranger strangers man men woman women boyfriend girlfriend partner parent parents carer carers family young own`.split(/\s+/),
);
const childWords = new Set(ownChild.split('|'));

/**
 * Whether a word says whose the thing after it is: "my", "her", "son's", "pupils'", or a person
 * with an "s" typed without its apostrophe ("my childs phone").
 * @param word a word of the query as typed, lower case
 */
export function saysWhose(word: string): boolean {
  if (determiner.test(word) || /['’]s$|s['’]$/.test(word)) return true;
  const singular = word.replace(/s$/, '');
  return singular !== word && (childWords.has(singular) || people.has(singular));
}

/** Words that name no topic of their own ("worried about something online", "guidance for schools"). */
const vagueWords = new Set([
  'say',
  'teach',
  'teaching',
  'explaining',
  'online',
  'internet',
  'safety',
  'happening',
  'going',
  'guidance',
  'procedure',
  'procedures',
  'resources',
]);

/**
 * Whether words name a topic ("grooming", "my child is being groomed", "my own behaviour"), not
 * only a person ("a pupil", "my son") or nothing in particular ("something online", "advice").
 * A worry about a person, or advice for parents in general, is what the site's pages for worried
 * readers and its audience pages answer; a topic, the topic's own page.
 * @param words the query's words after "worried" or "concerned", or besides "for parents"
 */
export function namesTopic(words: string): boolean {
  return significantWords(words.replace(roleNames, ' ')).some(
    (word) => !people.has(word) && !childWords.has(word) && !vagueWords.has(word) && !genericWords.has(word),
  );
}

/** Who a reader wants pages for, after "for" ("grooming for parents"). */
const audienceWords = new Set([
  'parents',
  'parent',
  'carers',
  'carer',
  'teachers',
  'professionals',
  'schools',
  'school',
  'kids',
  'children',
  'teenagers',
  'teens',
]);

/**
 * Whether a word names who pages are for ("parents", "teachers").
 * @param word a lower-case word
 */
export const namesAudience = (word: string): boolean => audienceWords.has(word);

/**
 * Small words that put who the pages are for beside a topic: "sexting among teenagers", "grooming
 * what parents need to know".
 */
const alongside = new Set(['and', 'among', 'amongst', 'between', 'in', 'what', 'how', 'why']);

/** What a reader asks for after who it is for: "parents guide to …", "teachers advice on …". */
const guideWords = new Set(['guide', 'guides', 'advice']);

/** Who a reader says they are, after "I am a" ("I am a teenager and …"), besides the audiences. */
const selfWords = new Set(['teenager', 'teen', 'student', ...parentSelves.split('|').filter((name) => /^\p{L}+$/u.test(name))]);

/** Words for a kind of carer, before "carers" or "parents". */
const carerKinds = new Set(['foster', 'kinship', 'adoptive']);

/**
 * The words of "for parents", "for young people", "in schools", "… and young people", "…
 * teenagers", "… what parents need to know", "parents guide to …" in a query that names a topic
 * besides them: a topic's page seldom names its readers so, and Pagefind finds only pages with
 * every word. None when nothing else names a topic ("advice for parents").
 * @param words the query's words, lower case
 */
export function audiencePhraseWords(words: readonly string[]): Set<string> {
  const found = new Set<string>();
  // "I am a young person and …", "as a parent …": who asks, not what about.
  const introduced = (at: number) => {
    const [first, second, article] = [words[at - 3], words[at - 2], words[at - 1]];
    if (article !== 'a' && article !== 'an') return false;
    return (first === 'i' && second === 'am') || second === 'im' || second === "i'm" || second === 'as';
  };
  for (const [at, word] of words.entries()) {
    const before = words[at - 1];
    const after = words[at + 1];
    const young = word === 'young' && (after === 'people' || after === 'person');
    // Last, or followed only by words that name nothing ("… what parents need to know").
    const last = words.slice(at + (young ? 2 : 1)).every(namesNothing);
    // "parents guide to sexting", "teachers advice on grooming": who the guide is for, at the start
    // ("Parents Protect" and "Parent Info" are services).
    const leading = at === 0 && guideWords.has(after ?? '');
    // "sexting teenagers", "grooming and young people", "sexting among teenagers": who the pages
    // are for, at the end (but "harm to children", "exploitation of children" name what happens to them).
    const trailing = last && (alongside.has(before ?? '') || significantWords(before ?? '').length > 0);
    // "grooming what can parents do", "… what should schools do": who is asked to act.
    const asked = (before === 'can' || before === 'should') && after === 'do' && last;
    if ((before === 'for' || trailing || leading || asked) && audienceWords.has(word)) {
      found.add(word);
      // "grooming foster carers", "sexting for kinship carers": the kind of carer goes with them.
      if (carerKinds.has(before ?? '')) found.add(before!);
    } else if (trailing && young) found.add(word).add(after);
    else if ((before === 'in' || before === 'at') && (word === 'schools' || word === 'school')) found.add(word);
    else if (before === 'for' && young) found.add(word).add(after);
    else if (introduced(at) && young) found.add(word).add(after);
    else if (introduced(at) && (audienceWords.has(word) || selfWords.has(word))) found.add(word);
  }
  return found.size > 0 && namesTopic(words.filter((word) => !found.has(word)).join(' ')) ? found : new Set();
}

/**
 * What a reader describes, read in the words the pages use: each reading returns the query as typed
 * when it finds nothing to read.
 */
const readings = [
  asYoungSelf,
  asDigitalAbuseDescribed,
  asRadicalisationDescribed,
  asUnderageSex,
  asGroomingDescribed,
  asChildOnChildAbuse,
  asThreatToShare,
  asAgeQuestion,
  asViewingAbuseImages,
] as const;

/**
 * Whether one of the readings finds something to read in the query: a mistyped word ("a man keeps
 * aking my son for pics") can hide what the reader describes until it is respelled.
 * @param query what the reader typed, or that respelled
 */
export const describesInOtherWords = (query: string): boolean => readings.some((reading) => reading(query) !== query);

/**
 * The query in the words the pages use: what the reader describes read in the pages' words, without
 * a child's age or a device named as someone's (`withoutChildAge`, `withoutOwnDevice`), which say
 * who or where, not what.
 * @param query what the reader typed
 */
export const inPagesWords = (query: string): string =>
  asViewingAbuseImages(
    asAgeQuestion(
      asThreatToShare(
        withoutOwnDevice(
          withoutChildAge(
            asChildOnChildAbuse(
              asGroomingDescribed(asUnderageSex(asRadicalisationDescribed(asDigitalAbuseDescribed(asYoungSelf(query))))),
            ),
          ),
        ),
      ),
    ),
  );
