import { z } from 'astro/zod';
import { date, pageFields } from './fields';

/** A dated document kept for reference, such as the 2017 online safety strategy. */
export const documentSchema = z.strictObject({
  ...pageFields,
  /** Who published it, under the name it had then. */
  publishedBy: z.string().min(3),
  /** When it was written, as precisely as the source allows (for example "about 2017"). */
  dateWritten: z.string().min(4),
  /** Why a reader should treat it as historical and what replaces it. */
  status: z.string().min(20),
  /** Date of its newest data, if known. */
  dataAsOf: date.optional(),
});

export type DatedDocument = z.output<typeof documentSchema>;
