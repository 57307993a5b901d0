/**
 * Field schemas shared by every collection. Each message says what was expected, so an editor
 * reading a failed build knows how to fix the file.
 */
import { z } from 'astro/zod';
import { audienceIds, contactAreaIds } from '../site.config';
import { idPattern } from '../lib/content/entries';

/** A kebab-case id: lower-case letters, digits and single hyphens. */
export const slug = z
  .string()
  .regex(idPattern, 'Expected a kebab-case id such as "childline" (lower-case letters, digits and single hyphens).');

/** A calendar date written as YYYY-MM-DD, read as midnight UTC. */
export const isoDate = z
  .string({ error: 'Expected a date written as YYYY-MM-DD, for example 2025-03-14.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date written as YYYY-MM-DD, for example 2025-03-14.')
  // Zod runs refinements after a failed regex too; only judge values that have the right shape.
  .refine(
    (value) =>
      !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
      (!Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)),
    'Expected a real calendar date written as YYYY-MM-DD, for example 2025-03-14.',
  )
  .transform((value) => new Date(`${value}T00:00:00Z`));

// YAML turns an unquoted 2025-03-14 into a Date; accept that too, so quoting is not a trap.
export const date = z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), isoDate);

/** An https web address. */
export const webUrl = z.url({
  protocol: /^https$/,
  error: 'Expected a full https:// web address, for example https://www.childline.org.uk/.',
});

/** An e-mail address. */
export const email = z.email({ error: 'Expected an e-mail address such as helpline@saferinternet.org.uk.' });

/**
 * A UK phone number as readers should see it: digits in groups separated by single spaces.
 * 999 and other three-digit service numbers, 0800 1111 style short freephone numbers, and ordinary
 * 10- or 11-digit numbers starting with 0.
 */
export const phoneNumber = z
  .string()
  .regex(
    /^\d+(?: \d+)*$/,
    'Expected a UK phone number written as digits in groups separated by single spaces, for example "0344 381 4772".',
  )
  .refine((value) => {
    if (!/^\d+(?: \d+)*$/.test(value)) return true;
    const digits = value.replaceAll(' ', '');
    return /^(?:999|111|101|116\d{3}|0800\d{4}|0\d{9,10})$/.test(digits);
  }, 'Expected a UK phone number: 999, 111 or 101, a 116 number, an 0800 short number, or 10 or 11 digits starting with 0.');

export const audience = z.enum(audienceIds, { error: `Expected one of: ${audienceIds.join(', ')}.` });
export const area = z.enum(contactAreaIds, { error: `Expected one of: ${contactAreaIds.join(', ')}.` });

/** A search keyword or synonym: what a reader might type (slang, old names, acronyms). */
export const keyword = z
  .string()
  .trim()
  .min(2, 'Expected a keyword of at least 2 characters.')
  .max(60, 'Expected a keyword of at most 60 characters.');

/** One amendment to a page: when, what changed, and optionally the section id it changed. */
export const amendment = z.strictObject({
  /** When the change was published (YYYY-MM-DD). */
  date,
  /** What changed, in one sentence. */
  change: z.string().min(5),
  /** The id of the section that changed, if the change is to one section. */
  section: slug.optional(),
});

/** Fields every page-like collection has. */
export const pageFields = {
  /** The page title (h1 and search result title). */
  title: z.string().min(3, 'Expected a title of at least 3 characters.'),
  /** One or two sentences shown under the title, in lists and in link previews. */
  summary: z
    .string()
    .min(20, 'Expected a summary of at least 20 characters.')
    .max(320, 'Expected a summary of at most 320 characters.'),
  /** Who the page is written for. */
  audiences: z.array(audience).min(1, 'Expected at least one audience.'),
  /** When the content last changed (YYYY-MM-DD). */
  lastUpdated: date,
  /**
   * A review date only where a source gives one, with that source. Without it, the page's review
   * date comes from this site's review rule, `reviewPolicy` in src/site.config.ts.
   */
  nextReview: z
    .strictObject(
      {
        /** The review date the source gives (YYYY-MM-DD). */
        date,
        /** Which source gives that date, for example "the procedures manual". */
        source: z.string().min(5, 'Expected the source that gives this review date, for example "the procedures manual".'),
      },
      {
        error:
          'Expected nextReview only where a source gives a review date, written as { date: YYYY-MM-DD, source: "…" }; leave it out to use this site\'s review rule (reviewPolicy in src/site.config.ts).',
      },
    )
    .optional(),
  /**
   * Words readers might search with that the page does not use: slang, old names, acronyms.
   * Put the words readers most often use for this page first: the first three rank like the title.
   */
  keywords: z.array(keyword).default([]),
  /** Earlier slugs of this page; each gets a redirect to the current URL. */
  oldSlugs: z.array(slug).default([]),
  /** Changes to this page, any order (shown newest first). */
  amendments: z.array(amendment).default([]),
};
