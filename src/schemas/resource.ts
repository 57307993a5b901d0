import { z } from 'astro/zod';
import { area, audience, keyword, webUrl } from './fields';
import type { ReferenceFactory } from './reference';

export const resourceFormats = {
  recording: 'Workshop recording',
  toolkit: 'Toolkit or pack',
  programme: 'Programme',
  website: 'Website',
  guidance: 'Guidance document',
  tool: 'Online tool',
  video: 'Video',
} as const;

export const resourceSchema = (reference: ReferenceFactory) =>
  z
    .strictObject({
      title: z.string().min(3),
      /** What it offers, in one or two sentences. */
      summary: z.string().min(20).max(400),
      audiences: z.array(audience).min(1),
      /** Where it applies: one area, or a list for a resource that covers both Derby City and Derbyshire. Read as a list. */
      area: z
        .union([area, z.array(area).min(1, 'Expected at least one area.')])
        .transform((value) => (Array.isArray(value) ? value : [value])),
      format: z.enum(Object.keys(resourceFormats) as [keyof typeof resourceFormats, ...(keyof typeof resourceFormats)[]]),
      /** Leave out when the sources lost the address. */
      url: webUrl.optional(),
      /** The organisation behind it, if it has a contact entry. */
      provider: reference('contacts').optional(),
      /**
       * Where a reader can find it when there is no web address, from what the sources say, for
       * example "Held in the partnership's Documents Library".
       */
      heldAt: z.string().min(10, 'Expected a sentence saying where a reader can find this resource.').optional(),
      keywords: z.array(keyword).default([]),
    })
    .refine((resource) => resource.url !== undefined || resource.provider !== undefined || resource.heldAt !== undefined, {
      message:
        'Expected "url", "provider" or "heldAt": where a reader can find this resource. A resource that leads nowhere is no help.',
      path: ['heldAt'],
    });

export type Resource = z.output<ReturnType<typeof resourceSchema>>;
