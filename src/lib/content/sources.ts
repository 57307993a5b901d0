/**
 * Where the site's contact details come from: the partnership's five source documents and the
 * official pages read to fill their gaps. Each has a stable id that contacts name in `sources`, so
 * an editor can see what to re-check and the report can list contacts by the age of their source.
 */

export interface Source {
  /** What readers see after "Source:". */
  title: string;
  /** "document": one of the partnership's five documents; "official-page": an organisation's own page. */
  kind: 'document' | 'official-page';
  /**
   * The source's date as readers see it: a document's date, or the month an official page was read.
   * Undefined when the source carries no date.
   */
  dateText?: string;
  /**
   * The same date as YYYY-MM-DD, for sorting by age (the first of the month, or of the year when
   * only a year is known). Undefined when the source carries no date.
   */
  date?: string;
  /** The page's address as the source list gives it; absent where none was recorded. */
  url?: string;
}

const readNovember2026 = { kind: 'official-page', dateText: 'read November 2026', date: '2026-11-01' } as const;

export const sources = {
  'online-harms-chapter': {
    title: 'Safeguarding Children From Online Harms (Derby and Derbyshire Safeguarding Children Procedures)',
    kind: 'document',
    dateText: 'March 2025',
    date: '2025-03-14',
  },
  'online-safety-page': {
    title: 'Online safety (the partnership’s web page for the public)',
    kind: 'document',
  },
  'online-abuse-page': {
    title: 'Online Abuse (an older procedures page)',
    kind: 'document',
    dateText: 'about 2017 to 2019',
    date: '2017-01-01',
  },
  'professionals-information-page': {
    title: 'Online safety – information for professionals (an older partnership page)',
    kind: 'document',
    dateText: 'about 2017',
    date: '2017-01-01',
  },
  'online-safety-strategy': {
    title: 'Derbyshire Safeguarding Children Board On Line Safety Strategy',
    kind: 'document',
    dateText: 'about 2017',
    date: '2017-01-01',
  },
  'nspcc-report-abuse': {
    title: 'NSPCC, “Report abuse”',
    url: 'https://nspcc.org.uk/what-you-can-do/report-abuse/',
    ...readNovember2026,
  },
  'ddscp-professionals-and-volunteers': {
    title: 'Derby and Derbyshire Safeguarding Children Partnership, “Professionals and volunteers” (derbyshirescb.org.uk)',
    ...readNovember2026,
  },
  'nca-sextortion-alert': {
    title: 'National Crime Agency alert to education settings on sextortion, 29 April 2024',
    ...readNovember2026,
  },
  'derbyshire-requests-for-support': {
    title: 'Derbyshire children’s services procedures manual, “Requests for Support” (amended December 2021)',
    url: 'https://derbyshirecaya.proceduresonline.com/p_call_ref.html',
    ...readNovember2026,
  },
  'derby-initial-response-team': {
    title: 'Derby City Children’s Social Care procedures, “Initial Response Team”',
    url: 'https://derbycsc.proceduresonline.com/p_first_contact_team.html',
    ...readNovember2026,
  },
  'derby-care-line-protocol': {
    title: 'Derby City Children’s Social Care procedures, “Derby City Care Line: Out of Hours Social Care Service Protocol”',
    url: 'https://derbycsc.trixonline.co.uk/',
    ...readNovember2026,
  },
  'nspcc-learning-childline': {
    title: 'NSPCC Learning, “Childline”',
    url: 'https://learning.nspcc.org.uk/services/childline',
    ...readNovember2026,
  },
  'police-anti-terrorist-hotline': {
    title: 'Cleveland Police, “Anti-Terrorist Hotline”, and Nottinghamshire Police, “Combating terrorism”',
    ...readNovember2026,
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
export const sourceIds = Object.keys(sources) as [SourceId, ...SourceId[]];

/** "March 2025", "read November 2026", or "undated" when the source carries no date. */
export function describeSourceDate(source: Source): string {
  return source.dateText ?? 'undated';
}

/** "Safeguarding Children From Online Harms (…), March 2025": what a contact page shows for a source. */
export function describeSource(id: SourceId): string {
  const source: Source = sources[id];
  return `${source.title}, ${describeSourceDate(source)}`;
}

/**
 * The oldest dated source of a contact's details, which is how old its details may be; undefined
 * when none of its sources is dated.
 */
export function oldestSourceDate(ids: readonly SourceId[]): string | undefined {
  return ids
    .map((id) => (sources[id] as Source).date)
    .filter((date): date is string => date !== undefined)
    .sort()[0];
}
