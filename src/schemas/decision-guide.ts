/**
 * The "Worried about a child?" guide (`content/decision-guide.yaml`): questions whose answers lead
 * to further questions or to outcomes, and outcomes that say what to do and who to contact. The
 * schema checks each step's shape; `src/lib/guide/decision-guide.ts` checks the graph as a whole.
 */
import { z } from 'astro/zod';
import { audience, slug } from './fields';

export const answerSchema = z.strictObject({
  /** What the reader chooses, short enough to scan: "Yes", "I work or volunteer with children". */
  label: z.string().min(2),
  /** A line under the label that helps the reader choose, when the label alone is not enough. */
  hint: z.string().min(5).optional(),
  /** The id of the question or outcome this answer leads to. */
  next: slug,
});

export const questionSchema = z.strictObject({
  /** Kebab-case id: the page is `/worried/<id>/`. */
  id: slug,
  /** The question, as the page's heading. */
  question: z
    .string()
    .min(5)
    .refine((text) => text.endsWith('?'), 'Expected the question to end with a question mark.'),
  /** One or two sentences that help the reader answer. */
  hint: z.string().min(5).optional(),
  answers: z.array(answerSchema).min(2, 'Expected at least two answers: a question with one answer is not a choice.'),
});

/** A link to a procedure, optionally to one of its sections. */
export const procedureLinkSchema = z.strictObject({
  id: slug,
  /** A section id on the procedure's page, for example "viewing-images". */
  section: slug.optional(),
  /** Link text when the procedure's title is not enough, for example "Do not view the images". */
  label: z.string().min(3).optional(),
});

export const outcomeSchema = z.strictObject({
  /** Kebab-case id: the page is `/worried/<id>/`. */
  id: slug,
  /**
   * Who reaches this outcome (audience ids). The build checks that the outcome offers each of them
   * a number they can call other than 999: Childline alone is not enough for a parent.
   */
  readers: z.array(audience).min(1, 'Expected at least one reader: parents-carers, young-people or professionals.'),
  /** What to do, as the page's heading: "Call 999 now". */
  title: z.string().min(5),
  /** The first thing to know, in one or two sentences. */
  summary: z.string().min(20),
  /** What to do, in order. */
  steps: z.array(z.string().min(10)).default([]),
  /** Things not to do, when getting them wrong could cause harm or break the law. */
  doNot: z.array(z.string().min(10)).default([]),
  /**
   * For professionals: the page opens with "Talk to your designated safeguarding lead first",
   * as the procedure says anyone worried about a child should consult them.
   */
  consultSafeguardingLead: z.boolean().default(false),
  /** Contact ids (files in content/contacts/), shown as contact cards in this order. */
  contacts: z.array(slug).min(1, 'Expected at least one contact id, so the reader knows who to contact.'),
  /**
   * Other outcomes a reader here may need too, when answers overlap: a nude image shared and
   * someone threatening to share it. Shown as links under "If this is not quite what happened".
   */
  seeAlso: z.array(slug).default([]),
  /** Procedures for professionals to read next. */
  procedures: z.array(procedureLinkSchema).default([]),
  /** Guidance pages to read next (files in content/guidance/). */
  guidance: z.array(slug).default([]),
});

export const decisionGuideSchema = z.strictObject({
  /** The id of the first question. */
  start: slug,
  questions: z.array(questionSchema).min(1),
  outcomes: z.array(outcomeSchema).min(1),
});

export type DecisionGuideInput = z.input<typeof decisionGuideSchema>;
export type DecisionGuide = z.output<typeof decisionGuideSchema>;
export type GuideQuestion = z.output<typeof questionSchema>;
export type GuideOutcome = z.output<typeof outcomeSchema>;
