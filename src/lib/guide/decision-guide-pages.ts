/**
 * What the guide's pages show, worked out from the guide alone, so the Astro pages only render.
 */
import type { DecisionGuide, GuideOutcome, GuideQuestion } from '../../schemas/decision-guide';
import { guideRoot, previousQuestions, stepPath } from './decision-guide';

/** A link from one outcome to another. */
export interface OutcomeLink {
  href: string;
  title: string;
}

export type GuidePage =
  | { kind: 'question'; step: GuideQuestion; back: string }
  | { kind: 'outcome'; step: GuideOutcome; back: string; seeAlso: OutcomeLink[] };

/**
 * One page per question and outcome, each with the address its "Back" link goes to.
 * @param guide a guide that passed `checkDecisionGuide`
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
    })),
  ];
}

/**
 * The link to a procedure from an outcome: its page, or one section of it.
 * @param link the procedure's id and optional section id
 */
export function procedureHref(link: { id: string; section?: string | undefined }): string {
  return `/procedures/${link.id}/${link.section ? `#${link.section}` : ''}`;
}
