/**
 * Walks over the "Worried about a child?" guide as a graph of questions and outcomes: where each
 * step's page lives, which steps a reader can reach, and where each "Back" link returns to.
 * Pure: the guide comes in as data (the `decisionGuide` collection, or a test's own guide).
 */
import type { DecisionGuide } from '../../schemas/decision-guide';
import { guideName, guideRoot } from './guide-history';

export { guideName, guideRoot };

/**
 * The page of one question or outcome: `/worried/<id>/`.
 * @param id a question or outcome id
 */
export function stepPath(id: string): string {
  return `${guideRoot}${id}/`;
}

/**
 * The ids a reader can reach from the start, in the order a breadth-first walk meets them.
 * @param guide the parsed guide
 */
export function reachableFrom(guide: DecisionGuide): Set<string> {
  // The walk that finds each step's "Back" link meets every reachable step once, so it serves both.
  if (!guide.questions.some((question) => question.id === guide.start)) return new Set();
  return new Set([guide.start, ...previousQuestions(guide).keys()]);
}

/**
 * For each question and outcome, the question the "Back" link returns to: the one a reader meets
 * it from on the shortest path from the start. The first question has none (Back goes to the
 * guide's start page).
 * @param guide a guide that passed the build's guide checks
 */
export function previousQuestions(guide: DecisionGuide): Map<string, string> {
  const questions = new Map(guide.questions.map((question) => [question.id, question]));
  const previous = new Map<string, string>();
  const seen = new Set([guide.start]);
  const queue = [guide.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const answer of questions.get(id)?.answers ?? []) {
      if (seen.has(answer.next)) continue;
      seen.add(answer.next);
      previous.set(answer.next, id);
      queue.push(answer.next);
    }
  }
  return previous;
}
