/**
 * Who a query's own words say is asking. Parents and carers write about "my son" or "our
 * daughter"; the search page puts pages written for them before pages only for professionals
 * that match the words no better (`firstScreenOrder`). A job named beside a topic ("social
 * worker allegation") says who asks or who a concern is about, so pages are compared with the
 * topic alone; "… for parents" or "… in schools" says who the pages are for, and the search looks
 * for the topic. Pure, so it is unit-tested.
 */
import { contactWords, genericWords, namesNothing, significantWords, subjectWordsIn } from './search-query';
import { childAge, childWords, determiner, determiners, deviceSaid, ownChild, people, youngSelf } from './reader-words';

/** What a parent or carer calls themselves: "I am a mum", "as a foster carer". */
const parentSelves = 'parent|mum|mom|dad|carer|foster carer|grandparent|step ?parent';

/** A child the reader calls their own: "my son", "our teenage daughter", "my 15 year old", "my childs phone". */
const ownChildNamed = `(?:^|\\s)(?:my|our)\\s+(?:(?:[\\p{L}\\d'’-]+\\s+){0,2}?(?:${ownChild})|${childAge})(?:['’]?s)?(?=$|[^\\p{L}])`;

/** Every child a parent names as their own in a query, for taking them out. */
const ownChildrenNamed = new RegExp(ownChildNamed, 'giu');

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
  const rest = query.replace(ownChildrenNamed, ' ').replace(/\s+/g, ' ').trim();
  return significantWords(rest).some((word) => !namesNothing(word) && !reachWords.has(word)) ? rest : query;
}

/**
 * Whether the query speaks as a parent or carer about their own child.
 * @param query what the reader typed
 */
export function speaksAsParent(query: string): boolean {
  return parentVoices.some((voice) => voice.test(query));
}

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
 * Jobs of people who work with children, as readers name them: who is asking ("social worker
 * online harms") or who a concern is about ("teacher allegation"), not what the answer is about.
 */
const roles =
  'teachers?|head ?teachers?|teaching assistants?|social workers?|police officers?|nurses?|school nurses?|health visitors?|doctors?|gp|midwi(?:fe|ves)|childminders?|nursery workers?|coach(?:es)?|youth workers?';
const roleNames = new RegExp(`(?:^|\\s)(?:${roles})(?=$|[^\\p{L}])`, 'giu');

/** Whether a query names a job of someone who works with children (`roles`): "youth worker", "a GP". */
export const jobSaid = new RegExp(roleNames.source, 'iu');

/**
 * Words that ask to reach someone ("ask a social worker"), besides those that ask for a contact
 * and those that ask for help in general: with a job, the job is what is asked for.
 */
const reachWords = new Set(['ask', 'talk', 'speak', 'see', ...contactWords]);

/** A job named by when it is there ("emergency social worker", "out of hours social worker"): the job is asked for. */
const jobOnCall = new RegExp(
  `(?:^|\\s)(?:emergency|urgent|out[\\s-]+of[\\s-]+hours|duty|on[\\s-]+call|weekend|night(?:[\\s-]?time)?)\\s+(?:${roles})(?=$|[^\\p{L}])`,
  'iu',
);

/**
 * The words of the jobs a query names ("social worker allegation" → social, worker), when it
 * names something besides them; none when the job is what it asks for ("ask a social worker",
 * "school nurse help", "emergency social worker derby", "teacher online safety").
 * @param query what was searched for
 */
export function roleWords(query: string): Set<string> {
  if (jobOnCall.test(query)) return new Set();
  const rest = significantWords(query.replace(roleNames, ' '));
  // "teacher online safety": the site's subject alone asks nothing of its own, so the job is what is asked for.
  const subject = subjectWordsIn(rest);
  if (!rest.some((word) => !genericWords.has(word) && !reachWords.has(word) && !subject.has(word))) return new Set();
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
 * "a member of staff", "a colleague", "a volunteer", "my son's tutor", "the babysitter", "a dinner lady".
 */
const carers = `${roles}|staff(?: members?)?|members? of staff|colleagues?|co-?workers?|volunteers?|tutors?|instructors?|(?:youth|scout|group|club) leaders?|foster carers?|dinner lad(?:y|ies)|lunchtime supervisors?|babysitters?|nann(?:y|ies)|au pairs?|caretakers?|(?:school )?bus drivers?|taxi drivers?`;

/**
 * What a person in a job can do to a child that makes a concern about them: "messaging", "sent",
 * "touched", "showed my kids porn", "a relationship with".
 */
const actions =
  "(?:messag|text|dm|snapchat|whatsapp|email|contact|add|follow|friend|groom|touch|film|photograph|flirt|kiss|meet|send|sext|hit)\\p{L}*|sent|met|took\\s+(?:a\\s+|some\\s+)?(?:photos?|pictures?|pics?|videos?)\\s+of|show(?:s|ed|n|ing)?\\s+(?:[\\p{L}'’]+\\s+){1,2}?(?:porn\\p{L}*|nudes?|(?:sexual|inappropriate|explicit|naked|rude)\\s+\\p{L}+)|(?:in\\s+an?\\s+)?(?:(?:sexual|inappropriate)\\s+)?(?:relationship|affair)\\s+with|dat(?:es|ed|ing)|sle(?:eping|pt)\\s+with|ask(?:s|ed|ing)?\\s+(?:(?:him|her|them|my\\s+\\p{L}+)\\s+)?for\\s+(?:his|her|their)\\s+(?:number|address|snapchat|instagram|whatsapp|phone\\s+number|details)";

/** What a person in a job may share of a child: "sharing images", "posted photos". */
const images = 'images?|photos?|pictures?|pics|nudes?|videos?';

/** What a concern about a person in a job is called: "teacher allegation", "coach misconduct", "staff member accused". */
const concernNames =
  'allegations?|complaints?|misconduct|abus\\p{L}*|inappropriate\\p{L}*|accus\\p{L}*|suspended|arrested|investigated';

/** A child, as the concern names them: "a pupil", "my son", "her", "a 14 year old", "players" (a coach's). */
const childNamed = `${ownChild}|pupils?|students?|learners?|players?|young (?:people|person)|minors?|him|her|${childAge}`;

/**
 * Words between a job and what the person did: "coach has been texting", "teacher keeps
 * messaging", "volunteer behaving inappropriately", "should teachers be friends with pupils".
 */
const auxiliaries = '(?:(?:is|are|be|has|keeps|was|been|being|had|always|behaving|acting)\\s+){0,2}';

const wholeWord = (pattern: string) => new RegExp(`(?:^|\\s)(?:${pattern})(?=$|[^\\p{L}])`, 'iu');
// "complaint about a teacher", "allegation against a football coach", "messages from a member of
// staff"; not things said about them ("parents posting about a teacher"), which they suffer.
const aboutCarer = wholeWord(
  `(?<!(?:post(?:s|ed|ing)?|say(?:s|ing)?|said|writ(?:es|ing|ten)|wrote|comments|rumou?rs|lies|things|stuff)\\s+)(?:about|against|by|from)\\s+(?:(?:${determiners}|\\p{L}+'?s)\\s+)?(?:\\p{L}+(?:'s)?\\s+)?(?:${carers})`,
);
/** What a person in a job said or sent that is a concern by itself, whoever it was to: "inappropriate", "flirty", "sexual". */
const unwelcome = '(?:inappropriate\\p{L}*|sexual|explicit|rude|creepy|flirty|dirty)';

// "teacher allegation", "coach inappropriate", and something unwelcome said or sent, to no child
// named ("teacher sent inappropriate message", "coach made creepy comments", "tutor said something
// sexual")
const carerConcern = wholeWord(
  `(?:${carers})\\s+${auxiliaries}(?:(?:${concernNames})|(?:${actions}|made|mak(?:es|ing)|sa(?:id|ys|ying)|post\\p{L}*)\\s+(?:(?:an?|some|something|things|stuff)\\s+)?${unwelcome})`,
);
// "coach keeps texting", "teacher sent my daughter …"
const carerActs = wholeWord(`(?:${carers})\\s+${auxiliaries}(?:${actions})`);
// "staff member sharing images", "teacher posted pictures", "colleague has been viewing indecent
// images", "colleague looking at inappropriate images", "foster carer posted child on facebook"
const carerShares = wholeWord(
  `(?:${carers})\\s+${auxiliaries}(?:(?:shar|post|view|download|access|watch|look)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}(?:${images})|(?:shar|post|upload)\\p{L}*\\s+(?:(?:\\p{L}+\\s+){0,2}?(?:${childNamed})(?:'?s)?\\s+(?:on|online)(?=$|[^\\p{L}])|(?:(?:${determiners})\\s+)?(?:${childNamed})$))`,
);
const childInQuery = wholeWord(`(?:${childNamed})(?:'?s)?`);
// "indecent images on a colleague's computer", "found pictures on a teachers laptop"
const onCarersDevice = wholeWord(
  `(?:${images})\\s+(?:\\p{L}+\\s+){0,3}?on\\s+(?:(?:${determiners})\\s+)?(?:${carers})(?:'?s(?:\\s+(?:work\\s+)?${deviceSaid})?|\\s+(?:work\\s+)?${deviceSaid})`,
);

/**
 * Whether the query is a concern about someone who works or volunteers with children: about,
 * against or from them ("complaint about a teacher"), named as one ("teacher allegation"), or
 * what they did to a child ("coach texting my son") or shared ("staff member sharing images"), or
 * images on their device ("indecent images on a colleague's computer").
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
    onCarersDevice.test(text) ||
    (carerActs.test(text) && childInQuery.test(text))
  );
}

/** The patterns `concernsRole` reads a query with, each compiled in a task of its own (`compileQueryPatterns`). */
export const roleConcernPatterns: readonly RegExp[] = [
  aboutCarer,
  carerConcern,
  carerShares,
  onCarersDevice,
  carerActs,
  childInQuery,
];

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
  'teenager',
  'teens',
  'teen',
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
