import { z } from 'astro/zod';
import { area, audience, date, email, keyword, phoneNumber, slug, webUrl } from './fields';
import { weekdays, type Weekday } from '../lib/contacts/weekdays';
import { sourceIds } from '../lib/content/sources';

/** The kinds of contact, in the order the directory shows them. */
export const contactKinds = {
  emergency: 'Emergency',
  'advice-line': 'Consultation and advice lines',
  helpline: 'Helplines',
  report: 'Reporting routes',
  'local-service': 'Local services',
  information: 'Information and advice',
} as const;
export type ContactKind = keyof typeof contactKinds;

// The list lives in src/lib so the browser can use it without the schemas; re-exported for content code.
export { weekdays, type Weekday };

const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Expected a 24-hour time such as "10:00" or "16:00".');

/**
 * One block of opening time in Europe/London local time: either "opens" and "closes", or
 * "allDay: true" for 24 hours. An overnight block ("5pm to 9am") says "overnight: true", so swapped
 * times are still caught: on each of its days it is open until "closes" and again from "opens".
 */
export const openingSchema = z
  .strictObject({
    days: z.array(z.enum(weekdays, { error: `Expected a day: ${weekdays.join(', ')}.` })).min(1),
    opens: clockTime.optional(),
    closes: clockTime.optional(),
    allDay: z.literal(true, { error: 'Expected "allDay: true", or leave it out and give "opens" and "closes".' }).optional(),
    overnight: z.literal(true, { error: 'Expected "overnight: true", or leave it out.' }).optional(),
  })
  .superRefine((opening, context) => {
    if (opening.allDay) {
      if (opening.opens !== undefined || opening.closes !== undefined)
        context.addIssue({
          code: 'custom',
          message: 'Expected either "allDay: true" or "opens" and "closes", not both.',
          path: ['allDay'],
        });
      return;
    }
    if (opening.opens === undefined)
      context.addIssue({ code: 'custom', message: 'Expected "opens" (such as "10:00"), or "allDay: true".', path: ['opens'] });
    if (opening.closes === undefined)
      context.addIssue({ code: 'custom', message: 'Expected "closes" (such as "16:00"), or "allDay: true".', path: ['closes'] });
    if (opening.opens !== undefined && opening.closes !== undefined && opening.opens !== opening.closes) {
      if (!opening.overnight && opening.opens > opening.closes)
        context.addIssue({
          code: 'custom',
          message:
            'Expected "opens" to be earlier than "closes", or "overnight: true" for a line open from "opens" until "closes" the next morning.',
          path: ['closes'],
        });
      if (opening.overnight && opening.opens < opening.closes)
        context.addIssue({
          code: 'custom',
          message: 'Expected "closes" to be earlier than "opens" in an overnight block.',
          path: ['closes'],
        });
    }
    if (opening.opens !== undefined && opening.opens === opening.closes)
      context.addIssue({
        code: 'custom',
        message: 'Expected "opens" and "closes" to differ; for a line open around the clock write "allDay: true".',
        path: ['closes'],
      });
  });

export const phoneSchema = z.strictObject({
  /** The number as readers see it, for example "0344 381 4772". */
  number: phoneNumber,
  /** What the number is for, when a contact has more than one. */
  label: z.string().min(2).optional(),
});

export const contactSchema = z
  .strictObject({
    /** The organisation's or service's name. */
    name: z.string().min(2),
    /** What it is for, in one sentence a reader can act on. */
    purpose: z.string().min(20).max(320),
    /** Who it is for. */
    audiences: z.array(audience).min(1, 'Expected at least one audience.'),
    /** Who it is for, in the source's words, when narrower than the audiences (for example "anyone under 19 in the UK"). */
    eligibility: z.string().min(5).optional(),
    /** Where it operates. */
    area,
    kind: z.enum(Object.keys(contactKinds) as [ContactKind, ...ContactKind[]], {
      error: `Expected one of: ${Object.keys(contactKinds).join(', ')}.`,
    }),
    /**
     * Other areas the service covers besides its own: Derbyshire Constabulary is Derbyshire's
     * force and covers Derby City too. The directory lists it under each area.
     */
    alsoCovers: z.array(area).default([]),
    /**
     * Show this contact in the directory whatever area or audience a reader chooses: for 999,
     * Childline and the NSPCC Helpline, which every reader may need.
     */
    alwaysShown: z.boolean().default(false),
    /**
     * What to use when this contact is closed: ids of other contacts (files in content/contacts/),
     * shown beside the opening hours with 999 for emergencies. Needed whenever `hours` are set.
     */
    outOfHours: z.array(slug).default([]),
    phones: z.array(phoneSchema).default([]),
    email: email.optional(),
    website: webUrl.optional(),
    /** Opening times in Europe/London time. Leave out when the sources do not give them. */
    hours: z.array(openingSchema).optional(),
    /** Bank holidays, when the source gives them; the open-now badge cannot know them, so it says so. */
    bankHolidays: z.enum(['24 hours'], { error: 'Expected "24 hours", or leave bankHolidays out.' }).optional(),
    /**
     * Where these details come from, the main source first: ids from src/lib/content/sources.ts.
     * Readers see each source and its date.
     */
    sources: z
      .array(z.enum(sourceIds, { error: `Expected a source id: ${sourceIds.join(', ')}.` }))
      .min(1, 'Expected at least one source: where these details come from.'),
    /**
     * A real check of these details against the organisation's own information: when, and against
     * what. Leave out until someone makes one; a source's date is not a check.
     */
    checked: z.strictObject({ date, against: z.string().min(5, 'Expected what the details were checked against.') }).optional(),
    /** Other names readers might search with, the most used first: the first three rank like the name. */
    keywords: z.array(keyword).default([]),
    /** Earlier slugs of this contact's page. */
    oldSlugs: z.array(slug).default([]),
  })
  .refine((contact) => contact.phones.length > 0 || contact.email !== undefined || contact.website !== undefined, {
    message: 'Expected at least one way to reach this contact: phones, email or website.',
    path: ['phones'],
  });

export type Contact = z.output<typeof contactSchema>;
export type Opening = z.output<typeof openingSchema>;
