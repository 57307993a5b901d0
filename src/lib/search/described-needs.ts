/**
 * What a reader needs, as they ask it, read in the words the pages use: a child who has met someone
 * from online, a child at risk to report, a child in danger now, money spent in games, someone to
 * talk to, what something looks like, and how old a child must be for an app. Part of what a reader
 * describes (`in-pages-words.ts`). Pure, so it is unit-tested.
 */
import {
  appNames,
  appSaid,
  childAge,
  childrenAtWork,
  deviceSaid,
  deviceWords,
  determiners,
  ownChild,
  ownChildSaid,
} from './reader-words';

/**
 * A child who has met, in person, someone they first talked to online ("my child has met someone
 * online", "she met up with a man from snapchat"): what the guide to what to do if you are worried
 * calls meeting someone met online. The reader's own meeting ("i met someone online") is not this.
 */
const metOnline = new RegExp(
  `(?<!(?:^|\\s)i(?:['’]?ve|\\s+have|\\s+just)?)(?:^|\\s)(?:(?:has|had|have|just)\\s+)?met\\s+(?:up\\s+with\\s+)?(?:someone|somebody|a\\s+stranger|a\\s+man|a\\s+woman|an?\\s+adult|an?\\s+older\\s+\\p{L}+|a\\s+(?:boy|girl|person)|people|them|him|her)\\s+(?:online|on\\s+the\\s+internet|from\\s+(?:online|the\\s+internet|${appSaid}|a\\s+game|an?\\s+app))(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a child who has met someone from online in the guide's words ("my child has met
 * someone online" → "my child meeting someone met online").
 * @param query what the reader typed
 */
export const asMetOnline = (query: string): string =>
  query.replace(metOnline, ' meeting someone met online').replace(wantsToMeet, ' meeting someone met online').trim();

/** A child wanting to meet someone from online ("my child wants to meet someone from fortnite", "… a friend she met on snapchat"). */
const wantsToMeet = new RegExp(
  `(?<=${ownChildSaid})\\s+(?:(?:is|keeps)\\s+)?(?:wants|wanted|asking|asked|planning|plans|going)\\s+to\\s+meet(?:\\s+up\\s+with)?\\s+(?:someone|somebody|a\\s+(?:friend|boy|girl|man|person)|people|an?\\s+older\\s+\\p{L}+)\\s+(?:(?:(?:s?he|they)\\s+)?(?:met|knows?|talks?\\s+to|plays?\\s+with)\\s+)?(?:from|on|online)(?:\\s+(?:${appSaid}|a\\s+game|an?\\s+app|the\\s+internet))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

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
 * A child telling a professional about abuse online ("pupil disclosed abuse online what do i do",
 * "what to do when a pupil discloses online abuse"): what the online harms procedure, once called
 * the online abuse procedure, is for. A disclosure named more closely ("pupil disclosed
 * sextortion", "… they sent a nude") stays as typed, for the pages on it.
 */
const onlineAbuseDisclosed = new RegExp(
  `(?:^|\\s)(?:(?:a|the|my|our)\\s+)?(?:pupils?|child(?:ren)?|students?|young\\s+(?:person|people)|kids?|teenagers?|learners?)\\s+(?:(?:has|have|had)\\s+)?(?:disclos(?:ed|es|ing)|made\\s+a\\s+disclosure\\s+(?:of|about)|told\\s+(?:me|us|a\\s+teacher|staff)(?:\\s+about)?)\\s+(?:(?:online|sexual|physical|emotional)\\s+)?(?:abuse|harm)(?:\\s+(?:happening\\s+)?online)?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a child's disclosure of abuse online in the procedure's old name ("pupil
 * disclosed abuse online what do i do" → "online abuse what do i do"). A disclosure that does not
 * say it happened online stays as typed.
 * @param query what the reader typed
 */
export const asOnlineAbuseDisclosed = (query: string): string =>
  /\bonline\b/i.test(query)
    ? query.replace(onlineAbuseDisclosed, ' online abuse').replace(disclosureNamed, ' online abuse').trim()
    : query;

/** A disclosure of abuse online, named as one ("responding to online abuse disclosure", "disclosures of online abuse"). */
const disclosureNamed =
  /(?:^|\s)(?:(?:respond(?:ing)?\s+to|handl(?:e|ing)|deal(?:ing)?\s+with|receiv(?:e|ing))\s+)?(?:an?\s+|the\s+)?(?:online\s+abuse\s+disclosures?|disclosures?\s+of\s+(?:abuse\s+online|online\s+abuse))(?=$|[^\p{L}\d])/iu;

/** Only a child in someone's care at work, never a parent's own: "a pupil", "a child in my class", "a patient". */
const childAtWork = `(?:(?:a|an|the|one\\s+of\\s+my|one\\s+of\\s+our|my|our)\\s+)?(?:(?:${childrenAtWork})(?:\\s+in\\s+my\\s+(?:class|group|form|care|caseload))?|(?:young\\s+(?:person|people)|child(?:ren)?|girl|boy|teen(?:ager)?)\\s+in\\s+my\\s+(?:class|group|form|care|caseload))`;

const saidAtWork = new RegExp(`(?:^|\\s)${childAtWork}(?=$|[^\\p{L}\\d])`, 'iu');

/**
 * A child in someone's care at work (`childAtWork`), or a child named as no one's own ("a child",
 * "a young person"): "my child" is a parent's.
 */
const childInCare = `(?:${childAtWork}|(?:a|an|the)\\s+(?:young\\s+person|child|girl|boy|teen(?:ager)?))`;

/** What a child may say is happening to them, and the words of the guide's outcome for professionals that responds to it. */
const disclosedHarms = [
  { said: 'groomed|(?:sexually\\s+|criminally\\s+)?exploited', outcome: 'respond to grooming or exploitation' },
  { said: 'bullied|cyber\\s*bullied|trolled|harassed', outcome: 'respond to online bullying' },
  { said: 'radicali[sz]ed', outcome: 'respond to radicalisation' },
  // Abuse online not named more closely: the online harms procedure, once called the online abuse procedure.
  { said: '(?:sexually\\s+)?abused', onlyOnline: true, onlyAtWork: true, outcome: 'online abuse' },
].map((harm) => ({
  ...harm,
  whole: new RegExp(`^(?:${harm.said})$`, 'iu'),
  pattern: `(?:${harm.said})${harm.onlyOnline ? '(?=\\s+online)' : ''}`,
}));

/**
 * A child telling someone who works with them what is happening to them ("what should i do if a
 * pupil tells me they are being groomed online", "a student disclosed she is being bullied online"):
 * the guide's outcome for professionals that responds to it. A parent's own child ("my son told me
 * …") is not this, and a harm not in `disclosedHarms` stays as typed.
 */
const toldBeing = new RegExp(
  `(?:^|\\s)${childInCare}\\s+(?:(?:has|have|had)\\s+)?(?:tells?|told|disclos(?:ed|es|ing)|sa(?:id|ys)|confided\\s+in)(?:\\s+(?:me|us|a\\s+teacher|staff))?(?:\\s+that)?\\s+(?:they|he|she)(?:\\s+(?:is|are|was|were|has\\s+been|have\\s+been|might\\s+be|may\\s+be)|['’]re|['’]s)\\s+(?:being\\s+)?(${disclosedHarms.map(({ pattern }) => pattern).join('|')})(?:\\s+online)?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a child's disclosure to someone who works with them in the words of the guide's
 * outcome for professionals ("… a pupil tells me they are being groomed online" → "… respond to
 * grooming or exploitation").
 * @param query what the reader typed
 */
export const asDisclosedToProfessional = (query: string): string => {
  const inOutcomeWords = (said: string, harm: string) => {
    const found = disclosedHarms.find(({ whole }) => whole.test(harm));
    // "a child tells me they are being abused online" may be a parent's question too: the guide for parents answers it.
    if (found === undefined || (found.onlyAtWork && !saidAtWork.test(said))) return said;
    return ` ${found.outcome}`;
  };
  return query
    .replace(toldBeing, inOutcomeWords)
    .replace(thoughtBeing, inOutcomeWords)
    .replace(disclosedByName, (said: string, harm: string) =>
      inOutcomeWords(said, harmsByName[harm.toLowerCase().replace(/\s+/gu, '')] ?? harm),
    )
    .trim();
};

/** A harm as a child names it in a disclosure ("grooming") and as `disclosedHarms` says it ("groomed"). */
const harmsByName: Readonly<Record<string, string>> = {
  grooming: 'groomed',
  exploitation: 'exploited',
  bullying: 'bullied',
  cyberbullying: 'bullied',
  radicalisation: 'radicalised',
  radicalization: 'radicalised',
};

/**
 * A child in someone's care at work disclosing a harm named as one ("pupil disclosed grooming",
 * "a student has disclosed online bullying"): the same outcome as when they say it is happening to them.
 */
const disclosedByName = new RegExp(
  `(?:^|\\s)(?:${childInCare}|${childrenAtWork})\\s+(?:(?:has|have|had)\\s+)?(?:disclos(?:ed|es|ing)|reported|told\\s+(?:me|us|a\\s+teacher|staff)\\s+about)\\s+(?:online\\s+)?(${Object.keys(harmsByName).join('|')}|cyber\\s+bullying)(?:\\s+online)?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * Someone who works with children worried that a child in their care is being harmed ("a pupil is
 * being groomed online", "worried a patient is being exploited"): the same outcome as when the child
 * tells them. A parent's own child ("my son is being groomed") is not this.
 */
const thoughtBeing = new RegExp(
  `(?:^|\\s)(?:(?:i\\s+(?:think|suspect|am\\s+worried|['’]?m\\s+worried)|worried|concerned|concerns?|suspect|suspicion)\\s+(?:that\\s+)?)?${childAtWork}\\s+(?:(?:is|are|may\\s+be|might\\s+be|could\\s+be|has\\s+been|have\\s+been)\\s+(?:being\\s+)?|being\\s+)(${disclosedHarms.map(({ pattern }) => pattern).join('|')})(?:\\s+online)?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * A child in danger now ("my child is in danger right now", "child in immediate danger"): what the
 * pages call immediate danger, when the answer is to call 999. A child in danger with no "now"
 * ("who do I call if a child is in danger") is the guide to what to do if you are worried, whose
 * first step is the same.
 */
const dangerNow = new RegExp(
  `(?:^|\\s)(?:(?:(?:${determiners})\\s+)?(?:child(?:ren)?|kids?|son|daughter|pupil|young\\s+person|someone)\\s+)?(?:(?:is|are|may\\s+be|might\\s+be|could\\s+be)\\s+)?(?:in\\s+(?:(?:immediate|serious|real)\\s+danger(?:\\s+(?:right\\s+)?now)?|danger\\s+(?:right\\s+)?now)|(?:not\\s+safe|unsafe)\\s+(?:right\\s+)?now)(?=$|[^\\p{L}\\d])|(?:^|\\s)(?:my|our)\\s+(?:child|kid|son|daughter|teen(?:ager)?)\\s+(?:is|may\\s+be|might\\s+be|could\\s+be)\\s+in\\s+danger(?!\\s+of(?:\\s|$))(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * A child missing now ("my child is missing and was talking to someone online", "my daughter has run
 * away to meet someone", "son hasn't come home"): a child who may be in immediate danger, for whom
 * the pages' answer is to call 999, whatever else the query says of why.
 */
const childMissing = new RegExp(
  `(?:^|\\s)(?:(?:${determiners})\\s+)?(?:child(?:ren)?|kids?|son|daughter|teen(?:ager)?|pupil|young\\s+person|\\d{1,2}\\s*-?\\s*(?:year|yr)s?\\s*-?\\s*old)\\s+(?:(?:is|are|has\\s+gone|have\\s+gone|went|has\\s+been|was|been|gone)\\s+missing(?!\\s+(?:school|lessons?|class(?:es)?|out|education|meals?|(?:his|her|their|my|our|the|a|an)\\s))|(?:has|have)\\s+run\\s+away|ran\\s+away|(?:has|have)n['’]?t\\s+come\\s+home|did(?:n['’]?t|\\s+not)\\s+come\\s+home)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a child in danger now, or missing, in the words the pages use ("my child is in
 * danger right now" and, of the reader's own child, "i think my child is in danger" → "immediate
 * danger"; "my child is missing and was talking to someone online"
 * → "immediate danger").
 * @param query what the reader typed
 */
export const asImmediateDanger = (query: string): string =>
  childMissing.test(query) ? 'immediate danger' : query.replace(dangerNow, ' immediate danger').trim();

/** Where a child spends money online: a game, an app, or a game's own money (a device they buy is not this). */
const spentOn =
  '(?:games?|gaming|apps?|in-?game|in-?app|fortnite|roblox|minecraft|fifa|fc\\s*\\d+|robux|v-?bucks|loot\\s+box(?:es)?|skins|gems|coins)';

/**
 * A child spending money in a game or an app ("my son spent money on fortnite without asking",
 * "she used my card on her ipad game", "bought robux"), or with the reader's card ("my daughter
 * bought something online with my card"): what the commerce risks page calls spending money in games.
 */
const moneySpentInGames = new RegExp(
  `(?:^|\\s)(?:(?:has|have|had|keeps?|is|was)\\s+)?(?:spent|spend(?:s|ing)?|wasted|used\\s+(?:my|our|his|her|their|a|the)\\s+(?:(?:bank|credit|debit)\\s+)?(?:card|money|account)|bought|buy(?:s|ing)?)\\s+(?:[\\p{L}\\d£$€.,'’-]+\\s+){0,4}?(?:(?:on|in|for)\\s+(?:(?:a|an|the|my|our|his|her|their|this|that)\\s+)?(?:[\\p{L}\\d'’-]+\\s+)?)?${spentOn}(?=$|[^\\p{L}\\d])|(?:^|\\s)(?:(?:has|have|had|keeps?|is|was)\\s+)?(?:spent|spend(?:s|ing)?|bought|buy(?:s|ing)?|paid\\s+for|pay(?:s|ing)?\\s+for|order(?:ed|s|ing)?)\\s+(?:[\\p{L}\\d£$€.,'’-]+\\s+){0,4}?(?:with|on|using)\\s+(?:my|our|his|her|their|a|the)\\s+(?:(?:bank|credit|debit)\\s+)?card(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Time spent, not money: "how long should he spend on games", "spends hours on roblox". */
const timeSpent = /\b(?:how\s+long|time|hours?|minutes?|all\s+(?:day|night))\b/iu;

/**
 * The query with a child's spending in a game or app in the words the pages use ("my son spent
 * money on fortnite without asking" → "my son spending money in games without asking").
 * @param query what the reader typed
 */
export const asSpendingInGames = (query: string): string =>
  timeSpent.test(query) ? query : query.replace(moneySpentInGames, ' spending money in games').trim();

/**
 * The reader asking for someone to talk to ("i want to talk to someone", "who can i talk to", "i
 * need someone to talk to"): what the guidance on getting help and Childline's page call someone to
 * talk to. Talking to someone named ("… to my son", "… to a social worker") stays as typed.
 */
const wantsToTalk = new RegExp(
  `(?:^|\\s)(?:(?:i|we)\\s+(?:just\\s+|really\\s+)?(?:want|need|would\\s+like|wanna)\\s+(?:to\\s+(?:talk|speak|chat)\\s+(?:to|with)\\s+(?:someone|somebody|a\\s+person|an\\s+adult)|(?:someone|somebody)\\s+to\\s+(?:talk|speak)\\s+to)|(?:can|could)\\s+i\\s+(?:talk|speak)\\s+to\\s+(?:someone|somebody)|(?:who|where)\\s+(?:can|could|do|should)\\s+i\\s+(?:talk|speak)\\s+to|^(?:talk|speak|chat)\\s+to\\s+(?:someone|somebody))(?!\\s+(?:(?:about\\s+)?(?:my|our|your|his|her|their)\\s+(?:${ownChild}|partner|husband|wife|boyfriend|girlfriend|pupils?|students?)|(?:about\\s+)?(?:a|an|the)\\s|(?:my|our|your|his|her|their|who|that)\\s))(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** The reader's own troubles, said after someone to talk to ("… about my mental health"): what the talking is about, for the same pages. */
const ownTroubles =
  /(?<=someone to talk to)\s+about\s+(?:my\s+|how\s+i\s+feel|what(?:['’]s|\s+is)\s+going\s+on)?(?:mental\s+health|feelings|problems|worries|anxiety|depression|stress|life|things|stuff|everything|it)?(?=$|[^\p{L}\d])/iu;

/**
 * A young person who does not want their parents to know ("without my parents knowing", "scared to
 * tell my mum", "… but not my parents"), or who wants to talk to someone privately ("… anonymously", "… in
 * confidence"): what Childline is for, free, private and confidential for anyone under 19.
 */
const keptFromParents =
  /(?:^|\s)(?:(?:but\s+)?not\s+(?:to\s+)?my\s+(?:parents?|mum|dad|mom|family)|(?:other\s+than|apart\s+from|except)\s+my\s+(?:parents?|mum|dad|mom|family)|without\s+(?:my\s+)?(?:parents?|mum|dad|mom|family)\s+(?:knowing|finding\s+out)|without\s+telling\s+my\s+(?:parents?|mum|dad|mom|family)|(?:scared|afraid|frightened|too\s+scared|don['’]?t\s+want)\s+to\s+tell\s+my\s+(?:parents?|mum|dad|mom|family)|my\s+(?:parents?|mum|dad|mom|family)\s+(?:doesn['’]?t|doesnt|does\s+not|don['’]?t|dont|do\s+not)\s+know|(?<=someone to talk to\s)(?:anonymously|confidentially|privately|secretly|in\s+(?:confidence|private|secret)))(?=$|[^\p{L}\d])/iu;

/**
 * The query with the reader asking for someone to talk to in the words the pages use ("i want to
 * talk to someone" → "someone to talk to"; "can i talk to someone without my parents knowing" →
 * "someone to talk to childline").
 * @param query what the reader typed
 */
export const asSomeoneToTalkTo = (query: string): string => {
  const talk = query.replace(wantsToTalk, ' someone to talk to').replace(ownTroubles, '');
  return talk.replace(keptFromParents, ' childline').replace(/\s+/g, ' ').trim();
};

/**
 * Asking how to refer a child to children's services ("how do i make a referral to childrens
 * services", "how to refer to children's social care"): what the procedure "Making a referral to
 * social care" sets out; an area named ("… to derbyshire childrens services") is kept. A contact
 * asked for ("… phone number") is still found by its own words.
 */
const referralAsked =
  /(?:^|\s)(?:(?:how|where)\s+(?:do|can|should|would)\s+(?:i|we|you)\s+|how\s+to\s+)?(?:(?:make|making|do|submit|send|complete)\s+(?:a\s+)?referral|refer(?:ring)?(?:\s+(?:a|the|my)\s+(?:child|pupil|family))?)\s+to\s+(?:the\s+)?(?:(derby\s+city|derbyshire|derby)\s+)?(?:childrens|children['’]s)\s+(?:services|social\s+services|social\s+care)(?=$|[^\p{L}\d])/iu;

/**
 * The query with a referral to children's services asked about in the procedure's words ("how do i
 * make a referral to childrens services" → "making a referral to social care").
 * @param query what the reader typed
 */
export const asReferralAsked = (query: string): string =>
  query
    .replace(referralAsked, (_: string, area: string | undefined) => ` making a referral to social care${area ? ` ${area}` : ''}`)
    .replace(referralConsent, ' making a referral to social care')
    .trim();

/** Telling parents, or asking their consent, before a referral ("should i tell parents before referring"), which the procedure covers. */
const referralConsent =
  /(?:^|\s)(?:(?:tell(?:ing)?|inform(?:ing)?|ask(?:ing)?|talk(?:ing)?\s+to)\s+(?:the\s+)?(?:parents?|carers?|family)\s+(?:before|about)\s+(?:referring|making\s+a\s+referral|a\s+referral|the\s+referral)|(?:parental\s+|parents['’]?\s+)?consent\s+(?:to|for|before)\s+(?:make\s+a\s+|making\s+a\s+|a\s+)?refer(?:ral|ring))(?=$|[^\p{L}\d])/iu;

/**
 * Something upsetting seen online ("my child watched something scary on youtube", "i saw a
 * disturbing video on tiktok"): what the guidance "If something online has upset you" and the
 * guide's outcomes call seeing something upsetting. Where it was seen goes with it.
 */
const upsettingAdjective =
  '(?:(?:really|very|so|quite)\\s+)?(?:scary|upsetting|disturbing|horrible|frightening|nasty|awful|graphic|horrific|distressing|creepy)';
const upsettingSeen = new RegExp(
  `(?:^|\\s)(?:saw|seen|see|watched|watch|viewed|c[ao]me\\s+across|found)\\s+(?:(?:something|stuff|things|an?\\s+(?:video|image|picture|post)|videos|images|pictures|posts|content)\\s+${upsettingAdjective}|(?:(?:an?|some)\\s+)?${upsettingAdjective}\\s+(?:videos?|images?|pictures?|posts?|content|things|stuff))(?:\\s+(?:on|in)\\s+(?!the\\s+news)[\\p{L}\\d]+)?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with something upsetting seen online in the guidance's words ("my child watched
 * something scary on youtube" → "my child saw something upsetting").
 * @param query what the reader typed
 */
export const asUpsettingSeen = (query: string): string =>
  query
    .replace(upsettingSeen, ' saw something upsetting')
    .replace(goreNamed, ' violent content')
    .replace(stuntsCopied, ' online challenges')
    .trim();

/** Dangerous stunts or challenges copied from online ("my child copies dangerous stunts from tiktok"): the content risks' online challenges. */
const stuntsCopied = new RegExp(
  `(?:^|\\s)(?:(?:cop(?:y|ies|ied|ying)|do(?:es|ing)?|did|tr(?:y|ies|ied|ying))\\s+)?(?:(?:dangerous|risky|stupid|viral|crazy)\\s+)+(?:stunts|challenges|dares|pranks|trends)(?:\\s+(?:from|on|off)\\s+(?:${appSaid}|the\\s+internet|online|videos?))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Violent material named by what it shows ("beheading video", "gore clips", "murder footage"): the content risks' violent content. */
const goreNamed =
  /(?:^|\s)(?:(?:a|an|the|some)\s+)?(?:beheading|execution|murder|killing|gore|gory|gruesome|dead\s+bod(?:y|ies))\s+(?:videos?|clips?|footage|images?|pictures?|pics|content|posts?)(?=$|[^\p{L}\d])/iu;

/**
 * Asking what something looks like ("what does grooming look like online", "what might
 * radicalisation look like in a child"): asking for its signs, which the pages list under its name.
 */
const lookLikeAsked =
  /(^|\s)(what\s+(?:does|do|did|would|might|can|could|should)\s+(?:[\p{L}\d'’-]+\s+){1,4}?)looks?\s+like(?=$|[^\p{L}\d])/giu;

/**
 * The query with a question about what something looks like asked as its signs ("what does grooming
 * look like online" → "what does grooming signs online").
 * @param query what the reader typed
 */
export const asSignsAsked = (query: string): string => query.replace(lookLikeAsked, '$1$2signs').trim();

/**
 * Asking how old a child must be ("what age is snapchat for", "how old do you have to be for
 * tiktok"): the youngest age an app or game is meant for, which the pages call its minimum age.
 */
const ageQuestion =
  /\b(?:what age|how old (?:do|does|should|must) (?:you|i|they|he|she|my [\p{L}'’]+|a child|kids|children) (?:have to |need to )?be)\b/giu;

/** "age limits", "age appropriate", "age restrictions": an app's or game's minimum age. */
const ageLimitSaid = /(^|\s)age[\s-]+(?:limits?|restrictions?|requirements?|appropriate|suitable)(?=$|[^\p{L}\d])/giu;

/** A child's age: "11 year olds", "a 9yo". */
const ageInYears = `(?:${childAge}|\\d{1,2}\\s*yos?)`;

/** A child's age, or a child by age: "11 year olds", "a 9yo", "my 9 year old", "kids", "my son", "under 13s". */
const childByAge = `(?:(?:an?|my|our)\\s+)?${ageInYears}|kids|children|a\\s+child|teens?|teenagers|pre-?teens|under\\s*\\d{1,2}s?|(?:my|our)\\s+\\p{L}+`;

/** Whether an app is safe for a child's age ("is tiktok safe for 11 year olds", "is roblox ok for a 7 year old"). */
const safeForAge = new RegExp(
  `(?:^|\\s)(?:is|are)\\s+(?!(?:it|this|that|they|he|she|my|your|our|their|his|her|there|online|the\\s+internet)(?:\\s|$))([\\p{L}\\d]+(?:\\s+[\\p{L}\\d]+)?)\\s+(?:safe|ok|okay|alright|suitable|appropriate|allowed|too\\s+old)\\s+for\\s+(?:${childByAge})(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Whether an age suits an app ("is 11 too young for snapchat", "is 13 old enough for instagram"). */
const ageForApp = new RegExp(
  `(?:^|\\s)(?:is|are)\\s+\\d{1,2}(?:\\s*(?:years?\\s+old|yrs?|yo))?\\s+(?:too\\s+young|too\\s+old|old\\s+enough|the\\s+right\\s+age|a\\s+good\\s+age|ok|okay)\\s+(?:for|to\\s+(?:have|get|use|join|be\\s+on))\\s+(?:an?\\s+)?([\\p{L}\\d]+)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Whether the reader's child is safe on an app readers name ("is my child safe on roblox", "are my kids ok using tiktok"). */
const safeOnApp = new RegExp(
  `(?:^|\\s)(?:is|are)\\s+(?:my|our)\\s+\\p{L}+\\s+(?:safe|ok|okay|alright)\\s+(?:on|using|playing|with)\\s+(${appSaid})(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Whether an app readers name is safe, for no one named ("is roblox safe", "how safe is tiktok for kids"). */
const appSafe = new RegExp(
  `(?:^|\\s)(?:(?:is|are)\\s+(${appSaid})\\s+(?:really\\s+)?|how\\s+safe\\s+is\\s+(${appSaid})\\s*)(?:safe|ok|okay|alright|suitable|appropriate|dangerous)?(?:\\s+for\\s+(?:kids|children|a\\s+child|teens?|teenagers|young\\s+people))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** An app's age, named ("whatsapp age 13 or 16", "age for snapchat", "tiktok age rating"). */
const appAgeNamed = new RegExp(
  `(?:^|\\s)(?:(${appSaid})\\s+ages?(?:\\s+(?:limits?|ratings?|requirements?|restrictions?))?|ages?\\s+(?:limit\\s+)?(?:for|on)\\s+(${appSaid}))(?:\\s+(?:is\\s+it\\s+)?\\d{1,2}(?:\\s+or\\s+\\d{1,2})?)?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** A child's first phone or device ("kids first phone advice", "my son's first smartphone"). */
const firstDevice = new RegExp(
  `(?:^|\\s)(?:(?:my|our|a|their|his|her)\\s+)?(?:\\p{L}+['’]?s?\\s+)?first\\s+(phone|smartphone|mobile|tablet|ipad|console|games\\s+console|laptop)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The reader's child, by age or as their child with an age after ("my 9 year old", "my daughter is
 * 9 and", "my son aged 10"), or without one ("my daughter").
 */
const childAgedOrNot = `(?:(?:my|our)\\s+)?${ageInYears}(?:\\s+(?:${ownChild}))?|(?:(?:my|our|a)\\s+)?(?:${ownChild})(?:\\s+(?:(?:is|aged?|who\\s+is)\\s+\\d{1,2}(?:\\s+and)?))?`;

/**
 * A young child asking for an app or device, said at the end ("my 9 year old wants tiktok", "my
 * daughter is 9 and wants snapchat"), or the reader asking whether to let them have it ("should i
 * let my 11 year old have instagram", "can my son have a phone").
 */
const childWantsApp = new RegExp(
  `(?:^|\\s)(?:(?:should|can|could|do|would)\\s+(?:i|we)\\s+(?:let|allow)\\s+(${childAgedOrNot})\\s+(?:to\\s+)?(?:have|get|use|join|download|go\\s+on|be\\s+on)|(?:should|can|could)\\s+(${childAgedOrNot})\\s+(?:have|get|use|join|download|go\\s+on|be\\s+on)|(${childAgedOrNot})\\s+(?:(?:is|keeps)\\s+)?(?:wants|asking\\s+for|asked\\s+for|begging\\s+(?:me\\s+)?for|wants\\s+to\\s+(?:get|have|join|download|use|play|go\\s+on)|has(?:\\s+got)?|got|is\\s+on|uses|is\\s+using|joined|signed\\s+up\\s+(?:to|for)))\\s+(?:an?\\s+)?(?!to\\b)(social\\s+media|[\\p{L}\\d]+)(?:\\s+account)?(?:\\s+(?:at|aged?)\\s+\\d{1,2})?$`,
  'iu',
);

/** Whether `childWantsApp` found the child's age ("my 9 year old", "my son is 9", "… at 12"). */
const ageGiven = /\d/u;

/**
 * The app a child wants (`childWantsApp`), when it reads as an app: one named with the child's age, or one
 * of the apps and devices readers name ("my daughter wants tiktok"; "my son wants help" is not).
 */
function wantedApp(said: string, app: string): string | undefined {
  const name = app.toLowerCase();
  return appNames.has(name) || deviceWords.has(name) || (ageGiven.test(said) && !notAnApp.has(name)) ? app : undefined;
}

/** Words a child may want that are no app: "my 15 year old wants sex", "… wants a girlfriend". */
const notAnApp = new Set(['sex', 'girlfriend', 'boyfriend', 'help', 'money', 'attention', 'it', 'this', 'that', 'more', 'me']);

/** "phone" alone asks for a number (`contactWords`); a child's phone is a smartphone. */
const asDevice = (device: string): string => (/^(?:phone|mobile)$/iu.test(device) ? 'smartphone' : device);

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
export const asAppAgeQuestion = (query: string): string => appAgeReadings.reduce((read, reading) => reading(read), query);

/** The readings of `asAppAgeQuestion`, in order, as `paidForPictureReadings` are: each compiles in a task of its own. */
export const appAgeReadings = [
  (query: string): string =>
    query
      .replace(safeForAge, (_: string, app: string) => ` minimum age ${app}`)
      .replace(safeOnApp, (_: string, app: string) => ` minimum age ${app}`)
      .replace(appAgeNamed, (_: string, app: string | undefined, after: string | undefined) => ` minimum age ${app ?? after}`)
      .replace(appSafe, (said: string, app: string | undefined, howSafe: string | undefined) =>
        /\b(?:safe|ok|okay|alright|suitable|appropriate|dangerous)\b/iu.test(said) || howSafe !== undefined
          ? ` minimum age ${app ?? howSafe}`
          : said,
      )
      .trim(),
  (query: string): string =>
    query
      .replace(ageForApp, (said: string, app: string) => (notAnApp.has(app.toLowerCase()) ? said : ` minimum age ${app}`))
      .replace(firstDevice, (_: string, device: string) => ` minimum age ${asDevice(device)}`)
      .trim(),
  (query: string): string =>
    query
      .replace(childWantsApp, (said: string, ...groups: (string | undefined)[]) => {
        const app = groups[3];
        const wanted = app === undefined ? undefined : wantedApp(said, app);
        return wanted === undefined ? said : ` minimum age ${asDevice(wanted)}`;
      })
      .trim(),
] as const;

/** Their phone, messages or history: "his phone", "her messages", "their search history". */
const childsOwn = `(?:his|her|their|all\\s+(?:his|her|their))\\s+(?:phone|screen|tablet|messages|chats?|texts|history|search\\s+history|browsing\\s+history|apps?)`;

/**
 * A child behaving in a way that worries a parent, online or over their phone ("my kid keeps deleting
 * his messages", "my son is very secretive on his phone", "my daughter hides her phone from me", "my son has
 * a secret instagram account"): what
 * the guide "What to do if you are worried about a child online" is about, whose first name is
 * "worried about my child". The reader's own history ("i keep deleting my history") is not this.
 */
const childSecretive = new RegExp(
  `(?:^|\\s)${ownChildSaid}\\s+(?:[\\p{L}'’]+\\s+){0,3}?(?:secretive|withdrawn|sneaky|(?:has|have|got|made|set\\s+up|created|opened)\\s+(?:an?\\s+)?(?:(?:secret|second|hidden|fake|other)\\s+)+(?:${appSaid}\\s+)?(?:accounts?|profiles?|phones?)|finsta|(?:hid(?:es|ing|den)?|delet(?:es|ed|ing)|wip(?:es|ed|ing)|clear(?:s|ed|ing)|lock(?:s|ed|ing)|guard(?:s|ed|ing))\\s+${childsOwn}|(?:won['’]?t|wont|will\\s+not|doesn['’]?t|does\\s+not)\\s+let\\s+me\\s+(?:see|look\\s+at|check|near)\\s+${childsOwn})(?:\\s+(?:on|from|with)\\s+(?:me|us|${childsOwn}|(?:(?:his|her|their)\\s+)?[\\p{L}\\d]+))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a child's worrying behaviour in the guide's words ("my kid keeps deleting his
 * messages should i be worried" → "worried about my child should i be worried").
 * @param query what the reader typed
 */
export const asChildSecretive = (query: string): string =>
  query.replace(childSecretive, ' worried about my child').replace(childToldParent, ' worried about my child').trim();

/**
 * A child telling their parent that something happened, without saying what ("my child told me
 * something bad happened online", "my son has opened up to me about something online"): the guide
 * "What to do if you are worried about a child online", whose first steps are for when a child
 * tells you. What the child told, named ("… told me he is being bullied"), is read as that.
 */
const childToldParent = new RegExp(
  `(?:^|\\s)${ownChildSaid}\\s+(?:has\\s+|just\\s+|finally\\s+)?(?:told|tells|opened\\s+up\\s+to|confided\\s+in|came\\s+to)\\s+(?:me|us)\\s+(?:that\\s+|about\\s+)?(?:something|what)(?:\\s+(?:bad|awful|horrible|upsetting|scary|terrible|worrying))?(?:\\s+(?:has\\s+|had\\s+)?happened)?(?:\\s+(?:to\\s+(?:him|her|them)\\s+)?(?:online|on\\s+the\\s+internet|on\\s+${appSaid}|on\\s+(?:his|her|their)\\s+phone))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * A parent checking their child's phone or messages ("how to check my childs phone", "should i read
 * my daughters messages", "can i track my son's location"): what the parental controls page is
 * about, controls and settings that let a parent see and limit what their child does.
 */
const childMonitored = new RegExp(
  `(?:^|\\s)(?:check(?:ing)?|monitor(?:ing)?|read(?:ing)?|look(?:ing)?\\s+(?:at|through)|go(?:ing)?\\s+through|track(?:ing)?|spy(?:ing)?\\s+on|see|keep\\s+(?:an\\s+eye|tabs)\\s+on)\\s+${ownChildSaid}(?:['’]?s)?\\s+(?:(?:deleted|old|private|secret)\\s+)?(?:phone|mobile|tablet|ipad|messages|texts|chats|dms|search\\s+history|browsing\\s+history|history|location|apps|screen\\s+time|${appSaid})(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a parent checking their child's phone in the page's words ("should i read my
 * daughters messages" → "should i parental controls").
 * @param query what the reader typed
 */
export const asChildMonitored = (query: string): string =>
  query
    .replace(childMonitored, ' parental controls')
    .replace(childActivityChecked, ' parental controls')
    .replace(childAccountMadePrivate, ' privacy settings')
    .replace(controlsGotRound, ' parental controls')
    .replace(
      chatSettings,
      (_: string, app: string | undefined, after: string | undefined) => ` parental controls ${app ?? after ?? ''}`,
    )
    .replace(snapMap, ' location sharing')
    .replace(adultSearched, ' adult content')
    .trim();

/**
 * A parent wanting to check what their child does online ("how do i check what my child is doing
 * online", "check who my son is talking to"): the parental controls page, which says what they
 * show. Only wanting to know who ("how can i see who my child is talking to") stays as typed, for
 * the guidance on talking to a child.
 */
const childActivityChecked = new RegExp(
  `(?:^|\\s)(?:(?:check(?:ing)?|monitor(?:ing)?|track(?:ing)?)\\s+(?:what|who)|(?:see|know|find\\s+out)\\s+what)\\s+${ownChildSaid}\\s+(?:is\\s+|has\\s+been\\s+)?(?:doing|looking\\s+at|watching|searching(?:\\s+for)?|talking\\s+to|messaging|chatting\\s+to)(?:\\s+(?:online|on\\s+(?:the\\s+internet|(?:their|his|her)\\s+(?:phone|tablet|ipad))))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** A child's account made private ("how do i make my childs instagram private"): the privacy settings on the page. */
const childAccountMadePrivate = new RegExp(
  `(?:^|\\s)(?:make|set|keep|turn|change)\\s+${ownChildSaid}(?:['’]?s)?\\s+(?:${appSaid}|account|profile|page)(?:\\s+account)?\\s+(?:to\\s+)?private(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** A game's or app's chat, to turn off or set ("voice chat on fortnite", "turn off chat roblox"): the settings on the page on them. */
const chatSettings = new RegExp(
  `(?:^|\\s)(?:(?:how\\s+(?:do\\s+i\\s+|to\\s+))?(?:turn(?:ing)?\\s+off|disabl(?:e|ing)|block(?:ing)?|stop(?:ping)?|limit(?:ing)?|mut(?:e|ing))\\s+(?:the\\s+)?)?(?:voice\\s+|text\\s+|in[\\s-]?game\\s+|group\\s+)?chat(?:\\s+settings)?\\s+(?:on|in)\\s+(${appSaid})|(?:^|\\s)(?:turn(?:ing)?\\s+off|disabl(?:e|ing)|block(?:ing)?|mut(?:e|ing))\\s+(?:the\\s+)?(?:voice\\s+|text\\s+)?chat\\s+(${appSaid})(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Snapchat's map of where friends are ("snap map"): location sharing. */
const snapMap = /(?:^|\s)snap\s*maps?(?=$|[^\p{L}\d])/iu;

/** A child searching for sexual material ("my child searched for sex on google"): what the page calls adult content. */
const adultSearched = new RegExp(
  `(?<=${ownChildSaid})\\s+(?:(?:has\\s+been|was|is|keeps)\\s+)?(?:search(?:ed|ing|es)?|googl(?:ed|ing|es)|look(?:ed|ing|s)\\s+up)\\s+(?:for\\s+)?(?:sex|porn|naked\\s+\\p{L}+|sexual\\s+\\p{L}+|rude\\s+\\p{L}+)(?:\\s+(?:on|in)\\s+(?:google|youtube|${appSaid}|the\\s+internet|online))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Controls got round ("kids using vpn to get round controls", "bypassing parental controls"): the page on them. */
const controlsGotRound = new RegExp(
  `(?:^|\\s)(?:(?:get(?:s|ting)?|got)\\s+(?:round|around|past)|bypass(?:es|ed|ing)?|turn(?:s|ed|ing)?\\s+off|disabl(?:e|es|ed|ing))\\s+(?:the\\s+|my\\s+|our\\s+)?(?:parental\\s+)?(?:controls|filters?|blocks?|restrictions?|screen\\s+time(?:\\s+limits?)?)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Whom something is said about: "me", "my son", "her". */
const saidAbout = `about\\s+(?:me|him|her|them|us|(?:my|our)\\s+[\\p{L}'’]+)`;
const whomSaidAbout = new RegExp(saidAbout, 'iu');

/**
 * Unkind things said or posted about someone online ("people are saying things about me online",
 * "kids are posting mean stuff about my son", "what's being said about me online"): what the
 * guidance on bullying online calls nasty comments and spreading rumours. Whom it is about goes with
 * it; a question about what is said of a topic ("what is being said about the online safety act")
 * is not this.
 */
const thingsSaid = new RegExp(
  `(?:^|\\s)(?:(?:(?:is|are|keeps?|kept|been)\\s+)?(?:say(?:s|ing)?|said|post(?:s|ed|ing)?|writ(?:es|ing|ten)|wrote|spread(?:s|ing)?|shar(?:es|ed|ing)|put(?:s|ting)?(?:\\s+up)?|mak(?:es|ing)\\s+up|made\\s+up)\\s+(?:(?:mean|nasty|horrible|hurtful|rude|bad|untrue|fake|false|cruel|awful|things|stuff)\\s+)*(?:things|stuff|comments|lies|rumou?rs|posts|memes)\\s+${saidAbout}|what(?:['’]?s|\\s+is)\\s+being\\s+(?:said|posted|written)\\s+(?:${saidAbout}(?:\\s+online)?|online))(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with unkind things said about someone online in the bullying guidance's words
 * ("people are saying things about me online" → "people nasty comments about me online").
 * @param query what the reader typed
 */
export const asThingsSaid = (query: string): string =>
  query
    .replace(thingsSaid, (said: string) => {
      const about = whomSaidAbout.exec(said)?.[0];
      return ` nasty comments ${about ?? 'online'}`;
    })
    .replace(unkindMessagesSent, ' nasty comments')
    .replace(laughedAt, ' nasty comments')
    .replace(readerBullied, ' help if you are being bullied online')
    .trim();

/**
 * The reader being bullied ("people are bullying me", "i'm getting bullied on xbox", "i am being
 * bullied online", "people are being mean to me online"): the young people's outcome "Help if you are being bullied online". A parent's
 * child ("my son is being bullied") is the guidance on bullying online, and stays as typed.
 */
const readerBullied = new RegExp(
  `(?:^|\\s)(?:(?:someone|somebody|people|they|kids|everyone|(?:a|some)\\s+\\p{L}+|(?:the\\s+)?(?:boys|girls|others)(?:\\s+(?:in|at)\\s+(?:my\\s+)?(?:class|school|year))?)\\s+(?:(?:is|are|keeps?|keep|have\\s+been|has\\s+been)\\s+)?(?:bully(?:ing)?|bullies|picking\\s+on|cyber\\s*bullying|(?:being\\s+)?(?:mean|nasty|horrible|cruel|unkind|vile)\\s+to)\\s+me|i(?:['’]?m|\\s+am|\\s+have\\s+been|['’]?ve\\s+been|\\s+keep|\\s+get|\\s+was)\\s+(?:being\\s+|getting\\s+)?(?:bullied|cyber\\s*bullied|picked\\s+on))(?:\\s+(?:online|on\\s+(?:${appSaid}|xbox|playstation|social\\s+media|the\\s+internet)|at\\s+school))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Someone laughed at or mocked online ("people are laughing at me online", "they keep making fun of my son"). */
const laughedAt = new RegExp(
  `(?:^|\\s)(?:(?:is|are|keeps?|kept|been|always)\\s+)?(?:laugh(?:s|ed|ing)?\\s+at|mak(?:es|ing)\\s+fun\\s+of|made\\s+fun\\s+of|mock(?:s|ed|ing)?|tak(?:es|ing)\\s+the\\s+(?:mick|piss)\\s+(?:out\\s+)?of|humiliat(?:es|ed|ing))\\s+(?:me|him|her|them|us|(?:my|our)\\s+[\\p{L}'’]+)(?=$|[^\\p{L}\\d])|(?:^|\\s)(?:(?:is|are|been|being|keeps?\\s+being|gets?|getting)\\s+)?called\\s+names(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * Unkind messages sent to someone ("someone is sending me nasty messages", "is it a crime to send
 * abusive messages"): the bullying guidance's nasty comments, not the sexual messages of the
 * young people's outcome, whose title also has "sending" and "messages".
 */
const unkindMessagesSent = new RegExp(
  `(?:^|\\s)(?:send(?:s|ing)?|sent|get(?:s|ting)?|got|receiv(?:e|es|ed|ing))\\s+(?:(?:me|him|her|them|us|(?:my|our)\\s+[\\p{L}'’]+)\\s+)?(?:(?:really|so|very|loads\\s+of|lots\\s+of)\\s+)?(?:nasty|mean|horrible|abusive|hurtful|hateful|rude|unkind|cruel|vile|offensive|racist|homophobic)\\s+(?:messages|texts|comments|dms|emails)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * A parent asking how to talk to their child about something ("how to talk to my daughter about
 * sexting"): what the guidance "Talking to your child about online safety" is for. What it is about
 * goes with it.
 */
const talkToChildAbout = new RegExp(
  `(?:^|\\s)(?:(?:talk|speak|chat)(?:ing)?\\s+(?:to|with)\\s+${ownChildSaid}\\s+about|(?:teach(?:ing)?|explain(?:ing)?\\s+to)\\s+${ownChildSaid}\\s+(?:about|not\\s+to|how\\s+to))(?=\\s)`,
  'iu',
);

/**
 * The query with a parent asking how to talk to their child about something in the guidance's
 * words ("how to talk to my daughter about sexting" → "how to talking to your child about sexting").
 * @param query what the reader typed
 */
export const asTalkToChildAbout = (query: string): string =>
  query.replace(talkToChildAbout, ' talking to your child about').replace(childWontTalk, ' talking to your child about').trim();

/** A child who will not talk to their parent ("my teenager wont talk to me about what they do online"): the same guidance. */
const childWontTalk = new RegExp(
  `(?:^|\\s)${ownChildSaid}\\s+(?:won['’]?t|wont|will\\s+not|doesn['’]?t|does\\s+not|never|refuses\\s+to)\\s+(?:talk|speak|open\\s+up|tell\\s+(?:me|us)\\s+anything)(?:\\s+to\\s+(?:me|us))?(?:\\s+about)?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * A child who will not stop playing or using something, or is hooked on it ("my son wont stop
 * playing fortnite", "my daughter is addicted to tiktok", "he is on his phone all night", "… till 2am"): what the
 * parental controls page calls too much time online (screen time).
 */
const tooMuchTime = new RegExp(
  `(?:^|\\s)(?:(?:won['’]?t|wont|will\\s+not|can['’]?t|cant|cannot|never|doesn['’]?t|does\\s+not)\\s+(?:stop|get\\s+off|put\\s+down|come\\s+off)(?:\\s+(?:playing|using|watching|scrolling|gaming))?|(?:is\\s+)?(?:addicted|hooked|obsessed)\\s+(?:to|on|with)|(?:is\\s+)?(?:always|constantly)\\s+(?:on|playing|gaming|scrolling))\\s+(?:(?:his|her|their|the|my|a)\\s+)?(?:${appSaid}|${deviceSaid}|games?|gaming|screens?|social\\s+media|the\\s+internet|online)(?:\\s+all\\s+(?:night|day))?(?=$|[^\\p{L}\\d])|(?:^|\\s)(?:spend(?:s|ing)?|spent|wast(?:es|ing|ed))\\s+(?:hours|all\\s+(?:day|night)|all\\s+(?:his|her|their)\\s+time|too\\s+(?:long|much\\s+time))\\s+(?:on|playing|watching|gaming|scrolling)(?:\\s+(?:on\\s+)?(?:(?:his|her|their|the|my)\\s+)?(?:${appSaid}|${deviceSaid}|games?|screens?|social\\s+media|the\\s+internet|online))?(?=$|[^\\p{L}\\d])|(?:^|\\s)on\\s+(?:(?:his|her|their)\\s+(?:${deviceSaid}|screens?)|${appSaid}|social\\s+media|(?:the\\s+)?(?:xbox|playstation|internet))\\s+(?:all\\s+(?:night|day|the\\s+time)|24/7|(?:till|until)\\s+(?:\\d{1,2}\\s*(?:am)?|late|midnight))(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a child who will not stop playing or using something in the page's words ("my son
 * wont stop playing fortnite" → "my son too much time online").
 * @param query what the reader typed
 */
export const asTooMuchTime = (query: string): string => query.replace(tooMuchTime, ' too much time online').trim();

/**
 * An app, game or device named with nothing said about it but that it is a child's, that the child
 * uses it, that it is new, or what its settings are ("tiktok", "roblox for kids", "my toddler
 * watches youtube", "kids on roblox", "how do i keep my child safe on youtube", "new phone",
 * "snapchat parental controls", "xbox settings"),
 * one or several ("tiktok & snapchat safety"): the pages name no app, so the reader is asking how
 * to set one up for a child, which the parental controls and privacy settings guidance covers. "phone" alone still asks for a number.
 */
const appNamedAlone = new RegExp(
  `^(?:(?:set(?:ting)?\\s+up\\s+)?(?:an?|the|my\\s+\\p{L}+['’]?s?)\\s+|(?:(?:how\\s+(?:do|can|should)\\s+(?:i|we)\\s+|how\\s+to\\s+)?(?:keep(?:s|ing)?\\s+(?:(?:my|our)\\s+)?(?:${ownChild})\\s+safer?|protect(?:s|ing)?\\s+(?:(?:my|our)\\s+)?(?:${ownChild})(?:\\s+safer?)?)\\s+(?:on|when\\s+using|using)\\s+)|(?:${ownChildSaid}(?:\\s+(?:${ownChild}))?|(?:${ownChild}))\\s+(?:(?:is\\s+|are\\s+)?(?:watch(?:es|ing)?|play(?:s|ing)?(?:\\s+on)?|us(?:es|ing)|on|go(?:es|ing)\\s+on)|uses|likes|loves)\\s+)?((?:${appSaid}|(?:new|christmas)\\s+${deviceSaid}|(?!(?:phone|phones|telephone|mobile)$)${deviceSaid})(?:\\s*(?:&|\\+|and|or|\\/|,)\\s*(?:${appSaid}|${deviceSaid}))*)((?:\\s+(?:app|apps|game|games|account|online|safety|advice|guide|help|tips|settings|privacy|controls|parental|for\\s+(?:kids|children|parents|teens|teenagers)|kids|parents))*)$`,
  'iu',
);

/**
 * The query with an app named alone in the guidance's words ("tiktok" → "app settings",
 * "snapchat parental controls" → "app parental controls").
 * @param query what the reader typed
 */
export const asAppNamedAlone = (query: string): string =>
  query
    .trim()
    .replace(appNamedAlone, (_: string, _apps: string, rest: string) =>
      /\b(?:settings|controls|privacy)\b/iu.test(rest) ? `app${rest}` : `app settings${rest}`,
    );

/**
 * Keeping children safe online, asked in general ("keeping kids safe online tips", "how do i keep
 * my child safe online", "how can i protect my child online"): what the parents' and carers' start page gathers, the guidance on
 * controls, talking and what to do. The words ask nothing the site's subject does not, so the
 * search had only "kids" left to look for.
 */
const keptSafeOnline = new RegExp(
  `^(?:(?:how\\s+(?:do|can|should)\\s+(?:i|we)|how\\s+to|ways\\s+to|tips\\s+(?:for|on))\\s+)?(?:keep(?:s|ing)?|protect(?:s|ing)?|mak(?:e|es|ing))\\s+(?:(?:my|our|your)\\s+)?(?:kids?|child(?:ren)?|teens?|teenagers?|son|daughter|grand(?:child(?:ren)?|kids?|son|daughter)|young\\s+(?:people|ones)|little\\s+ones)\\s+(?:safer?\\s+)?(?:online|on\\s+the\\s+internet|on\\s+(?:their|his|her)\\s+(?:phones?|devices?))(?:\\s+(?:tips|advice|help|guide|ideas))?$`,
  'iu',
);

/**
 * The query with keeping children safe online, asked in general, as the start page for parents
 * answers it ("keeping kids safe online tips" → "online safety for parents").
 * @param query what the reader typed
 */
export const asKeptSafeOnline = (query: string): string => query.trim().replace(keptSafeOnline, 'online safety for parents');

/**
 * A young person feeling low because of something online ("i feel really low because of social
 * media", "social media makes me feel worthless"): what the guidance "If something online has upset
 * you" is for.
 */
const feelingLow = new RegExp(
  `(?:^|\\s)(?:i\\s+)?(?:feel|feeling|felt|makes?\\s+me\\s+feel|making\\s+me\\s+feel)\\s+(?:(?:really|very|so|quite|a\\s+bit|kind\\s+of)\\s+)?(?:low|down|sad|depressed|anxious|worthless|ugly|bad\\s+about\\s+myself|awful|rubbish|terrible|lonely|upset|scared|stressed)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a young person feeling low in the guidance's words ("im 15 and i feel really low
 * because of social media" → "im 15 and upset because of social media").
 * @param query what the reader typed
 */
export const asFeelingLow = (query: string): string => query.replace(feelingLow, ' upset').trim();

/**
 * A child with money or things the parent cannot account for ("my son has money and new trainers i
 * dont know where from", "unexplained gifts"): the exploitation procedure says children are
 * exploited in exchange for things such as money and gifts.
 */
const unexplainedThings = new RegExp(
  `(?:^|\\s)(?:unexplained\\s+(?:money|cash|gifts?|presents?|items|clothes|trainers|phones?)|(?:has|had|got|getting|with|buying|bought)\\s+(?:(?:lots\\s+of|a\\s+lot\\s+of|loads\\s+of|new|expensive|designer)\\s+)*(?:money|cash|gifts?|presents?|clothes|trainers|phones?)(?:\\s+(?:and|or)\\s+(?:(?:new|expensive|designer)\\s+)?[\\p{L}]+)?\\s+(?:(?:that\\s+)?(?:i|we)\\s+(?:don['’]?t|dont|do\\s+not|can['’]?t|cant)\\s+(?:know|explain)|(?:he|she|they)\\s+(?:can['’]?t|cant|won['’]?t|wont)\\s+explain)(?:\\s+(?:where|how)(?:\\s+(?:it|they)\\s+(?:came|come))?(?:\\s+from)?)?)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with money or things a child cannot account for in the procedure's word ("my son has
 * money and new trainers i dont know where from" → "my son exploitation").
 * @param query what the reader typed
 */
export const asUnexplainedThings = (query: string): string =>
  query
    .replace(unexplainedThings, ' exploitation')
    .replace(newThingsHome, ' exploitation')
    .replace(drugsCarried, ' county lines')
    .replace(goingMissing, ' exploitation')
    .replace(phonesOrCash, ' exploitation')
    .trim();

/** Phones or cash a child has more of than a child would ("my son has two phones", "a pupil has a lot of cash"). */
const phonesOrCash =
  /(?:^|\s)(?:has|have|had|got|with|carrying|carries)\s+(?:(?:two|2|a\s+second|another|a\s+secret|a\s+burner|more\s+than\s+one)\s+(?:mobile\s+)?phones?|(?:a\s+lot\s+of|lots\s+of|loads\s+of|large\s+amounts\s+of|wads\s+of|rolls\s+of)\s+(?:cash|money))(?=$|[^\p{L}\d])/iu;

/** New or expensive things brought home ("my son came home with a new phone"), a sign the procedure names too. */
const newThingsHome = new RegExp(
  `(?:^|\\s)(?:came|comes|coming|keeps\\s+coming)\\s+home\\s+with\\s+(?:(?:a|an|some)\\s+)?(?:(?:brand\\s+)?(?:new|expensive|designer)\\s+)+(?:phones?|trainers|clothes|gifts?|things|stuff|jackets?|bags?|watch(?:es)?)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * A child carrying or selling drugs for others ("young people being paid to carry drugs", "my son
 * is running drugs"): what the exploitation procedure calls county lines. A child named as no
 * one's goes with it, as who it happens to; a parent's own child stays.
 */
const drugsCarried = new RegExp(
  `(?:^|\\s)(?:(?:(?:young\\s+(?:people|person)|kids|children|teen(?:ager)?s|a\\s+child|a\\s+teen(?:ager)?)\\s+(?:who\\s+)?(?:are\\s+|is\\s+)?)?(?:(?:being\\s+)?(?:paid|asked|made|forced|used|groomed|recruited|told)\\s+to\\s+(?:carry|deliver|sell|move|hold|run|deal|stash)|(?:is\\s+|are\\s+|been\\s+)?(?:carrying|delivering|running|moving|holding|stashing))\\s+drugs|drug\\s+running)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * A child who goes missing, again and again ("girl going missing meeting older men", "my son keeps
 * going missing"): a sign of exploitation, as the procedure says. A child missing now is immediate
 * danger (`asImmediateDanger`), read before this.
 */
const goingMissing = /(?:^|\s)(?:keeps?\s+|kept\s+|has\s+been\s+|is\s+)?(?:going|goes|went|gone)\s+missing(?=$|[^\p{L}\d])/iu;

/**
 * The reader's child being unkind to others online ("my son is sending mean messages to other kids",
 * "my child is being mean online", "what if my child is the bully"): the guidance on bullying
 * online, which the child's own conduct is part of.
 */
const childBeingUnkind = new RegExp(
  `(?:^|\\s)${ownChildSaid}\\s+(?:(?:is|has\\s+been|was|keeps?|might\\s+be|may\\s+be)\\s+)?(?:(?:a|the)\\s+bully|being\\s+(?:mean|nasty|horrible|unkind|cruel)|(?:sending|sent|sends|posting|posted|posts|writing|wrote)\\s+(?:(?:mean|nasty|horrible|unkind|cruel|hurtful|abusive)\\s+)(?:messages|comments|things|stuff|texts|posts)|(?:bullying|bullied|bullies|trolling|trolled|picking\\s+on|picks\\s+on)\\s+(?:other|another|someone|somebody|a|his|her|their|people|kids|children|others))(?:\\s+(?:to|about)\\s+(?:other|another|some)?\\s*(?:kids|children|people|pupils|someone|child|boy|girl|classmates?))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with the reader's child being unkind to others in the guidance's words ("my son is
 * sending mean messages to other kids" → "my son bullying online").
 * @param query what the reader typed
 */
export const asChildBeingUnkind = (query: string): string =>
  query
    .replace(childBeingUnkind, (said: string) => ` ${/^\s*(?:my|our)\s+\S+/iu.exec(said)?.[0]?.trim() ?? ''} bullying online`)
    .trim();

/** A section of an Act written short: "s.67", "s 15A", "sec 1", "s47". */
const sectionShort = /(^|\s)(?:s|sec|sect)\.?\s?(\d{1,3}[a-z]?)(?=$|[^\p{L}\d])/giu;

/**
 * The query with a section of an Act written short in the words the pages use ("s.67 sca 2015" →
 * "section 67 sca 2015").
 * @param query what the reader typed
 */
export const asSectionWritten = (query: string): string =>
  query.replace(sectionShort, (_: string, before: string, section: string) => `${before}section ${section.toUpperCase()}`).trim();

/** Harm threatened: "kill", "hurt", "stab", "beat up". */
const violence = '(?:kill|hurt|harm|stab|shoot|attack|beat(?:\\s+up)?|batter|jump|smash)';

/** Harm to oneself is not a threat from someone else ("he will kill himself"). */
const notSelf = '(?!\\s+(?:him|her|them|my|your|our|it)sel(?:f|ves))';

/**
 * Violence threatened online ("someone threatened to kill my son online", "my son got a message
 * saying he will be hurt"): what the guidance on bullying online calls being threatened with
 * violence, which can be reported to the police. A threat to share a picture is sextortion
 * (`asThreatToShare`), and harm to oneself is not this.
 */
const violenceThreatened = new RegExp(
  `(?:^|\\s)(?:(?:threat(?:en(?:ed|ing|s)?)?\\s+to\\s+${violence}|(?:saying|said|says|say)\\s+(?:that\\s+)?(?:he|she|they|i|we|you)(?:['’]ll|\\s+will|\\s+are\\s+going\\s+to|\\s+is\\s+going\\s+to|['’]s\\s+going\\s+to|\\s+would)\\s+(?:be\\s+|get\\s+)?${violence}(?:ed|t)?)${notSelf}(?:\\s+(?:him|her|them|me|you|us)(?:\\s+up)?)?|death\\s+threats?)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with violence threatened in the guidance's words ("someone threatened to kill my son
 * online" → "someone threatened with violence my son online").
 * @param query what the reader typed
 */
export const asViolenceThreatened = (query: string): string =>
  query.replace(violenceThreatened, ' threatened with violence').trim();
