/**
 * What people do, as readers describe it, read in the words the pages use: an adult who poses a
 * risk to children, grooming, a child harming another child, a child drawn to extremism, a partner
 * watching the reader, and a child's sexual relationship. Part of what a reader describes
 * (`in-pages-words.ts`). Pure, so it is unit-tested.
 */
import { genericWords, namesNothing, significantWords } from './search-query';
import {
  adults,
  ageSaid,
  appSaid,
  asksAboutLaw,
  childAge,
  childWords,
  childrenAtWork,
  determiners,
  ownChild,
  ownChildSaid,
  people,
  picturesAskedFor,
} from './reader-words';

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
  'adults?|grown\\s+(?:ups?|m[ae]n|wom[ae]n)|older\\s+\\p{L}+|m[ae]n|strangers?|predators?|paedo(?:phile)?s?|pedo(?:phile)?s?|(?:1[89]|[2-9]\\d)\\s*-?\\s*(?:year|yr)s?\\s*-?\\s*old(?:\\s+(?:m[ae]n|wom[ae]n|guys?|lads?|blokes?))?';

/** Someone who may be older than they say: "an adult", "a man", "a stranger", "someone", "he". */
const pretenderSaid = `(?:an?\\s+|the\\s+|some\\s+)?(?:${olderPeople}|wom[ae]n|someone|somebody|people|person|he|she|they)`;

/** Who they pretend to be: "a child", "a 13 year old", "15", "younger", "a girl her age". */
const youngerSaid =
  '(?:an?\\s+)?(?:child(?:ren)?|kids?|teen(?:ager)?s?|young(?:er)?(?:\\s+(?:person|people|girls?|boys?))?|girls?|boys?|school\\s*(?:girl|boy)s?|\\d{1,2}(?:\\s*-?\\s*(?:year|yr)s?\\s*-?\\s*old)?|(?:someone\\s+)?(?:her|his|their|the\\s+same)\\s+age|(?:another|other)\\s+(?:child|kid|teen(?:ager)?)s?)';

/** A child other than the reader: "my daughter", "my 13 year old", "her", "a child", "kids". */
const otherChildSaid = `(?:${ownChildSaid}|him|her|them|(?:(?:an?|the|your)\\s+)?(?:child|kid|teen(?:ager)?|pupil|student|girl|boy|son|daughter)|children|kids|teen(?:ager)?s|pupils)`;

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
 * my son for nudes", "someone is asking my son for pictures"): an adult trying to get sexual
 * images or messages from a child, which the pages report as grooming. Someone asking the reader
 * ("… asking me for nudes") is the young person's own worry, which their pages answer, and is not
 * this (`asAskedForPictures`).
 */
const olderAskingForPictures = new RegExp(
  `(?:^|\\s)${olderSaid}(?:\\s+(?:on|from|in)\\s+[\\p{L}\\d]+)?(?:\\s+(?:is|are|was|were|has been|have been|keeps?|kept))?\\s+(?:ask(?:s|ed|ing)?|beg(?:s|ged|ging)?|want(?:s|ed|ing)?|pressur(?:e|es|ed|ing))\\s+(${otherChildSaid})\\s+(?:for|to\\s+send(?:\\s+(?:him|her|them))?)\\s+${picturesAskedFor}(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * An adult asking a child to keep a secret, or to move to a private chat ("adult asked my son to
 * keep a secret", "someone asked my child to move to a private chat"): signs of grooming.
 */
const secrecyAsked = new RegExp(
  `(?:^|\\s)${olderSaid}(?:\\s+(?:on|from|in)\\s+[\\p{L}\\d]+)?(?:\\s+(?:is|are|was|were|has been|have been|keeps?|kept))?\\s+(?:ask(?:s|ed|ing)?|told|tells|telling|want(?:s|ed)?|get(?:s|ting)?|got)\\s+(${otherChildSaid})\\s+to\\s+(?:keep\\s+(?:it\\s+|this\\s+|things\\s+)?(?:a\\s+)?secret(?:s)?|(?:move|go|switch|chat|talk)\\s+(?:to|on(?:to)?|in)\\s+(?:a\\s+|another\\s+)?(?:private|different|secret|other)\\s+(?:chat|app|platform|account|messages?))(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * An adult paying or giving a child something for pictures ("someone sent my son money for photos",
 * "a man offered my daughter robux for pics"): grooming, as asking for them is.
 */
const olderPayingForPictures = new RegExp(
  `(?:^|\\s)${olderSaid}(?:\\s+(?:on|from|in)\\s+[\\p{L}\\d]+)?(?:\\s+(?:is|are|was|were|has been|have been|keeps?|kept))?\\s+(?:sen(?:t|ds?|ding)|pa(?:id|ys?|ying)|offer(?:s|ed|ing)?|g(?:ave|ives?|iving)|promis(?:e|es|ed|ing))\\s+(${otherChildSaid})\\s+(?:(?:some|a|an)\\s+)?(?:money|cash|gifts?|gift\\s+cards?|presents?|robux|v-?bucks|[£$]?\\d+(?:\\s*pounds)?|things)\\s+(?:for|in\\s+exchange\\s+for|to\\s+send(?:\\s+(?:him|her|them))?)\\s+${picturesAskedFor}(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** The same, said of the child ("my son was offered vbucks for photos"). */
const childPaidForPictures = new RegExp(
  `(?:^|\\s)(${otherChildSaid})\\s+(?:was|were|has\\s+been|have\\s+been|is\\s+being|got|keeps\\s+getting)\\s+(?:sent|paid|offered|given|promised)\\s+(?:(?:some|a|an)\\s+)?(?:money|cash|gifts?|gift\\s+cards?|presents?|robux|v-?bucks|[£$]?\\d+(?:\\s*pounds)?|things)\\s+(?:for|in\\s+exchange\\s+for|to\\s+send)\\s+${picturesAskedFor}(?:\\s+(?:by|from)\\s+${olderSaid})?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * Money or gifts sent to a child by an adult, for nothing said ("my daughter has been sent money by
 * a man online", "someone is sending my son gifts"): exploitation, which the glossary says is done
 * in exchange for things such as money.
 */
const giftsFromAdult = new RegExp(
  `(?:^|\\s)(?:(${otherChildSaid})\\s+(?:was|were|has\\s+been|have\\s+been|is\\s+being|keeps\\s+being|got|keeps\\s+getting)\\s+(?:sent|given|bought)\\s+(?:(?:some|a|an)\\s+)?(?:money|cash|gifts?|gift\\s+cards?|presents?|robux|v-?bucks|things|stuff)\\s+(?:by|from)\\s+${olderSaid}|${olderSaid}(?:\\s+(?:on|from|in)\\s+[\\p{L}\\d]+)?\\s+(?:(?:is|are|was|were|has\\s+been|keeps?)\\s+)?(?:sen(?:t|ds?|ding)|giv(?:es|ing)|gave|buy(?:s|ing)|bought)\\s+(${otherChildSaid})\\s+(?:(?:some|a|an)\\s+)?(?:money|cash|gifts?|gift\\s+cards?|presents?|robux|v-?bucks|things|stuff))(?:\\s+online)?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Sexual messages: "a sexual message", "dirty texts", "explicit messages", "rude comments". */
const sexualMessages =
  '(?:(?:a|some)\\s+)?(?:(?:sexual|sexy|dirty|explicit|rude|inappropriate|pervy)\\s+(?:messages?|texts?|chats?|comments?|snaps?|dms?)|porn(?:ography)?|nudes?|(?:sexual|explicit|naked|nude|inappropriate|rude|dirty)\\s+(?:images?|pictures?|photos?|videos?|pics))';

/**
 * An adult sending a child sexual messages or images ("someone sent my 13 year old a sexual
 * message", "adult sending sexual messages to my daughter", "a man sent my son porn"): what the
 * pages call sexual communication with a child, a sign of grooming.
 */
const olderSendingSexualMessages = new RegExp(
  `(?:^|\\s)${olderSaid}(?:\\s+(?:on|from|in)\\s+[\\p{L}\\d]+)?(?:\\s+(?:is|are|was|were|has been|have been|keeps?|kept))?\\s+(?:sen(?:t|ds?|ding)|text(?:s|ed|ing)?|messag(?:es|ed|ing))\\s+(?:(${otherChildSaid})\\s+${sexualMessages}|${sexualMessages}\\s+to\\s+(${otherChildSaid}))(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** The same, said of the child ("pupil has been sent porn by an adult", "my son was sent sexual messages from a man"). */
const childSentSexualMessages = new RegExp(
  `(?:^|\\s)(${otherChildSaid})\\s+(?:has\\s+been|have\\s+been|was|were|is\\s+being|keeps?\\s+(?:being|getting)|got|gets|getting)\\s+(?:sent|texted|messaged)\\s+${sexualMessages}\\s+(?:by|from)\\s+${olderSaid}(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * What happened, said of a parent's own child when they name them ("… asking my daughter for
 * pictures" → "my child is being groomed"), so the pages for parents stay first; otherwise its name
 * (and of a pupil, by the outcome for professionals that responds to it, in `asGroomed`).
 * @param child the child named, if any
 * @param toOwnChild what happened, said of the reader's own child
 * @param named what happened, by its name
 */
const saidOfWhoseChild = (child: string | undefined, toOwnChild: string, named: string) =>
  // "your child", as a parent asks the question of any parent ("what to do if someone sends your child …").
  child !== undefined && /^(?:my|our|your)\s/i.test(child) ? ` ${toOwnChild}` : ` ${named}`;

/** A child someone works with: "a pupil", "the student". */
const endsWithChildAtWork = new RegExp(`(?:^|\\s)(?:${childrenAtWork})$`, 'iu');

const asGroomed = (_: string, child: string | undefined) =>
  child !== undefined && endsWithChildAtWork.test(child)
    ? ' respond to grooming or exploitation'
    : saidOfWhoseChild(child, 'my child is being groomed', 'grooming');

/**
 * The query with an adult passing as a child, asking or paying a child for pictures, or sending them
 * sexual messages, in the word the pages use, "grooming" ("adult pretending to be a teenager online" → "grooming online"; "a man keeps
 * asking my son for nudes" → "my child is being groomed").
 * @param query what the reader typed
 */
export const asGroomingDescribed = (query: string): string => groomingReadings.reduce((read, reading) => reading(read), query);

/**
 * The readings of `asGroomingDescribed`, one pattern each, in order: each compiles in a task of its
 * own before the first search (`compileQueryPatterns`), as all four together held the page for
 * about 120 ms on a slow phone.
 */
export const groomingReadings = [
  (query: string): string => query.replace(pretendingToBeYoung, asGroomed).trim(),
  (query: string): string => query.replace(secrecyAsked, asGroomed).trim(),
  (query: string): string => query.replace(olderAskingForPictures, asGroomed).trim(),
  (query: string): string => query.replace(olderPayingForPictures, asGroomed).replace(childPaidForPictures, asGroomed).trim(),
  (query: string): string =>
    query
      .replace(olderSendingSexualMessages, (said: string, child: string | undefined, childAfter: string | undefined) =>
        asGroomed(said, child ?? childAfter),
      )
      .trim(),
  (query: string): string => query.replace(childSentSexualMessages, asGroomed).trim(),
  (query: string): string =>
    query
      .replace(giftsFromAdult, (_: string, child: string | undefined, childAfter: string | undefined) =>
        saidOfWhoseChild(child ?? childAfter, 'my child exploitation', 'exploitation'),
      )
      .trim(),
] as const;

/** Being in touch online: "talking to", "messaging", "chatting with", "sending friend requests to", "playing games with". */
const inTouch = `(?:talk|chat|messag|speak|text|contact|snapchat|dm)\\p{L}*(?:\\s+(?:to|with))?|add(?:s|ed|ing)|ask(?:s|ed|ing)|sen(?:d|ds|t|ding)\\s+friend\\s+requests?\\s+to|play(?:s|ed|ing)?\\s+(?:(?:online\\s+)?games?\\s+|online\\s+|${appSaid}\\s+)?with`;

/**
 * An adult or a stranger in touch with the reader's own child online ("stranger talking to my child
 * online", "my son has been talking to a man on xbox live", "an older man is messaging my
 * daughter"): "adult messaging my child", as the guide to what to do if you are worried says it, and
 * "stranger danger", as the contact risks page does. Where it happened ("on xbox live") goes with it.
 * Someone the reader knows by name or role, or a child of someone else, is not this.
 */
const adultInTouchWithChild = new RegExp(
  `(?:^|\\s)(?:${olderSaid}(?:\\s+(?:on|from|in)\\s+[\\p{L}\\d]+)?(?:\\s+(?:is|are|was|were|has been|have been|keeps?|kept|who is|who keeps|who has|who))?\\s+(?:${inTouch})\\s+${ownChildSaid}|${ownChildSaid}(?:\\s+(?:is|was|has been|keeps?|kept))?\\s+(?:${inTouch})\\s+${olderSaid}(?:\\s+(?:he|she|they)\\s+(?:doesn['’]?t|does\\s+not|don['’]?t|do\\s+not)\\s+know)?)(?:\\s+(?:on|over|via|through)\\s+(?!the\\s)[\\p{L}\\d]+(?:\\s+live)?)?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * An adult or a stranger in touch with the reader ("an older guy keeps messaging me", "a man on
 * snapchat keeps adding me"): the young person's own worry, as "someone keeps messaging me" is,
 * for the young people's outcome of the guide.
 */
const adultInTouchWithReader = new RegExp(
  `(?:^|\\s)(?:an?\\s+|the\\s+|some\\s+)?(?:${olderPeople})(?:\\s+(?:on|from|in)\\s+[\\p{L}\\d]+)?(?:\\s+(?:is|keeps?|kept|has\\s+been|who))?\\s+(?:${inTouch})\\s+me(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with an adult in touch with the reader in a young person's words ("an older guy keeps
 * messaging me", "i think im being groomed", "an adult i met on a game wants to meet me", "someone
 * older is giving me stuff" → "someone keeps messaging me"), once the readings of pictures asked
 * for have read theirs ("a man keeps asking me for nudes").
 * @param query what the reader typed
 */
export const asAdultInTouchWithReader = (query: string): string =>
  query
    .replace(adultInTouchWithReader, ' someone keeps messaging me')
    .replace(readerGroomed, ' someone keeps messaging me')
    .replace(readerAskedToMeet, ' someone keeps messaging me')
    .replace(readerGivenThings, ' someone keeps messaging me')
    .trim();

/** The reader saying they are groomed ("i think im being groomed"): their own worry, as an adult in touch with them is. */
const readerGroomed =
  /(?:^|\s)(?:(?:i\s+think|i\s+feel\s+like|i['’]?m\s+worried|im\s+worried|worried)\s+(?:that\s+)?)?(?:i['’]?m|im|i\s+am|i\s+was|i\s+might\s+be|i\s+may\s+be|i\s+have\s+been|i['’]?ve\s+been)\s+(?:being\s+)?groomed(?=$|[^\p{L}\d])/iu;

/** An adult or someone from online asking the reader to meet ("an adult i met on a game wants to meet me"). */
const readerAskedToMeet = new RegExp(
  `(?:^|\\s)(?:an?\\s+|the\\s+|some\\s+)?(?:${olderPeople}|someone|somebody)(?:\\s+(?:i|we)\\s+(?:met|know|talk\\s+to|play\\s+with|chat\\s+(?:to|with))(?:\\s+(?:on|from|in|online)(?:\\s+(?:an?\\s+)?[\\p{L}\\d]+)?)?)?(?:\\s+online)?\\s+(?:(?:wants|wanted|is\\s+asking|keeps\\s+asking|asked|has\\s+asked)\\s+(?:me\\s+)?to\\s+meet(?:\\s+(?:me|up))?|wants\\s+to\\s+meet\\s+(?:me|up))(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Someone, or someone older, giving the reader things ("someone older is being really nice to me and giving me stuff"). */
const readerGivenThings = new RegExp(
  `(?:^|\\s)(?:an?\\s+|the\\s+|some\\s+)?(?:${olderPeople}|someone|somebody)(?:\\s+older)?(?:\\s+online)?\\s+(?:(?:is|keeps|has\\s+been)\\s+)?(?:being\\s+(?:really\\s+|very\\s+|so\\s+)?(?:nice|kind)\\s+to\\s+me\\s+and\\s+)?(?:giving|buying|sending|gives|buys|sends|gave|bought|sent)\\s+me\\s+(?:stuff|gifts?|presents?|money|things|vapes?|clothes|trainers|credit|v-?bucks|robux)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Keeping strangers away ("how to stop strangers contacting my child"): the settings that do it, not a worry. */
const keptAway = /\b(?:stop|stopping|block|blocking|prevent|preventing|turn\s+off|limit|restrict)\b/iu;

/**
 * The query with an adult or a stranger in touch with the reader's child in the guide's words
 * ("stranger talking to my child online" → "adult messaging my child stranger danger online").
 * @param query what the reader typed
 */
export const asAdultInTouchWithChild = (query: string): string =>
  keptAway.test(query)
    ? query
    : reportingAdult.test(query) && adultInTouchWithChild.test(query)
      ? query.replace(reportingAdult, ' ').replace(adultInTouchWithChild, ' report grooming').replace(/\s+/g, ' ').trim()
      : query
          .replace(adultInTouchWithChild, ' adult messaging my child stranger danger')
          .replace(olderFriendOnline, ' adult messaging my child stranger danger')
          .trim();

/** Reporting such an adult ("i want to report an adult who messaged my child"): the outcome "Report grooming" and CEOP. */
const reportingAdult =
  /(?:^|\s)(?:(?:i\s+(?:want|need)\s+to|how\s+(?:do\s+i|to|can\s+i)|where\s+(?:do\s+i|to|can\s+i))\s+)?report(?:ing)?(?=\s)/iu;

/** A friend from online who is older ("my son has a new friend online who is much older"). */
const olderFriendOnline = new RegExp(
  `(?:^|\\s)${ownChildSaid}\\s+(?:has|have|has\\s+got|made)\\s+(?:a\\s+)?(?:new\\s+)?(?:online\\s+)?(?:friend|mate|boyfriend|girlfriend)(?:\\s+(?:online|on\\s+${appSaid}))?\\s+(?:who\\s+is|who['’]s|that\\s+is|that['’]s)\\s+(?:much\\s+|a\\s+lot\\s+|way\\s+|loads\\s+|quite\\s+a\\s+bit\\s+)?older(?:\\s+than\\s+(?:him|her|them))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** A child, by who they are to someone: "son", "pupil", "sister", "cousin". */
const childKin = `${ownChild}|pupils?|students?|brothers?|sisters?|siblings?|cousins?`;

/** A child who may harm others: "a child", "my son", "a 12 year old", "pupils", "his brother". */
const childDoing = `(?:(?:${determiners})\\s+)?(?:(?:older|younger|little|big|teenage)\\s+)?(?:${childKin}|young\\s+(?:person|people)|${childAge}s?)`;

/** Harm done to another child: "sexually harming", "has been abusing", "touched", "sexually harassing". */
const harmDone =
  '(?:(?:is|are|was|were|has been|have been|keeps?|been)\\s+)?(?:sexually\\s+)?(?:harm(?:s|ed|ing)?|abus(?:e|es|ed|ing)|hurt(?:s|ing)?|assault(?:s|ed|ing)?|touch(?:es|ed|ing)?|exploit(?:s|ed|ing)?|harass(?:es|ed|ing)?)(?:\\s+sexually)?';

/** The other child: "another child", "a younger pupil", "his little sister", "other kids", "children". */
const otherChildHarmed = `(?:(?:another|other|${determiners})\\s+)?(?:(?:younger|older|little|big)\\s+)?(?:${childKin})`;

/**
 * A child hacking ("teenager hacking school system", "my son has been hacking into accounts",
 * "young person hacking"): what Cyber Choices, for young people drawn into cyber crime, calls child
 * hacking. A child whose account was hacked is not this.
 */
const childHacking = new RegExp(
  `(?:^|\\s)(?:${childDoing}\\s+(?:(?:is|are|was|were|has been|have been|keeps?|been)\\s+)?(?:hacking|hacks|hacked\\s+(?:into|the|a|an|his|her|their|other|people)|ddos\\p{L}*)|(?:teen(?:age)?|child|kid|young|pupil|student)\\s+hackers?|hacking\\s+(?:by\\s+)?(?:teen(?:ager)?s?|young\\s+(?:person|people)|kids?|child(?:ren)?|pupils?|students?)$)`,
  'iu',
);

/**
 * The query with a child hacking in Cyber Choices' words ("teenager hacking school system" → "child
 * hacking school system").
 * @param query what the reader typed
 */
export const asChildHacking = (query: string): string => query.replace(childHacking, ' child hacking').trim();

/**
 * A child harming another child ("child sexually harming another child online", "my son has been
 * abused by another child", "child posing a risk to other children", "sibling sexual abuse", "child
 * on child sexual abuse", "a pupil showing harmful sexual behaviour"): what the procedure for children who present a risk of
 * harm to others calls child on child abuse and harmful sexual behaviour.
 */
const childHarmingChild = new RegExp(
  `(?:^|\\s)(?:siblings?\\s+(?:on\\s+siblings?\\s+)?(?:sexual\\s+)?abuse|(?:child|peer)[\\s-]+on[\\s-]+(?:child|peer)\\s+sexual\\s+(?:abuse|harassment|violence|assault)|${childDoing}(?:\\s+[\\p{L}'’]+){0,4}?\\s+(?:and\\s+)?(?:sexually\\s+)?touch(?:es|ed|ing)\\s+${otherChildHarmed}|${childDoing}\\s+${harmDone}\\s+${otherChildHarmed}|${childDoing}\\s+(?:who\\s+)?(?:pos(?:e|es|ing)|present(?:s|ing)?)\\s+(?:an?\\s+)?risk\\s+(?:of\\s+harm\\s+)?to\\s+${otherChildHarmed}|(?:${childDoing}\\s+(?:(?:is|was|has been|have been|been|got|being)\\s+)?)?(?:sexually\\s+)?(?:abused|harmed|hurt|assaulted|touched)\\s+(?:sexually\\s+)?by\\s+${otherChildHarmed})(?:\\s+(?:in|at|from)\\s+(?:(?:his|her|their|my|our|the|a)\\s+)?(?:class|school|year|nursery|college|club|group))?(?=$|[^\\p{L}\\d'’])`,
  'iu',
);
/**
 * A child sending or showing sexual material to younger children ("child sending sexual messages to
 * younger children", "my son showed porn to his little brother"): harmful sexual behaviour. Sent to
 * a child of their own age ("… to another pupil") it may be a shared nude, for the pages on those.
 */
const sexualMaterialToYounger = new RegExp(
  `(?<=(?:^|\\s)${childDoing})\\s+(?:(?:is|are|was|were|has been|have been|keeps?)\\s+)?(?:send(?:s|ing)?|sent|show(?:s|ed|ing)?|shar(?:e|es|ed|ing)|text(?:s|ed|ing)?)\\s+(?:sexual|sexy|rude|explicit|porn(?:ographic)?|naked|nude|dirty)(?:\\s+(?:messages?|texts?|pictures?|pics?|images?|photos?|videos?|content|material|stuff))?\\s+(?:to|with)\\s+(?:(?:${determiners})\\s+)?(?:younger|little|small)\\s+(?:${childKin})(?=$|[^\\p{L}\\d])`,
  'iu',
);
const childShowingSexualBehaviour = new RegExp(
  `(?<=(?:^|\\s)${childDoing})\\s+(?:(?:is|are)\\s+)?(?:(?:showing|displaying|exhibiting|with|has|have)\\s+(?:(?:harmful|worrying|concerning|inappropriate)\\s+)?(?:sexual(?:ised|ized)?)\\s+behaviou?rs?|(?:copy(?:ing)?|copies|copied|acting\\s+out|acts\\s+out|re-?enact(?:s|ing|ed)?)\\s+(?:sexual|sexy|rude|porn)\\s+(?:things|stuff|acts|behaviou?rs?|moves)(?:\\s+(?:from|(?:they|he|she)\\s+(?:saw|see|has\\s+seen)\\s+(?:in|on))\\s+(?:videos?|porn|films?|the\\s+internet|online|tiktok|youtube))?)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a child harming another child in the words the pages use ("child abusing another
 * child online" → "peer on peer abuse online"; "pupil showing sexualised behaviour" and "child
 * sending sexual messages to younger children" → "pupil harmful sexual behaviour").
 * @param query what the reader typed
 */
export const asChildOnChildAbuse = (query: string): string =>
  childOnChildReadings.reduce((read, reading) => reading(read), query);

/** The readings of `asChildOnChildAbuse`, one pattern each, in order, as `groomingReadings` are. */
export const childOnChildReadings = [
  (query: string): string => query.replace(childHarmingChild, ' peer on peer abuse').replace(/\s+/g, ' ').trim(),
  (query: string): string => query.replace(childShowingSexualBehaviour, ' harmful sexual behaviour').replace(/\s+/g, ' ').trim(),
  (query: string): string => query.replace(sexualMaterialToYounger, ' harmful sexual behaviour').replace(/\s+/g, ' ').trim(),
] as const;

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
  `(?:^|\\s)(${childDoing})(?:\\s+[\\p{L}'’]+){0,6}?\\s+(?:watch(?:es|ed|ing)?|talk(?:s|ed|ing)?\\s+about|look(?:s|ed|ing)?\\s+at|view(?:s|ed|ing)?|read(?:s|ing)?|shar(?:e|es|ed|ing)|post(?:s|ed|ing)?|follow(?:s|ed|ing)?|listen(?:s|ed|ing)?\\s+to|express(?:es|ed|ing)?|spout(?:s|ed|ing)?|into|obsessed\\s+with|drawn\\s+to|getting\\s+into|search(?:es|ed|ing)?\\s+for)\\s+(?:(?:some|lots\\s+of|a\\s+lot\\s+of)\\s+)?${extremistMaterial}(?=$|[^\\p{L}\\d])|(?:^|\\s)${extremistMaterial}\\s+(?:shared|posted|watched|viewed|spread)\\s+by\\s+(${childDoing})(?=$|[^\\p{L}\\d])`,
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
  `(?:^|\\s)${abuserSaid}(?:\\s+(?:is|keeps|always|has\\s+been|might\\s+be|may\\s+be|could\\s+be|has|had|will))?(?:\\s+us(?:es|ed|ing)\\s+(?:the\\s+|my\\s+|our\\s+)?(?:kids['’]?|children['’]?s|child['’]?s|son['’]?s|daughter['’]?s)?\\s*(?:phones?|ipads?|tablets?|apps?|watch(?:es)?|air\\s*tags?)\\s+to)?\\s+${watching}\\s+${monitoredSaid}(?:\\s+(?:and|or)\\s+${watching}\\s+${monitoredSaid})*(?:\\s+(?:on|through|via|using|with)\\s+(?:(?:my|her|his|their|an?|the)\\s+)?(?:phones?|mobiles?|apps?|laptops?|computers?|tablets?|cars?|social\\s+media|[\\p{L}\\d]+\\s+app))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with a partner watching the reader's phone or whereabouts, or abuse through technology
 * ("tech abuse"), in the procedure's words ("partner tracking my phone" → "online and digital abuse").
 * @param query what the reader typed
 */
export const asDigitalAbuseDescribed = (query: string): string =>
  query
    .replace(partnerMonitoring, ' online and digital abuse')
    .replace(techAbuse, ' online and digital abuse')
    .replace(partnerHarassing, ' online and digital abuse')
    .replace(partnerAbusive, ' controlling partner')
    .trim();

/** A partner: "boyfriend", "her ex-girlfriend", "my daughter's boyfriend", "a partner". */
const intimatePartnerSaid = `(?:(?:my|her|his|their|an?|the|our)\\s+)?(?:(?:${ownChild})['’]?s?\\s+)?(?:ex[\\s-]?)?(?:partners?|boyfriends?|girlfriends?|bf|gf)`;

/** Abuse in a relationship, named: "controlling", "abusive", "possessive", "hitting her". */
const abusing =
  '(?:controlling|abusive|abusing|violent|possessive|coercive|jealous|hitting|hurting|threatening|manipulative|manipulating)';

/**
 * Abuse in a young person's or anyone's relationship, named without what it is done with ("controlling
 * boyfriend", "my daughter's boyfriend is controlling her", "teen abusing partner", "teen relationship
 * abuse", "abusive relationship"): what the domestic abuse procedure calls a controlling or abusive
 * partner, for anyone aged 16 or over, teenage relationship abuse among it.
 */
const partnerAbusive = new RegExp(
  `(?:^|\\s)(?:${abusing}\\s+${intimatePartnerSaid}|${intimatePartnerSaid}\\s+(?:is\\s+|being\\s+|keeps\\s+)?${abusing}(?:\\s+(?:her|him|them|me|my\\s+\\p{L}+))?|(?:${ownChild}|young\\s+(?:person|people))\\s+(?:${abusing})\\s+(?:(?:their|his|her|a)\\s+)?(?:partners?|boyfriends?|girlfriends?)|(?:(?:teen(?:age)?|teenagers?['’]?|young\\s+people['’]?s?)\\s+)?(?:relationship|dating)\\s+(?:abuse|violence)|(?:abusive|controlling|coercive|violent)\\s+relationships?)(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** A partner or ex who will not stop getting in touch ("my ex keeps messaging me", "ex boyfriend won't stop texting me"). */
const partnerHarassing = new RegExp(
  `(?:^|\\s)${abuserSaid}\\s+(?:keeps(?:\\s+on)?|won['’]?t\\s+stop|wont\\s+stop|will\\s+not\\s+stop|is\\s+always|has\\s+been|never\\s+stops)\\s+(?:messag(?:es|ing)|text(?:s|ing)|call(?:s|ing)|contact(?:s|ing)|harass(?:es|ing)|turning\\s+up)(?:\\s+(?:me|us))?(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** Abuse through technology, as services name it: "tech abuse", "technology-facilitated abuse". */
const techAbuse = /(?:^|\s)tech(?:nology)?(?:[\s-]+(?:facilitated|enabled|based))?[\s-]+(?:domestic\s+)?abuse(?=$|[^\p{L}\d])/iu;

/** A child, or a child's age under 18: "14 year old", "15yo", "aged 13", "my son is 13", "under 16", "a pupil", "year 9". */
const underEighteen = '(?:1[0-7]|[1-9])';
const minorSaid = new RegExp(
  `(?:^|\\s)(?:${underEighteen}\\s*-?\\s*(?:year|yr)s?\\s*-?\\s*olds?|${underEighteen}\\s*(?:yo|y/o)|(?:aged?|is)\\s+${underEighteen}|under\\s*-?\\s*(?:1[3-8]|age|aged)|underage|minors?|child(?:ren)?|kids?|pupils?|teen(?:ager)?s?|school ?(?:girl|boy)s?|(?:year|yr)\\s*(?:[7-9]|1[0-3]))(?=$|[^\\p{L}\\d])`,
  'iu',
);
const everyMinorSaid = new RegExp(minorSaid, 'giu');

/** An older person a child is with: "an adult", "a 20 year old", "an older man", "her boyfriend". */
const partnerSaid = `(?:an?\\s+|his\\s+|her\\s+|their\\s+)?(?:${olderPeople}|wom[ae]n|${childAge}s?|boyfriends?|girlfriends?)`;

/**
 * A child having sex, or in a sexual relationship ("13 year old having sex with 16 year old",
 * "14 year old in a relationship with an adult", "my 14 year old is seeing an older boy", "my son
 * is 13 and his girlfriend is 17"): what the pages call underage sex.
 */
const sexualActivity = new RegExp(
  `(?:(?:ha(?:ving|s|d|ve)|want(?:s|ed)?\\s+to\\s+have)\\s+sex|sleep(?:s|ing)?\\s+with|slept\\s+with|sexual(?:ly)?\\s+(?:relationships?|activity|active|intercourse|involved)|(?:in\\s+)?(?:an?\\s+)?relationship\\s+with\\s+${partnerSaid}|dating\\s+${partnerSaid}|(?:seeing|going\\s+out\\s+with)\\s+(?=(?:an?|his|her|their|\\d+)\\s)${partnerSaid}|(?:his|her|their)\\s+(?:girlfriend|boyfriend|partner)\\s+is\\s+(?:1[6-9]|[2-9]\\d)|lost\\s+(?:his|her|their)\\s+virginity)(?:\\s+with\\s+${partnerSaid})?`,
  'iu',
);

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

/**
 * Reporting someone who preys on children ("how do i report a predator", "report a paedophile"):
 * what the outcome "Report grooming" and CEOP are for.
 */
const predatorReported =
  /(?:^|\s)report(?:ing)?\s+(?:(?:a|an|the|this|that)\s+)?(?:online\s+)?(?:predators?|paedo(?:phile)?s?|pedo(?:phile)?s?|groomers?)(?=$|[^\p{L}\d])/iu;

/**
 * The query with someone who preys on children reported in the outcome's words ("how do i report a
 * predator" → "how do i report grooming").
 * @param query what the reader typed
 */
export const asPredatorReported = (query: string): string =>
  query
    .replace(predatorReported, ' report grooming')
    .replace(friendGroomed, ' report grooming')
    .replace(groomedWhatToDo, ' report grooming')
    .trim();

/** Asking what to do: "what do i do", "what should we do now", "help". */
const whatToDo =
  '(?:what\\s+(?:do|should|can|must)\\s+(?:i|we)\\s+do(?:\\s+now)?|what\\s+now|how\\s+do\\s+i\\s+stop\\s+it|help(?:\\s+me)?)';

/**
 * A parent asking what to do now that their child is being groomed ("what do i do if my child is
 * being groomed", "my son is being groomed what should i do"): the outcome "Report grooming", as
 * with a friend. Only worried that it may be so ("i am worried my child is being groomed"), the
 * reader is asking for its signs, and the query stays as typed.
 */
const groomedWhatToDo = new RegExp(
  `(?:^|\\s)(?:${whatToDo}\\s+(?:if|when|now|because)\\s+${ownChildSaid}(?:\\s+(?:${ownChild}))?\\s+(?:is|has\\s+been)\\s+(?:being\\s+)?groomed(?:\\s+online)?|${ownChildSaid}(?:\\s+(?:${ownChild}))?\\s+(?:is|has\\s+been)\\s+(?:being\\s+)?groomed(?:\\s+online)?\\s+${whatToDo})(?=$|[^\\p{L}\\d])`,
  'iu',
);

/** An adult, as the offence of sexual communication with a child needs: "an adult", "a grown man", "a 25 year old". */
const adultSender = `(?:an?\\s+)?(?:adults?|grown[\\s-]+(?:ups?|man|men|woman|women)|m[ae]n|wom[ae]n|someone\\s+over\\s+18|\\d{2}\\s*(?:years?\\s+old|yo))`;

/** A child, as such messages are sent to one: "a child", "a minor", "a 15 year old", "under 16s". */
const childSentTo = `(?:an?\\s+)?(?:child|children|minors?|kids?|under\\s*(?:16|18)s?|${childAge}s?)`;

/** Sexual messages sent: "sending sexual messages to", "sent explicit texts to". */
const sexualMessagesSent =
  '(?:send(?:s|ing)?|sent|text(?:s|ed|ing)?)\\s+(?:sexual|explicit|dirty|sexy)\\s+(?:messages?|texts?|chats?|comments)\\s+to';

/**
 * Sexual messages sent to a child by an adult, or asked about with no one named ("sending sexual
 * messages to a child", "adult sexting a 15 year old", "is it illegal to send sexual texts to a
 * minor"): the offence of sexual communication with a child, as the Acts name it. A child sending
 * them ("my son is sending sexual messages to a girl"), and sexting with no adult named ("sexting
 * 14 year old"), stay as typed, for the pages on nudes and on harmful sexual behaviour.
 */
const sexualMessagesToChild = new RegExp(
  `(?:(?:^|\\s)${adultSender}\\s+(?:(?:is|are|was|keeps?|has\\s+been)\\s+)?(?:sext(?:s|ed|ing)?|sexting\\s+with|${sexualMessagesSent})|^(?:is\\s+it\\s+(?:illegal|a\\s+crime|an\\s+offence)\\s+(?:for\\s+${adultSender}\\s+)?to\\s+)?${sexualMessagesSent})\\s+${childSentTo}(?=$|[^\\p{L}\\d])`,
  'iu',
);

/**
 * The query with sexual messages sent to a child in the Acts' words ("adult sexting a 15 year old"
 * → "sexual communication with a child").
 * @param query what the reader typed
 */
export const asSexualMessagesToChild = (query: string): string =>
  query.replace(sexualMessagesToChild, ' sexual communication with a child').trim();

/**
 * A young person worried that a friend is being groomed ("i think my friend is being groomed", "my
 * mate is talking to an older man online"): reporting it to CEOP, as the outcome "Report grooming"
 * says, since a friend cannot act for them.
 */
const friendGroomed = new RegExp(
  `(?:^|\\s)(?:(?:i\\s+think|i\\s+am\\s+worried|i['’]?m\\s+worried|worried)\\s+(?:that\\s+)?)?(?:my|a)\\s+(?:best\\s+)?(?:friend|mate|bestie|bff)\\s+(?:is|might\\s+be|may\\s+be|could\\s+be|has\\s+been)\\s+(?:being\\s+)?groomed(?:\\s+online)?(?=$|[^\\p{L}\\d])|(?:^|\\s)(?:my|a)\\s+(?:best\\s+)?(?:friend|mate|bestie|bff)\\s+(?:is|has\\s+been|keeps|was)\\s+(?:talking|chatting|messaging|speaking|texting)\\s+(?:to|with)\\s+(?:an?\\s+|some\\s+)?(?:${olderPeople})(?:\\s+online)?(?=$|[^\\p{L}\\d])`,
  'iu',
);
