import { z } from 'astro/zod';
import { keyword } from './fields';

export const glossarySchema = z.strictObject({
  /** The term as it appears in text, for example "CEOP" or "Sextortion". */
  term: z.string().min(2),
  /** What an acronym stands for. */
  expansion: z.string().min(3).optional(),
  /** The definition, in one or two plain sentences. */
  definition: z.string().min(10),
  /** Older or other names, for example "UKCCIS" for UKCIS. */
  aliases: z.array(z.string().min(2)).default([]),
  keywords: z.array(keyword).default([]),
});

export type GlossaryEntry = z.output<typeof glossarySchema>;
