import { z } from 'astro/zod';
import { pageFields } from './fields';
import type { ReferenceFactory } from './reference';

export const procedureSchema = (reference: ReferenceFactory) =>
  z
    .strictObject({
      ...pageFields,
      /** What the procedure covers, in a sentence or two. */
      scope: z.string().min(20),
      /**
       * The manual's version number of this chapter, for example "53". Required when the full text
       * is on this site; leave it out for a procedure held in the manual when the sources do not give it.
       */
      version: z
        .string()
        .regex(/^\d+(?:\.\d+)*$/, 'Expected a version number such as "53" or "2.1".')
        .optional(),
      /**
       * Where the full text lives, when this site only says when to use the procedure.
       * The page then tells readers the full text is held in the partnership's procedures manual.
       */
      fullTextIn: z.literal('procedures-manual').optional(),
      /** When to use this procedure, in the chapter's words (for procedures summarised here). */
      whenToUse: z.string().min(20).optional(),
      /** Procedures this one sends readers to. */
      relatedProcedures: z.array(reference('procedures')).default([]),
      /** Acts this procedure relies on. */
      legislation: z.array(reference('legislation')).default([]),
      /** Helplines, lines and services this procedure names. */
      contacts: z.array(reference('contacts')).default([]),
    })
    // A procedure whose full text is on this site is the manual's chapter, so readers need its version.
    .refine((procedure) => procedure.fullTextIn !== undefined || procedure.version !== undefined, {
      message:
        'Expected a version number such as "53": a procedure whose full text is on this site needs its version. Leave it out only with fullTextIn: procedures-manual.',
      path: ['version'],
    });

export type ProcedureInput = z.input<ReturnType<typeof procedureSchema>>;
export type Procedure = z.output<ReturnType<typeof procedureSchema>>;
