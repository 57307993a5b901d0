/**
 * Tables for the benchmarks' output, in Markdown so the figures paste straight into a note.
 */
import { median, type PageType, type PageWeight } from '../built-site/page-weight';

/**
 * A Markdown table, columns padded so it also reads well in a terminal.
 * @param header the column titles
 * @param rows the cells, one array per row
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`;
  return [
    line(cells[0] ?? []),
    `|${widths.map((width, column) => (column === 0 ? ` ${'-'.repeat(width)} ` : ` ${'-'.repeat(width - 1)}: `)).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

/**
 * A byte count with thousands separators, e.g. "14,600".
 * @param bytes a whole number of bytes
 */
export function formatBytes(bytes: number): string {
  return Math.round(bytes).toLocaleString('en-GB');
}

/** The page types the weight table reports, in order; types with no pages are left out. */
export const reportedPageTypes: PageType[] = [
  'home',
  'procedure',
  'legislation',
  'risk',
  'contact directory',
  'contact',
  'guidance',
  'search',
  'index',
  'other',
];

/**
 * Page weight per page type: HTML, CSS and JS raw and gzip, each as "median / max", and the
 * first load (all three, gzip).
 * @param weights every page's weight, from `measurePage`
 */
export function weightTable(weights: readonly PageWeight[]): string {
  const pair = (values: number[]) => `${formatBytes(median(values))} / ${formatBytes(Math.max(...values))}`;
  const rows = reportedPageTypes.flatMap((type) => {
    const ofType = weights.filter((weight) => weight.type === type);
    if (ofType.length === 0) return [];
    return [
      [
        type,
        ofType.length,
        pair(ofType.map((w) => w.html.raw)),
        pair(ofType.map((w) => w.html.gzip)),
        pair(ofType.map((w) => w.css.raw)),
        pair(ofType.map((w) => w.css.gzip)),
        pair(ofType.map((w) => w.js.raw)),
        pair(ofType.map((w) => w.js.gzip)),
        pair(ofType.map((w) => w.firstLoadGzip)),
      ],
    ];
  });
  return markdownTable(
    ['page type', 'pages', 'HTML raw', 'HTML gzip', 'CSS raw', 'CSS gzip', 'JS raw', 'JS gzip', 'first load gzip'],
    rows,
  );
}
