/**
 * A generated site for benchmarks: the real content plus any number of realistic procedure pages
 * shaped like the real ones (version, dates and an amendment; several sections with explicit ids
 * and subsections; paragraphs mixing the site's own sentences with the manual's register; real
 * contacts and Acts embedded by id, with real section numbers). Every reference names a real
 * entry, so the build's integrity checks pass and the pages render as real ones do. Deterministic
 * for a given seed, so runs compare like with like. Used by `tools/bench/build-scale.ts` and
 * `tools/bench/search.ts`; written to a folder outside git (`.bench/`) and built with
 * `CONTENT_DIR` and `DIST_DIR`.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, type LoadedEntry } from '../../build/content/content-files';
import { findEmailAddresses, findPhoneNumbers } from '../../build/content/contact-details';

/** A small, fast, seedable pseudo-random generator (mulberry32). */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const topics = [
  'Online grooming',
  'Harmful sexual behaviour',
  'Children missing education',
  'Child criminal exploitation',
  'Sharing nudes and semi-nudes',
  'Online bullying',
  'Sextortion',
  'Radicalisation online',
  'Self-harm content',
  'Gaming and in-app purchases',
  'Livestreaming',
  'Location sharing',
  'Image-based abuse',
  'Online scams targeting children',
  'Pornography and young people',
  'County lines recruitment online',
  'Fake profiles',
  'AI-generated images',
  'Coercive control in teenage relationships',
  'Cyber-dependent crime',
  'Online hate',
  'Screen time and sleep',
  'Private messaging apps',
  'Children with SEND online',
  'Children in care online',
];
const settings = [
  'in schools',
  'in early years settings',
  'in health services',
  'for police officers',
  'in residential care',
  'for foster carers',
  'in youth services',
  'in further education',
  'for social workers',
  'in sports clubs',
  'in faith settings',
  'in libraries',
];
const places = [
  'Chesterfield',
  'Buxton',
  'Matlock',
  'Ilkeston',
  'Glossop',
  'Belper',
  'Ripley',
  'Swadlincote',
  'Long Eaton',
  'Bolsover',
  'Dronfield',
  'Ashbourne',
  'Bakewell',
  'Alfreton',
  'Heanor',
  'Derby',
  'Littleover',
  'Mickleover',
  'Alvaston',
  'Chaddesden',
  'Allestree',
  'Normanton',
];
const agencies = [
  'The school',
  'The designated safeguarding lead',
  'The social worker',
  'The health visitor',
  'The police',
  'The early help worker',
  'The youth worker',
  'The GP',
  'The lead professional',
  'The foster carer',
];
const actions = [
  'record the concern and the reasons for any decision',
  'consult their agency designated professional',
  'speak to the child in private',
  'share information with the family unless that would increase the risk',
  'refer to Children’s Social Care',
  'agree a safety plan with the child',
  'review the plan within ten working days',
  'seek advice from the consultation line',
  'preserve any evidence without viewing images',
  'check whether another procedure applies',
  'make sure the child knows who to talk to',
  'write down what the child said in their own words',
];
const situations = [
  'a child discloses abuse online',
  'images of a child are shared without consent',
  'an adult contacts a child through a game',
  'a child is asked to keep a secret',
  'there are signs of exploitation',
  'a parent reports a worrying message',
  'a child goes missing after meeting someone online',
  'a child is being bullied in a group chat',
  'a child is viewing harmful content',
  'a young person shares extremist material',
];
const headings = [
  'Scope',
  'Definitions',
  'Recognising the risk',
  'Responding to a concern',
  'Information sharing',
  'Consultation and advice',
  'Making a referral',
  'Strategy discussions',
  'Working with parents and carers',
  'Supporting the child',
  'Recording and review',
  'Training',
  'Further information',
];
const keywordPool = [
  'grooming',
  'exploitation',
  'sexting',
  'nudes',
  'bullying',
  'radicalisation',
  'self-harm',
  'scams',
  'livestream',
  'gaming',
  'privacy',
  'location',
  'deepfake',
  'sextortion',
  'county lines',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

// Ids the procedure layout gives its own sections; a generated heading must not take one.
const layoutIds = new Set([
  'scope',
  'when-to-use',
  'contents',
  'related-procedures',
  'related-legislation',
  'related-contacts',
  'amendments',
]);

function sectionId(heading: string): string {
  const slug = heading
    .toLowerCase()
    .replaceAll(/[^a-z0-9]+/g, '-')
    .replaceAll(/^-|-$/g, '');
  return layoutIds.has(slug) ? `${slug}-of-this-procedure` : slug;
}

function sentence(random: () => number, corpus: readonly string[]): string {
  if (corpus.length > 0 && random() < 0.5) return pick(random, corpus);
  return `${pick(random, agencies)} should ${pick(random, actions)} when ${pick(random, situations)} in ${pick(random, places)}.`;
}

/**
 * Plain sentences from real MDX bodies, without components, Markdown syntax, phone numbers or
 * e-mail addresses, to write generated paragraphs in the site's own words.
 * @param bodies MDX bodies of real entries
 */
export function sentencesFrom(bodies: readonly string[]): string[] {
  return (
    bodies
      .flatMap((body) => body.split('\n'))
      // Lines with a component would read with a gap once it is stripped ("call  on"), so leave them out.
      .filter((line) => line.trim() !== '' && !/^\s*(#|[|<>{]|import |export )/.test(line) && !/<[A-Z]/.test(line))
      .map((line) =>
        line
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .replace(/[*_`]|\[([^\]]*)\]\([^)]*\)/g, '$1')
          .replace(/^\s*[-*\d.]+\s+/, '')
          .trim(),
      )
      .flatMap((line) => line.split(/(?<=[.?!])\s+/))
      .filter((text) => text.length >= 40 && text.length <= 300 && /^[A-Z]/.test(text) && /[.?!]$/.test(text))
      // A number or address copied into a procedure would fail the build, as it would for an editor.
      .filter((text) => findPhoneNumbers(text).length === 0 && findEmailAddresses(text).length === 0)
  );
}

/** The real entries a generated procedure may refer to. */
export interface BenchReferences {
  contacts: readonly string[];
  /** Contacts with at least one phone number, for `<ContactLink phone>`. */
  contactsWithPhone: readonly string[];
  /** Acts with their section numbers, for `<Act section>`. */
  legislation: readonly { id: string; sections: readonly string[] }[];
  /** Real procedures, for `relatedProcedures`. */
  procedures: readonly string[];
}

/**
 * The real entries a generated procedure may refer to.
 * @param entries the real content, from `loadContent`
 */
export function referencesFrom(entries: readonly LoadedEntry[]): BenchReferences {
  const of = (collection: string) => entries.filter((entry) => entry.collection === collection);
  return {
    contacts: of('contacts').map((entry) => entry.id),
    contactsWithPhone: of('contacts')
      .filter((entry) => (entry.data as { phones?: unknown[] }).phones?.length)
      .map((entry) => entry.id),
    legislation: of('legislation').map((entry) => ({
      id: entry.id,
      sections: ((entry.data as { sections?: { number: string }[] }).sections ?? []).map((section) => section.number),
    })),
    procedures: of('procedures').map((entry) => entry.id),
  };
}

/**
 * The id of a generated procedure.
 * @param number its number, from 1
 */
export function benchProcedureId(number: number): string {
  return `bench-procedure-${String(number).padStart(4, '0')}`;
}

/**
 * One generated procedure page as MDX.
 * @param index the page's position, from 0, which makes its id and title unique
 * @param random the generator (advance it once per page, in order, for a deterministic site)
 * @param corpus real sentences to mix in
 * @param references real entries the page may name
 */
export function benchProcedure(
  index: number,
  random: () => number,
  corpus: readonly string[],
  references: BenchReferences,
): { id: string; source: string } {
  const number = String(index + 1).padStart(4, '0');
  const id = benchProcedureId(index + 1);
  const topic = pick(random, topics);
  const setting = pick(random, settings);
  const title = `${topic} ${setting} (${pick(random, places)}, ${number})`;
  const contacts =
    references.contacts.length > 0 ? [...new Set([pick(random, references.contacts), pick(random, references.contacts)])] : [];
  const acts =
    references.legislation.length > 0
      ? [
          ...new Map(
            [pick(random, references.legislation), pick(random, references.legislation)].map((act) => [act.id, act]),
          ).values(),
        ]
      : [];
  const related = references.procedures.length > 0 ? [pick(random, references.procedures)] : [];
  const keywords = [...new Set([pick(random, keywordPool), pick(random, keywordPool), `procedure ${number}`])];
  const sectionCount = 4 + Math.floor(random() * 5);
  const start = Math.floor(random() * headings.length);
  const sectionIds: string[] = [];
  const sections: string[] = [];
  for (let section = 0; section < sectionCount; section += 1) {
    const heading = headings[(start + section) % headings.length] ?? 'Section';
    sectionIds.push(sectionId(heading));
    const paragraphs: string[] = [];
    const paragraphCount = 2 + Math.floor(random() * 3);
    for (let paragraph = 0; paragraph < paragraphCount; paragraph += 1) {
      const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(random, corpus));
      paragraphs.push(sentences.join(' '));
    }
    if (random() < 0.4)
      paragraphs.push(
        Array.from(
          { length: 3 + Math.floor(random() * 3) },
          () => `- ${pick(random, actions).replace(/^./, (first) => first.toUpperCase())}.`,
        ).join('\n'),
      );
    const act = acts.length > 0 && random() < 0.6 ? pick(random, acts) : undefined;
    if (act)
      paragraphs.push(
        `The law is set out in ${act.sections.length > 0 ? `<Act id="${act.id}" section="${pick(random, act.sections)}" />` : `the <Act id="${act.id}" />`}.`,
      );
    if (references.contactsWithPhone.length > 0 && random() < 0.5)
      paragraphs.push(`For advice, call <ContactLink id="${pick(random, references.contactsWithPhone)}" phone />.`);
    else if (contacts[0] && random() < 0.5) paragraphs.push(`For advice, contact <ContactLink id="${contacts[0]}" />.`);
    if (random() < 0.4)
      paragraphs.push(
        `### ${pick(random, situations).replace(/^./, (first) => first.toUpperCase())}\n\n${sentence(random, corpus)} ${sentence(random, corpus)}`,
      );
    // An explicit id, as editors write them, so links to the section survive a reworded heading.
    sections.push(`## ${heading} {/* #${sectionIds.at(-1)} */}\n\n${paragraphs.join('\n\n')}`);
  }
  if (contacts[0]) sections.push(`<Contact id="${contacts[0]}" />`);
  const yamlList = (items: readonly string[]) => `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
  const source = `---
title: ${JSON.stringify(title)}
summary: ${JSON.stringify(`What to do about ${topic.toLowerCase()} ${setting}: recognising the risk, responding to a concern and who to contact.`)}
scope: ${JSON.stringify(`This procedure applies to every practitioner working with children ${setting} across Derby and Derbyshire.`)}
audiences: [professionals]
version: "${1 + Math.floor(random() * 9)}"
lastUpdated: 2025-03-14
amendments:
  - date: 2025-03-14
    change: ${JSON.stringify(`The section on ${(headings[start] ?? 'scope').toLowerCase()} was updated.`)}
    section: ${sectionIds[0] ?? 'scope'}
keywords: ${yamlList(keywords)}
contacts: ${yamlList(contacts)}
legislation: ${yamlList(acts.map((act) => act.id))}
relatedProcedures: ${yamlList(related)}
---

${sections.join('\n\n')}
`;
  return { id, source };
}

/**
 * Writes a content folder: a copy of the real content plus `pages` generated procedures.
 * @param target the content folder to (re)create, e.g. `.bench/search-3000/content`
 * @param source the real content folder to copy
 * @param pages how many procedure pages to generate
 * @param seed the generator's seed
 * @returns the generated procedures' ids
 */
export function writeBenchSite(target: string, source: string, pages: number, seed = 2025): string[] {
  const { entries, problems } = loadContent(source);
  if (problems.length > 0)
    throw new Error(
      `The real content has problems; fix them before benchmarking: ${problems.map((problem) => problem.file).join(', ')}`,
    );
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(source, target, { recursive: true });
  const corpus = sentencesFrom(entries.filter((entry) => entry.collection !== 'contacts').map((entry) => entry.body));
  const references = referencesFrom(entries);
  const random = randomFrom(seed);
  const folder = join(target, 'procedures');
  mkdirSync(folder, { recursive: true });
  const ids: string[] = [];
  for (let index = 0; index < pages; index += 1) {
    const page = benchProcedure(index, random, corpus, references);
    writeFileSync(join(folder, `${page.id}.mdx`), page.source);
    ids.push(page.id);
  }
  return ids;
}
