import { z } from 'astro/zod';
import { area, audience, date, email, keyword, phoneNumber, slug, webUrl } from './fields';
import { weekdays, type Weekday } from '../lib/contacts/weekdays';

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

/** One block of opening time in Europe/London local time. */
export const openingSchema = z
  .strictObject({
    days: z.array(z.enum(weekdays, { error: `Expected a day: ${weekdays.join(', ')}.` })).min(1),
    opens: clockTime,
    closes: clockTime,
  })
  .refine((opening) => opening.opens < opening.closes, {
    message: 'Expected "opens" to be earlier than "closes".',
    path: ['closes'],
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
    /** When someone last checked these details against the organisation's own information (YYYY-MM-DD). */
    lastChecked: date,
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
