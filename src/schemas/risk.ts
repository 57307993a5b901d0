import { z } from 'astro/zod';
import { pageFields } from './fields';
import type { ReferenceFactory } from './reference';

export const riskFrameworks = {
  'core-4cs': 'CO:RE 4Cs classification of online risk',
  'cross-cutting': 'Cross-cutting risks',
  'strategy-2017-matrix': 'Derbyshire On Line Safety Strategy risk matrix (about 2017)',
} as const;

export const riskSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    ...pageFields,
    /** Which framework this risk belongs to. The strategy's matrix is dated and kept apart from the 4Cs. */
    framework: z.enum(Object.keys(riskFrameworks) as [keyof typeof riskFrameworks, ...(keyof typeof riskFrameworks)[]]),
    /** Order within the framework (content 1, contact 2, ...). */
    order: z.number().int().min(1),
    /** The child's role in this risk, in the source's words (for the 4Cs). */
    childRole: z.string().min(3).optional(),
    /** The definition, in the source's words. */
    definition: z.string().min(20),
    /** Examples the source gives. */
    examples: z.array(z.string().min(3)).default([]),
    relatedLegislation: z.array(reference('legislation')).default([]),
    relatedProcedures: z.array(reference('procedures')).default([]),
  });

export type Risk = z.output<ReturnType<typeof riskSchema>>;
