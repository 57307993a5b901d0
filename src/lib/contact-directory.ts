/** How the contact directory groups contacts: by kind in the schema's order, then by name. */
import { contactKinds, type ContactKind } from '../schemas/contact';

export interface DirectoryContact {
  id: string;
  data: { name: string; kind: ContactKind; area: string; audiences: readonly string[] };
}

/**
 * Contacts grouped by kind, in the order `contactKinds` lists the kinds, empty kinds left out.
 * @param contacts every contact
 */
export function groupByKind<T extends DirectoryContact>(contacts: readonly T[]): { kind: ContactKind; label: string; contacts: T[] }[] {
  return (Object.keys(contactKinds) as ContactKind[])
    .map((kind) => ({ kind, label: contactKinds[kind], contacts: contacts.filter((contact) => contact.data.kind === kind).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en-GB')) }))
    .filter((group) => group.contacts.length > 0);
}
