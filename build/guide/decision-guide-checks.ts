/**
 * The checks that make the "Worried about a child?" guide safe to follow: every id used once,
 * every answer leading on to a question or outcome and never back in a loop, every step
 * reachable from the start, and every contact, procedure and guidance page it names existing.
 */
import type { DecisionGuide, GuideOutcome, GuideQuestion } from '../../src/schemas/decision-guide';
import { reachableFrom } from '../../src/lib/guide/guide-graph';
import type { ContentProblem } from '../content/content-error';

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
