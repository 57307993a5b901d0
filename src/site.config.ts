/**
 * The partnership's identity: the only place its name, areas, audiences and address live.
 * Another safeguarding partnership can run this site by changing this file and `content/`.
 */
import { z } from 'astro/zod';
import { idPattern } from './lib/content/entries';

const idSchema = z.string().regex(idPattern, 'Expected a kebab-case id such as "derby-city".');

const labelledSchema = z.object({
  /** Stable id used in frontmatter, URLs and search filters. */
  id: idSchema,
  /** What a reader sees. */
  label: z.string().min(2),
});

export const siteConfigSchema = z.object({
  /** The partnership's full name, as readers see it in the header and footer. */
  name: z.string().min(3),
  /** Short name for tight spaces and the page title suffix. */
  shortName: z.string().min(2),
  /** What the site is, in one line (home page and link previews). */
  tagline: z.string().min(10),
  /** The production URL, with no trailing slash. Canonical links, the sitemap and the feed use it. */
  url: z.url({ protocol: /^https$/ }).refine((url) => !url.endsWith('/'), 'Write the site URL without a trailing slash.'),
  /** How running text names the whole area the partnership covers: "online safety in …". */
  region: z.string().min(2),
  /** Areas the partnership covers; contacts are either in one of these or national. */
  areas: z.array(labelledSchema).min(1),
  /** Who the site is written for. */
  audiences: z
    .array(
      labelledSchema.extend({
        description: z.string(),
        /** Who else the audience takes in, in the words readers use of themselves ("teachers"): its start page answers to them in search. */
        includes: z.array(z.string().min(2)).default([]),
        /** The address of the audience's landing page: "parents-and-carers" is /parents-and-carers/. */
        pathway: idSchema,
      }),
    )
    .min(1),
  /** The contact (a file in content/contacts/) whose number pages give for immediate danger. */
  emergencyContact: idSchema,
  /** Where the quick exit sends a reader: a neutral page that shows nothing personal. */
  quickExitUrl: z.url({ protocol: /^https$/ }),
  /** The partnership's full procedures manual, where procedures summarised here are held in full. */
  proceduresManual: z.object({ name: z.string(), url: z.url({ protocol: /^https$/ }) }),
  /** Footer: who publishes the site and how to reach the partnership. */
  publisher: z.object({ name: z.string(), url: z.url() }),
  /**
   * The partnership's own setting for when a page is next reviewed: this many months after it was
   * last updated. No source document gives review dates; a page shows one from this setting, and
   * says so, unless its own `nextReview` gives a date from a source.
   */
  reviewPolicy: z.object({ monthsAfterLastUpdate: z.number().int().min(1).max(60) }),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;

export const site: SiteConfig = siteConfigSchema.parse({
  name: 'Derby and Derbyshire Safeguarding Children Partnership',
  shortName: 'DDSCP',
  tagline: 'Online safety guidance for parents, carers, young people and professionals in Derby and Derbyshire.',
  url: process.env['SITE_URL'] ?? 'https://onlinesafety.ddscp.org.uk',
  region: 'Derby and Derbyshire',
  areas: [
    { id: 'derby-city', label: 'Derby City' },
    { id: 'derbyshire', label: 'Derbyshire' },
  ],
  audiences: [
    {
      id: 'parents-carers',
      label: 'Parents and carers',
      description: 'Plain advice on what to do, who to call and how to set controls.',
      includes: ['grandparents'],
      pathway: 'parents-and-carers',
    },
    {
      id: 'young-people',
      label: 'Young people',
      description: 'Help if something online has worried or hurt you.',
      pathway: 'young-people',
    },
    {
      id: 'professionals',
      label: 'Professionals',
      description: 'The online harms procedure, the law and the right consultation line.',
      includes: [
        'teachers',
        'social workers',
        'police',
        'health staff',
        'health visitors',
        'school nurses',
        'GPs',
        'youth workers',
        'childminders',
        'early years practitioners',
      ],
      pathway: 'professionals',
    },
  ],
  emergencyContact: 'emergency-999',
  quickExitUrl: 'https://www.bbc.co.uk/weather',
  proceduresManual: {
    name: 'Derby and Derbyshire Safeguarding Children Procedures',
    url: 'https://derbyshirescbs.proceduresonline.com/',
  },
  publisher: { name: 'Derby and Derbyshire Safeguarding Children Partnership', url: 'https://www.ddscp.org.uk' },
  reviewPolicy: { monthsAfterLastUpdate: 12 },
});

/** The area id of services anyone in the UK can use, beside the partnership's own areas. */
export const nationalArea = 'national';

/** Area ids a contact may have: the partnership's own areas, or national. */
export const contactAreaIds: [string, ...string[]] = [nationalArea, ...site.areas.map((area) => area.id)];
export const audienceIds = site.audiences.map((audience) => audience.id) as [string, ...string[]];

/** The partnership's areas and the rest of the UK, as running text: "Derby City, Derbyshire and nationally". */
export const areasAndNational = `${site.areas.map((area) => area.label).join(', ')} and nationally`;

export function areaLabel(id: string): string {
  if (id === nationalArea) return 'National (UK)';
  return site.areas.find((area) => area.id === id)?.label ?? id;
}

export function audienceLabel(id: string): string {
  return site.audiences.find((audience) => audience.id === id)?.label ?? id;
}

/**
 * The audience of pages written only for work: when a query speaks of "my son" or "our
 * daughter", the search puts them after pages for parents, young people or everyone that match
 * such a question no better.
 */
export const professionalsAudienceLabel = audienceLabel('professionals');

/** The audience of the guide's outcomes that speak to a young person: a parent's question puts them after pages for parents. */
export const youngPeopleAudienceLabel = audienceLabel('young-people');
