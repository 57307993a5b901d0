/**
 * A large, realistic site for build benchmarks: the real content, plus any number of generated
 * procedures shaped like the real ones (frontmatter with version, dates and amendments; several
 * numbered sections and subsections; lists; contacts and Acts embedded by id). Every reference
 * names a real entry, so the build's integrity checks pass and the pages render as real ones do.
 * Other benchmarks (search) can call `generateBenchSite` too.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, type LoadedEntry } from './content-files';

/** The real entries a generated procedure may refer to. */
export interface BenchReferences {
  /** Contacts with at least one phone number (for `<ContactLink phone>`). */
  contactsWithPhone: string[];
  /** Every contact id. */
  contacts: string[];
  /** Acts with their section numbers (for `<Act section>`). */
  legislation: { id: string; sections: string[] }[];
  /** Real procedure ids, for `relatedProcedures`. */
  procedures: string[];
}

/** Seeded pseudo-random numbers (mulberry32), so the same seed writes the same site. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const topics = ['livestreaming', 'online gaming', 'image-based abuse', 'online grooming', 'harmful content', 'sextortion', 'cyberbullying', 'online radicalisation', 'online fraud', 'self-harm content', 'AI-generated images', 'location sharing', 'anonymous apps', 'online challenges', 'peer-on-peer abuse'];
const settings = ['schools', 'early years settings', 'health services', 'youth services', 'children’s homes', 'foster care', 'sports clubs', 'faith settings', 'colleges', 'police teams'];
const sections = [
  { heading: 'Scope of this procedure', id: 'scope-of-this-procedure' },
  { heading: 'Recognising harm', id: 'recognising-harm' },
  { heading: 'Children who may be more at risk', id: 'children-who-may-be-more-at-risk' },
  { heading: 'Responding to a concern', id: 'responding-to-a-concern' },
  { heading: 'Consultation and advice', id: 'consultation-and-advice' },
  { heading: 'Making a referral', id: 'making-a-referral' },
  { heading: 'Recording and sharing information', id: 'recording-and-sharing-information' },
  { heading: 'Reviewing what happened', id: 'reviewing-what-happened' },
];
const subheadings = ['What to look for', 'What to do first', 'Talking to the child', 'Working with parents and carers', 'When to involve the police', 'Keeping evidence safe'];
const subjects = ['the designated safeguarding lead', 'a practitioner', 'the school', 'the social worker', 'the police', 'the health visitor', 'the team manager', 'any professional'];
const verbs = ['should record', 'must consider', 'should discuss', 'must share', 'should review', 'needs to explain', 'should agree', 'must not delay'];
const objects = ['what the child has said', 'the risk to other children', 'the child’s wishes and feelings', 'the information held by other agencies', 'whether a strategy discussion is needed', 'the parents’ view, unless this would increase the risk', 'how the device was used', 'the timescale for the next steps'];
const endings = ['before the end of the working day.', 'in line with the partnership’s procedures.', 'and write down the reasons for any decision.', 'without viewing any indecent image.', 'so that the child is not asked to repeat their account.', 'with a manager if there is any doubt.'];

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs at least one item.');
  return item;
}

function sentence(random: () => number): string {
  const text = `${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, objects)} ${pick(random, endings)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function paragraph(random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

function sample<T>(random: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return chosen;
}

/** The id of the nth generated procedure (1-based), sorted after the real ones. */
export function benchProcedureId(index: number): string {
  return `bench-procedure-${String(index).padStart(4, '0')}`;
}

/**
 * One generated procedure as an MDX file's text.
 * @param index its number, from 1
 * @param references the real entries it may embed or refer to
 * @param seed the site's seed; with the same index and seed the text is the same
 */
export function benchProcedure(index: number, references: BenchReferences, seed = 1): string {
  const random = seededRandom(seed * 100_003 + index);
  const topic = pick(random, topics);
  const setting = pick(random, settings);
  const acts = sample(random, references.legislation, 2);
  const contacts = sample(random, references.contacts, 3);
  const phoned = sample(random, references.contactsWithPhone, 2);
  const related = sample(random, references.procedures, 2);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const frontmatter = [
    '---',
    `title: Responding to ${topic} in ${setting}`,
    `summary: What professionals in ${setting} should do when a child may be harmed through ${topic}, who to ask for advice and when to refer.`,
    `scope: This procedure covers concerns about ${topic} for children supported by ${setting}, and how to respond, consult and refer.`,
    'audiences: [professionals]',
    `version: "${1 + (index % 60)}"`,
    `lastUpdated: 2025-${month}-14`,
    `nextReview: 2027-${month}-14`,
    'amendments:',
    `  - date: 2025-${month}-14`,
    `    change: The section on ${pick(random, sections).heading.toLowerCase()} was updated.`,
    `    section: ${pick(random, sections).id}`,
    `legislation: [${acts.map((act) => act.id).join(', ')}]`,
    `contacts: [${contacts.join(', ')}]`,
    `relatedProcedures: [${related.join(', ')}]`,
    `keywords: [${topic}, ${setting}]`,
    '---',
  ];
  const body: string[] = [];
  for (const section of sections) {
    body.push(`## ${section.heading} {/* #${section.id} */}`, '', paragraph(random, 3 + Math.floor(random() * 3)));
    if (random() < 0.5) body.push('', ...Array.from({ length: 3 + Math.floor(random() * 3) }, () => `- ${sentence(random)}`));
    const act = pick(random, acts);
    const actSection = act.sections.length > 0 && random() < 0.6 ? ` section="${pick(random, act.sections)}"` : '';
    body.push('', `${paragraph(random, 2)} The law here is <Act id="${act.id}"${actSection} />.`);
    if (phoned.length > 0 && random() < 0.6) body.push('', `For advice, call <ContactLink id="${pick(random, phoned)}" phone />.`);
    if (random() < 0.5) body.push('', `### ${pick(random, subheadings)}`, '', paragraph(random, 2 + Math.floor(random() * 3)));
    body.push('');
  }
  body.push(`<Contact id="${pick(random, contacts)}" />`, '');
  return `${frontmatter.join('\n')}\n\n${body.join('\n')}`;
}

/**
 * The real entries a generated procedure may refer to.
 * @param entries the real content, from `loadContent`
 */
export function referencesFrom(entries: readonly LoadedEntry[]): BenchReferences {
  const of = (collection: string) => entries.filter((entry) => entry.collection === collection);
  const references: BenchReferences = {
    contacts: of('contacts').map((entry) => entry.id),
    contactsWithPhone: of('contacts').filter((entry) => (entry.data as { phones?: unknown[] }).phones?.length).map((entry) => entry.id),
    legislation: of('legislation').map((entry) => ({ id: entry.id, sections: ((entry.data as { sections?: { number: string }[] }).sections ?? []).map((section) => section.number) })),
    procedures: of('procedures').map((entry) => entry.id),
  };
  if (references.contacts.length === 0 || references.legislation.length === 0 || references.procedures.length === 0) {
    throw new Error('The real content needs at least one contact, one Act and one procedure for generated procedures to refer to.');
  }
  return references;
}

export interface BenchSiteOptions {
  /** The real content folder to copy. */
  source: string;
  /** Where to write the site's content (emptied first). */
  target: string;
  /** How many procedures to generate. */
  procedures: number;
  seed?: number;
}

/**
 * Writes a content folder: a copy of the real content plus `procedures` generated procedures.
 * @param options where from, where to, how many
 * @returns the generated procedures' ids
 */
export function generateBenchSite(options: BenchSiteOptions): string[] {
  const { entries, problems } = loadContent(options.source);
  if (problems.length > 0) throw new Error(`The real content has problems; fix them before benchmarking: ${problems.map((problem) => problem.file).join(', ')}`);
  const references = referencesFrom(entries);
  rmSync(options.target, { recursive: true, force: true });
  cpSync(options.source, options.target, { recursive: true });
  mkdirSync(join(options.target, 'procedures'), { recursive: true });
  const ids = Array.from({ length: options.procedures }, (_, offset) => benchProcedureId(offset + 1));
  ids.forEach((id, offset) => writeFileSync(join(options.target, 'procedures', `${id}.mdx`), benchProcedure(offset + 1, references, options.seed)));
  return ids;
}
