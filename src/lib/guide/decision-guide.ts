/**
 * The "Worried about a child?" guide as a graph: reading and validating `content/decision-guide.yaml`,
 * the checks that make every path end at an outcome, and what the pages need (paths, back links).
 * Problems read like the content checks' ("file → where: what was expected") and fail the build
 * through `build/content/content-check-integration.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { decisionGuideSchema, type DecisionGuide, type GuideOutcome, type GuideQuestion } from '../../schemas/decision-guide';
import { ContentError, type ContentProblem } from '../../../build/content/content-error';
import { contentRoot, fieldName } from '../../../build/content/content-files';
import { outcomesWithoutAPersonToCall, type CallableContact } from './person-to-call';
import { audienceLabel } from '../../site.config';

/** The guide's file name inside the content folder. */
export const decisionGuideFileName = 'decision-guide.yaml';

/** Where the guide's pages live. */
export const guideRoot = '/worried/';

/**
 * The page of one question or outcome: `/worried/<id>/`.
 * @param id a question or outcome id
 */
export function stepPath(id: string): string {
  return `${guideRoot}${id}/`;
}

type Raw = { questions?: { id?: unknown; answers?: { label?: unknown }[] }[]; outcomes?: { id?: unknown }[] } | undefined;

/** "question "who-are-you" → answer "Yes"" for a zod issue path, so an editor finds the place by its id. */
function placeOf(raw: Raw, path: readonly PropertyKey[]): string {
  const [list, index, ...rest] = path;
  if ((list !== 'questions' && list !== 'outcomes') || typeof index !== 'number') return fieldName(path);
  const item = raw?.[list]?.[index];
  const step = `${list === 'questions' ? 'question' : 'outcome'} ${typeof item?.id === 'string' ? `"${item.id}"` : `number ${index + 1}`}`;
  if (list === 'questions' && rest[0] === 'answers' && typeof rest[1] === 'number') {
    const label = raw?.questions?.[index]?.answers?.[rest[1]]?.label;
    const answer = `answer ${typeof label === 'string' ? `"${label}"` : `number ${rest[1] + 1}`}`;
    return [step, answer, ...(rest.length > 2 ? [fieldName(rest.slice(2))] : [])].join(' → ');
  }
  return [step, ...(rest.length > 0 ? [fieldName(rest)] : [])].join(' → ');
}

/**
 * Parses the guide's YAML against the schema.
 * @param file the path shown in messages
 * @param source the file's text
 */
export function parseDecisionGuide(file: string, source: string): { guide?: DecisionGuide; problems: ContentProblem[] } {
  const document = parseDocument(source);
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({
        file,
        field: '',
        message: `The file is not valid YAML (line ${error.linePos?.[0].line ?? 1}): ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    };
  }
  const raw: unknown = document.toJS();
  const result = decisionGuideSchema.safeParse(raw ?? {});
  if (!result.success)
    return {
      problems: result.error.issues.map((issue) => ({ file, field: placeOf(raw as Raw, issue.path), message: issue.message })),
    };
  return { guide: result.data, problems: [] };
}

/** The ids of the entries a guide may name, by collection. */
export interface KnownIds {
  contacts: ReadonlySet<string>;
  procedures: ReadonlySet<string>;
  guidance: ReadonlySet<string>;
  /** Each procedure's heading ids, when known, so a `section:` can be checked. */
  sections?: ReadonlyMap<string, ReadonlySet<string>> | undefined;
}

const questionPlace = (question: GuideQuestion) => `question "${question.id}"`;
const answerPlace = (question: GuideQuestion, label: string) => `${questionPlace(question)} → answer "${label}"`;

function missingEntry(collection: keyof KnownIds, id: string): string {
  return `No ${collection} entry has the id "${id}". Expected the file name (without .mdx) of a file in content/${collection}/.`;
}

/**
 * Every problem with the guide as a whole: ids used twice, answers that lead nowhere or back on
 * themselves, steps no reader can reach, and outcomes that name entries that do not exist.
 * @param guide the parsed guide
 * @param file the path shown in messages
 * @param known the ids of existing contacts, procedures and guidance
 */
export function checkDecisionGuide(guide: DecisionGuide, file: string, known: KnownIds): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const steps = new Map<string, GuideQuestion | GuideOutcome>();
  for (const [kind, list] of [
    ['question', guide.questions],
    ['outcome', guide.outcomes],
  ] as const) {
    for (const step of list) {
      if (steps.has(step.id))
        problems.push({
          file,
          field: `${kind} "${step.id}"`,
          message: `Duplicate id "${step.id}": another question or outcome already uses it. Give each step its own id.`,
        });
      else steps.set(step.id, step);
    }
  }
  const questions = new Map(guide.questions.map((question) => [question.id, question]));
  const allIds = [...steps.keys()].join(', ');

  if (!questions.has(guide.start))
    problems.push({
      file,
      field: 'start',
      message: `The guide starts at "${guide.start}", which is not a question. Expected one of: ${guide.questions.map((question) => question.id).join(', ')}.`,
    });

  for (const question of guide.questions) {
    for (const answer of question.answers) {
      if (!steps.has(answer.next))
        problems.push({
          file,
          field: answerPlace(question, answer.label),
          message: `Leads to "${answer.next}", which is neither a question nor an outcome. Expected one of: ${allIds}.`,
        });
    }
  }

  // Depth-first search from every question: an answer that leads to a question still being
  // explored closes a loop, and a reader following it would never reach an outcome.
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (question: GuideQuestion) => {
    state.set(question.id, 'open');
    trail.push(question.id);
    for (const answer of question.answers) {
      const next = questions.get(answer.next);
      if (!next) continue;
      if (state.get(next.id) === 'open') {
        const loop = [...trail.slice(trail.indexOf(next.id)), next.id].join(' → ');
        problems.push({
          file,
          field: answerPlace(question, answer.label),
          message: `Leads back to "${next.id}", making a loop (${loop}). Every answer must lead on towards an outcome.`,
        });
      } else if (!state.has(next.id)) visit(next);
    }
    trail.pop();
    state.set(question.id, 'done');
  };
  const first = questions.get(guide.start);
  if (first) visit(first);
  for (const question of guide.questions) if (!state.has(question.id)) visit(question);

  const reachable = reachableFrom(guide);
  for (const [kind, list] of [
    ['question', guide.questions],
    ['outcome', guide.outcomes],
  ] as const) {
    for (const step of list) {
      if (!reachable.has(step.id))
        problems.push({
          file,
          field: `${kind} "${step.id}"`,
          message: `No answer leads here from the start ("${guide.start}"), so no reader can reach it. Link an answer to it or remove it.`,
        });
    }
  }

  for (const outcome of guide.outcomes) {
    const place = `outcome "${outcome.id}"`;
    outcome.contacts.forEach((id, index) => {
      if (!known.contacts.has(id))
        problems.push({ file, field: `${place} → contacts.${index}`, message: missingEntry('contacts', id) });
    });
    outcome.procedures.forEach((link, index) => {
      if (!known.procedures.has(link.id))
        problems.push({ file, field: `${place} → procedures.${index}.id`, message: missingEntry('procedures', link.id) });
      const sections = known.sections?.get(link.id);
      if (link.section && sections && !sections.has(link.section))
        problems.push({
          file,
          field: `${place} → procedures.${index}.section`,
          message: `The procedure "${link.id}" has no section with the id "${link.section}", so the link would land at the top of the page. Expected one of its heading ids: ${[...sections].join(', ')}.`,
        });
    });
    outcome.seeAlso.forEach((id, index) => {
      if (!guide.outcomes.some((other) => other.id === id && other.id !== outcome.id))
        problems.push({
          file,
          field: `${place} → seeAlso.${index}`,
          message: `"${id}" is not another outcome of the guide. Expected one of: ${guide.outcomes
            .filter((other) => other.id !== outcome.id)
            .map((other) => other.id)
            .join(', ')}.`,
        });
    });
    outcome.guidance.forEach((id, index) => {
      if (!known.guidance.has(id))
        problems.push({ file, field: `${place} → guidance.${index}`, message: missingEntry('guidance', id) });
    });
  }
  return problems;
}

/**
 * The ids a reader can reach from the start, in the order a breadth-first walk meets them.
 * @param guide the parsed guide
 */
export function reachableFrom(guide: DecisionGuide): Set<string> {
  const questions = new Map(guide.questions.map((question) => [question.id, question]));
  const seen = new Set<string>();
  const queue = questions.has(guide.start) ? [guide.start] : [];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const answer of questions.get(id)?.answers ?? []) queue.push(answer.next);
  }
  return seen;
}

/**
 * For each question and outcome, the question the "Back" link returns to: the one a reader meets
 * it from on the shortest path from the start. The first question has none (Back goes to the
 * guide's start page).
 * @param guide a guide that passed `checkDecisionGuide`
 */
export function previousQuestions(guide: DecisionGuide): Map<string, string> {
  const questions = new Map(guide.questions.map((question) => [question.id, question]));
  const previous = new Map<string, string>();
  const seen = new Set([guide.start]);
  const queue = [guide.start];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const answer of questions.get(id)?.answers ?? []) {
      if (seen.has(answer.next)) continue;
      seen.add(answer.next);
      previous.set(answer.next, id);
      queue.push(answer.next);
    }
  }
  return previous;
}

/**
 * Reads the guide from a content folder. A folder without the file has no guide and no problems;
 * the guide's pages fail the build on their own if the site's file goes missing.
 * @param root the content folder (defaults to `contentRoot()`)
 */
export function readDecisionGuide(
  root: string = contentRoot(),
): { file: string; guide?: DecisionGuide; problems: ContentProblem[] } | undefined {
  const path = join(root, decisionGuideFileName);
  if (!existsSync(path)) return undefined;
  const file = relative(resolve(root, '..'), path);
  return { file, ...parseDecisionGuide(file, readFileSync(path, 'utf8')) };
}

/**
 * The guide, checked against the content it names; throws with every problem if there are any.
 * For the guide's pages, which cannot render a broken guide.
 * @param known the ids of existing contacts, procedures and guidance
 * @param root the content folder (defaults to `contentRoot()`)
 */
export function loadDecisionGuide(known: KnownIds, root: string = contentRoot()): DecisionGuide {
  const read = readDecisionGuide(root);
  if (!read)
    throw new Error(`The "Worried about a child?" guide needs ${join(root, decisionGuideFileName)}, and there is no such file.`);
  const problems = read.guide ? checkDecisionGuide(read.guide, read.file, known) : read.problems;
  if (!read.guide || problems.length > 0) throw new ContentError(problems);
  return read.guide;
}

/**
 * The ids of every contact, procedure and guidance page, for the guide's checks.
 * @param entries loaded entries, from `loadContent()` or `getCollection()`
 */
export function knownIds(entries: readonly { collection: string; id: string }[]): KnownIds {
  const idsIn = (collection: string) =>
    new Set(entries.filter((entry) => entry.collection === collection).map((entry) => entry.id));
  return { contacts: idsIn('contacts'), procedures: idsIn('procedures'), guidance: idsIn('guidance') };
}

/**
 * Every problem with the guide in a content folder, for the build's content check.
 * @param entries the folder's loaded entries
 * @param root the content folder (defaults to `contentRoot()`)
 * @param sections each procedure's heading ids, to check outcomes' `section:` links
 */
export function decisionGuideProblems(
  entries: readonly { collection: string; id: string; data?: unknown }[],
  root: string = contentRoot(),
  sections?: KnownIds['sections'],
): ContentProblem[] {
  const read = readDecisionGuide(root);
  if (!read) return [];
  if (!read.guide) return read.problems;
  // A contact that failed to load (its own file's problem is reported) cannot be judged callable,
  // so outcomes naming one are not reported again for it.
  const loaded = entries.filter((entry) => entry.data !== undefined);
  const unloadedContacts = new Set(
    entries.filter((entry) => entry.data === undefined && entry.collection === 'contacts').map((entry) => entry.id),
  );
  const judged = {
    ...read.guide,
    outcomes: read.guide.outcomes.filter((outcome) => !outcome.contacts.some((id) => unloadedContacts.has(id))),
  };
  return [
    ...checkDecisionGuide(read.guide, read.file, { ...knownIds(entries), sections }),
    ...outcomesWithoutAPersonToCall(judged, read.file, callableContacts(loaded), audienceLabel),
  ];
}

/**
 * Each contact's audiences, kind and whether it has a phone, for the person-to-call check.
 * @param entries loaded entries; contacts carry their parsed data
 */
export function callableContacts(
  entries: readonly { collection: string; id: string; data?: unknown }[],
): Map<string, CallableContact> {
  const contacts = new Map<string, CallableContact>();
  for (const entry of entries) {
    if (entry.collection !== 'contacts') continue;
    const data = entry.data as { audiences: string[]; kind: string; phones: unknown[] };
    contacts.set(entry.id, { audiences: data.audiences, kind: data.kind, hasPhone: data.phones.length > 0 });
  }
  return contacts;
}
