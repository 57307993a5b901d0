/**
 * What the guide's pages show, worked out from the guide alone, so the Astro pages only render.
 */
import type { DecisionGuide, GuideOutcome, GuideQuestion } from '../../schemas/decision-guide';
import { entryPath } from '../content/entries';
import { guideRoot, previousQuestions, stepPath } from './guide-graph';

/** A link from one outcome to another. */
export interface OutcomeLink {
  href: string;
  title: string;
}

export type GuidePage =
  | { kind: 'question'; step: GuideQuestion; back: string }
  | {
      kind: 'outcome';
      step: GuideOutcome;
      back: string;
      seeAlso: OutcomeLink[];
      /** The answers that lead to the outcome in the reader's own voice ("I'm being bullied online"). */
      answeredBy: string[];
    };

/**
 * Whether an answer is the reader speaking of themselves ("Someone has shared a nude of me"), as
 * they would type it into a search. An answer that names a topic ("Grooming or exploitation") is
 * the name of a procedure or guide, which is the better answer to a search for it.
 */
const inReadersVoice = (label: string) => /\b(?:i|i'm|me|my)\b/i.test(label);

/**
 * One page per question and outcome, each with the address its "Back" link goes to.
 * @param guide a guide that passed the build's guide checks
 */
export function guidePages(guide: DecisionGuide): GuidePage[] {
  const previous = previousQuestions(guide);
  const backFor = (id: string) => {
    const before = previous.get(id);
    return before ? stepPath(before) : guideRoot;
  };
  return [
    ...guide.questions.map((step) => ({ kind: 'question' as const, step, back: backFor(step.id) })),
    ...guide.outcomes.map((step) => ({
      kind: 'outcome' as const,
      step,
      back: backFor(step.id),
      seeAlso: step.seeAlso.flatMap((id) => {
        const other = guide.outcomes.find((outcome) => outcome.id === id);
        return other ? [{ href: stepPath(id), title: other.title }] : [];
      }),
      answeredBy: guide.questions.flatMap((question) =>
        question.answers
          .filter((answer) => answer.next === step.id && inReadersVoice(answer.label))
          .map((answer) => answer.label),
      ),
    })),
  ];
}

/**
 * The link to a procedure from an outcome: its page, or one section of it.
 * @param link the procedure's id and optional section id
 */
export function procedureHref(link: { id: string; section?: string | undefined }): string {
  return entryPath('procedures', link.id, link.section);
}
