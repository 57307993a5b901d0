import { z } from 'astro/zod';
import { date, pageFields, webUrl } from './fields';
import type { ReferenceFactory } from './reference';

const legislationUrl = webUrl.refine(
  (url) => new URL(url).hostname === 'www.legislation.gov.uk',
  'Expected the official address on https://www.legislation.gov.uk/.',
);

export const legislationSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    ...pageFields,
    /** The Act's short title without the year, for example "Sexual Offences Act". */
    shortTitle: z.string().min(3),
    /** The year in the Act's title. */
    year: z.number().int().min(1800).max(2100),
    /** The chapter citation, for example "2003 c. 42". */
    citation: z.string().regex(/^\d{4} c\. \d+$/, 'Expected a chapter citation such as "2003 c. 42".'),
    /** Where the Act applies, for example ["England and Wales"]. */
    jurisdiction: z.array(z.enum(['England and Wales', 'Scotland', 'Northern Ireland', 'United Kingdom'])).min(1),
    /** The sections the guidance relies on. */
    sections: z
      .array(
        z.strictObject({
          /** As printed in the Act, for example "15A" or "1". */
          number: z.string().regex(/^\d+[A-Z]*$/, 'Expected a section number such as "1" or "15A".'),
          /** What the section does, in plain English. */
          summary: z.string().min(10),
          /** Official link to the section. */
          url: legislationUrl.optional(),
        }),
      )
      .default([]),
    /** Offences the Act creates that matter for children online, in plain English. */
    offences: z.array(z.string().min(3)).default([]),
    /** Dates parts of the Act came into force, where the sources give them. */
    inForce: z.array(z.strictObject({ date, what: z.string().min(5) })).default([]),
    /** The Act on legislation.gov.uk. */
    url: legislationUrl,
    /** Acts this one amends or is amended by. */
    relatedLegislation: z.array(reference('legislation')).default([]),
  });

export type Legislation = z.output<ReturnType<typeof legislationSchema>>;
