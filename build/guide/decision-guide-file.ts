/**
 * Reads `content/decision-guide.yaml` for the build's content check: parses it against the
 * schema and places each problem by step id ("question "who-are-you" → answer "Yes"") so an
 * editor finds it. The pages read the guide through the `decisionGuide` collection instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { decisionGuideSchema, type DecisionGuide } from '../../src/schemas/decision-guide';
import type { ContentProblem } from '../content/content-error';
import { contentRoot, fieldName } from '../content/content-files';
import { checkDecisionGuide, type KnownIds } from './decision-guide-checks';
import { outcomesWithoutAPersonToCall, type CallableContact } from './person-to-call';
import { audienceLabel } from '../../src/site.config';

/** The guide's file name inside the content folder. */
export const decisionGuideFileName = 'decision-guide.yaml';

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
 * The ids of every contact, procedure and guidance page, for the guide's checks.
 * @param entries loaded entries, from `loadContent()`
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
