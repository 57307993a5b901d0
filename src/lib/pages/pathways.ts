/**
 * The audience pathways: what each audience's landing page lists first, chosen by rules over the
 * collections' own fields (audiences, order, kind), so no page repeats a fact or a list by hand.
 */
import { contactKinds, type ContactKind } from '../../schemas/contact';

interface Audienced {
  id: string;
  data: { audiences: readonly string[] };
}

export interface PathwayGuidance extends Audienced {
  data: { audiences: readonly string[]; title: string; order: number };
}
export interface PathwayProcedure extends Audienced {
  data: { audiences: readonly string[]; title: string; fullTextIn?: string | undefined };
}
export interface PathwayContact extends Audienced {
  data: { audiences: readonly string[]; name: string; kind: ContactKind };
}
export interface PathwayTitled extends Audienced {
  data: { audiences: readonly string[]; title: string };
}
export interface PathwayRisk extends Audienced {
  data: { audiences: readonly string[]; title: string; order: number };
}

/** Kinds a reader contacts to get something done; information sites stay in the full directory. */
const actionKinds: ContactKind[] = ['emergency', 'advice-line', 'helpline', 'report', 'local-service'];

/** `/parents-and-carers/`: an audience's landing page. */
export function pathwayPath(audience: { pathway: string }): string {
  return `/${audience.pathway}/`;
}

/** "Online safety for parents and carers": an audience page's heading, also its title in search results. */
export function pathwayHeading(audience: { label: string }): string {
  return `Online safety for ${audience.label.toLowerCase()}`;
}

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  a.data.title.localeCompare(b.data.title, 'en-GB');

/**
 * What one audience's landing page lists: its guidance in the editors' order; the procedures held in
 * full on this site, and apart from them those summarised from the manual; the contacts a reader can act on,
 * grouped by kind in the schema's order; and the Acts (by title) and risks (in their framework's order) written for it.
 * @param audience the audience's id
 * @param collections every guidance page, procedure, contact, Act and risk
 */
export function pathwayContent<
  G extends PathwayGuidance,
  P extends PathwayProcedure,
  C extends PathwayContact,
  T extends PathwayTitled,
  R extends PathwayRisk,
>(
  audience: string,
  collections: {
    guidance: readonly G[];
    procedures: readonly P[];
    contacts: readonly C[];
    legislation: readonly T[];
    risks: readonly R[];
  },
) {
  const forAudience = <E extends Audienced>(entries: readonly E[]) =>
    entries.filter((entry) => entry.data.audiences.includes(audience));
  const contacts = forAudience(collections.contacts);
  return {
    guidance: forAudience(collections.guidance).sort((a, b) => a.data.order - b.data.order || byTitle(a, b)),
    // The procedures held in full here come first; those summarised from the manual say when another procedure applies.
    procedures: forAudience(collections.procedures)
      .filter((procedure) => procedure.data.fullTextIn === undefined)
      .sort(byTitle),
    otherProcedures: forAudience(collections.procedures)
      .filter((procedure) => procedure.data.fullTextIn !== undefined)
      .sort(byTitle),
    contactGroups: actionKinds
      .map((kind) => ({
        kind,
        label: contactKinds[kind],
        contacts: contacts
          .filter((contact) => contact.data.kind === kind)
          .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en-GB')),
      }))
      .filter((group) => group.contacts.length > 0),
    legislation: forAudience(collections.legislation).sort(byTitle),
    risks: forAudience(collections.risks).sort((a, b) => a.data.order - b.data.order || byTitle(a, b)),
  };
}
