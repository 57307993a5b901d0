/** How the contact directory groups contacts, and the filtered pages it offers without JavaScript. */
import { contactKinds, type ContactKind } from '../../schemas/contact';
import { contentTypeLabels } from '../../schemas';
import { sectionPath } from '../content/entries';
import type { ListPage } from '../pages/section-pages';
import { nationalArea } from '../../site.config';

export interface DirectoryContact {
  id: string;
  data: { name: string; kind: ContactKind; area: string; audiences: readonly string[] };
}

/**
 * Contacts grouped by kind, in the order `contactKinds` lists the kinds, empty kinds left out.
 * @param contacts every contact
 */
export function groupByKind<T extends DirectoryContact>(
  contacts: readonly T[],
): { kind: ContactKind; label: string; contacts: T[] }[] {
  return (Object.keys(contactKinds) as ContactKind[])
    .map((kind) => ({
      kind,
      label: contactKinds[kind],
      contacts: contacts
        .filter((contact) => contact.data.kind === kind)
        .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en-GB')),
    }))
    .filter((group) => group.contacts.length > 0);
}

export interface FilterOption {
  /** The value the filter compares; empty for "all". */
  id: string;
  label: string;
  /** The page that shows this filter without JavaScript, when there is one. */
  href?: string;
}

export interface FilterGroup {
  /** The form field's name and the card attribute it matches. */
  name: 'area' | 'audience' | 'kind';
  legend: string;
  options: FilterOption[];
}

/** `/contacts/area/derbyshire/`: the page listing one area's contacts. */
export function areaPagePath(area: string): string {
  return `/contacts/area/${area}/`;
}

/** `/contacts/for/professionals/`: the page listing one audience's contacts. */
export function audiencePagePath(audience: string): string {
  return `/contacts/for/${audience}/`;
}

/** How a page of the directory is headed, and the sentence that describes it to search engines. */
interface DirectoryPageText {
  heading: string;
  description: string;
}

/**
 * How the page listing one area's contacts is headed and described.
 * @param area an area of `directoryAreas`
 */
export function areaPageText(area: { id: string; label: string }): DirectoryPageText {
  const national = area.id === nationalArea;
  return {
    heading: national ? 'National contacts' : `Contacts in ${area.label}`,
    description: `Helplines, advice lines, services and reporting routes ${national ? 'for the whole of the UK' : `in ${area.label}`}.`,
  };
}

/**
 * How the page listing one audience's contacts is headed and described.
 * @param audience one of the site's audiences
 */
export function audiencePageText(audience: { label: string }): DirectoryPageText {
  const who = audience.label.toLowerCase();
  return { heading: `Contacts for ${who}`, description: `Helplines, advice lines, services and reporting routes for ${who}.` };
}

/**
 * The directory's three filters, built from the site's areas and audiences and the schema's kinds,
 * so adding an area to `src/site.config.ts` adds its filter and its page.
 * @param areas every area a contact may have, with labels, in display order
 * @param audiences the site's audiences
 */
export function filterGroups(
  areas: readonly { id: string; label: string }[],
  audiences: readonly { id: string; label: string }[],
): FilterGroup[] {
  return [
    {
      name: 'area',
      legend: 'Area',
      options: [
        { id: '', label: 'All areas', href: sectionPath('contacts') },
        ...areas.map((area) => ({ ...area, href: areaPagePath(area.id) })),
      ],
    },
    {
      name: 'audience',
      legend: 'Who it is for',
      options: [
        { id: '', label: 'Anyone', href: sectionPath('contacts') },
        ...audiences.map((audience) => ({ ...audience, href: audiencePagePath(audience.id) })),
      ],
    },
    {
      name: 'kind',
      legend: 'Kind of contact',
      options: [
        { id: '', label: 'All kinds' },
        ...(Object.keys(contactKinds) as ContactKind[]).map((kind) => ({ id: kind, label: contactKinds[kind] })),
      ],
    },
  ];
}

/**
 * Areas in the order the directory offers them: the partnership's own first, then national.
 * @param localAreas the partnership's areas from the site config
 * @param nationalLabel what readers see for national services
 */
export function directoryAreas(
  localAreas: readonly { id: string; label: string }[],
  nationalLabel: string,
): { id: string; label: string }[] {
  return [...localAreas, { id: nationalArea, label: nationalLabel }];
}

/**
 * Audience labels as one phrase: "Young people, parents and carers, professionals".
 * @param labels audience labels, each starting with a capital as the site config writes them
 */
export function audiencePhrase(labels: readonly string[]): string {
  return labels.map((label, index) => (index === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1))).join(', ');
}

/**
 * The names of the contacts the directory lists whatever is chosen, in name order.
 * @param contacts the contacts on the page
 */
export function alwaysShownNames(contacts: readonly { data: { name: string; alwaysShown: boolean } }[]): string[] {
  return contacts
    .filter((contact) => contact.data.alwaysShown)
    .map((contact) => contact.data.name)
    .sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/**
 * The "Key numbers" sheet: every contact with a phone number, those every reader may need first,
 * then by kind in the schema's order and by name.
 * @param contacts every contact
 */
export function keyNumbers<
  T extends { data: { name: string; kind: ContactKind; alwaysShown: boolean; phones: readonly unknown[] } },
>(contacts: readonly T[]): T[] {
  const kindOrder = Object.keys(contactKinds);
  return contacts
    .filter((contact) => contact.data.phones.length > 0)
    .sort(
      (a, b) =>
        Number(b.data.alwaysShown) - Number(a.data.alwaysShown) ||
        kindOrder.indexOf(a.data.kind) - kindOrder.indexOf(b.data.kind) ||
        a.data.name.localeCompare(b.data.name, 'en-GB'),
    );
}

/**
 * The contact directory and the key numbers sheet, each with its opening line as its summary.
 * Their pages and their records in the search (`build/search-index/page-records.ts`) both read
 * them here; the search has only these words of the pages, not their lists, so "Childline" finds
 * Childline's own page.
 */
export const contactListPages = {
  directory: {
    path: sectionPath('contacts'),
    heading: contentTypeLabels.contacts.plural,
    summary:
      "Who to call, email or report to about a child's safety online: what each service is for, who can use it and when it is open.",
    searchNames: ['helplines', 'services', 'organisations', 'contact list', 'who to contact'],
  },
  /** The one-page list of every number to call, to print and keep by the phone. */
  keyNumbers: {
    path: `${sectionPath('contacts')}key-numbers/`,
    heading: 'Key numbers',
    summary: "Who to phone about a child's safety online. Print this page and keep it by the phone.",
    searchNames: ['phone numbers', 'useful numbers', 'important numbers', 'helpline numbers', 'printable list'],
  },
} as const satisfies Record<string, ListPage>;
