/**
 * The components an editor may use in any MDX file, without importing them. Each takes the id
 * of an entry, so facts (numbers, titles) are written once, in their own collection.
 * `build/content/content-integrity.ts` checks every id used in a body.
 */
import Act from './Act.astro';
import Contact from './Contact.astro';
import ContactLink from './ContactLink.astro';
import GuidanceLink from './GuidanceLink.astro';
import ProcedureLink from './ProcedureLink.astro';
import RiskLink from './RiskLink.astro';
import Link from './Link.astro';
import Phone from './Phone.astro';
import type { MdxComponentName } from './component-names';

// `a`: every Markdown link renders through Link, which adds rel="noreferrer" to links that leave the site.
export const mdxComponents = {
  Act,
  Contact,
  ContactLink,
  GuidanceLink,
  ProcedureLink,
  RiskLink,
  Phone,
  a: Link,
} satisfies Record<MdxComponentName | 'a', unknown>;
