import { z } from 'astro/zod';
import { pageFields } from './fields';
import type { ReferenceFactory } from './reference';

export const guidanceSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    ...pageFields,
    /** Order on the guidance index and pathway pages (smaller first). */
    order: z.number().int().min(0).default(100),
    relatedContacts: z.array(reference('contacts')).default([]),
    relatedGuidance: z.array(reference('guidance')).default([]),
    relatedProcedures: z.array(reference('procedures')).default([]),
  });

export type Guidance = z.output<ReturnType<typeof guidanceSchema>>;
