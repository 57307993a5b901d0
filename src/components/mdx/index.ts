/**
 * The components an editor may use in any MDX file, without importing them. Each takes the id
 * of an entry, so facts (numbers, titles) are written once, in their own collection.
 * `build/content/content-integrity.ts` checks every id used in a body. Pages render them where
 * an entry's stored HTML names them (`src/components/entry/EntryBody.astro`).
 */
import Act from './Act.astro';
import Contact from './Contact.astro';
import ContactLink from './ContactLink.astro';
import GuidanceLink from './GuidanceLink.astro';
import ProcedureLink from './ProcedureLink.astro';
import RiskLink from './RiskLink.astro';
import Phone from './Phone.astro';
import type { MdxComponentName } from './component-names';

export const mdxComponents = {
  Act,
  Contact,
  ContactLink,
  GuidanceLink,
  ProcedureLink,
  RiskLink,
  Phone,
} satisfies Record<MdxComponentName, unknown>;
