/**
 * Heading ids: every h2–h4 gets an id that a link can point at, from its text unless the author
 * gives one. An author writes an explicit id, and the ids it used to have, as an MDX comment at
 * the end of the heading (valid MDX that renders nothing):
 *
 *   ## Consultation and advice {/* #consultation-and-advice was #consultation #advice-lines *\/}
 *
 * Explicit ids and old ids are claimed first, so a heading added later never takes an id that a
 * shared link already uses; headings without one get a slug of their text, and repeats of the
 * same slug get -2, -3 in document order.
 */
import { idPattern } from './entries';

/** What an id comment says: the heading's id (if given) and the ids it used to have. */
export interface ExplicitId {
  id?: string;
  oldIds: string[];
}

/** The outcome of reading an MDX comment in a heading. */
export type IdCommentResult = { kind: 'id'; value: ExplicitId } | { kind: 'not-an-id' } | { kind: 'malformed'; reason: string };

/** One heading as the Markdown pipeline sees it, before ids are assigned. */
export interface HeadingSource {
  /** Heading level, 2 for `##`. */
  depth: number;
  /** The heading's text without the id comment. */
  text: string;
  /** The id comment, if the heading has one. */
  explicit?: ExplicitId | undefined;
  /** Line in the file, for error messages. */
  line?: number | undefined;
}

/** A heading with its final id and the old ids that must still lead to it. */
export interface HeadingWithId {
  depth: number;
  text: string;
  id: string;
  oldIds: string[];
}

/** Something wrong with the ids in one file, worded for the editor who has to fix it. */
export interface HeadingIdProblem {
  /** Which heading, for example `heading "Scope" on line 12`. */
  heading: string;
  message: string;
}

/**
 * The id a heading gets from its text: lower case, accents and apostrophes dropped, "&" read as
 * "and", every other run of characters that is not a letter or digit turned into one hyphen.
 * @param text the heading as readers see it
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replaceAll(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replaceAll(/['’‘`]/g, '')
    .replaceAll('&', ' and ')
    .replaceAll(/[^a-z0-9]+/g, '-')
    .replaceAll(/^-+|-+$/g, '');
  // A heading made only of symbols still needs an id a link can use.
  return slug || 'section';
}

const idToken = String.raw`#([^\s#]+)`;
const idCommentPattern = new RegExp(String.raw`^(?:${idToken})?(?:\s*\bwas((?:\s+#[^\s#]+)+))?$`);

/**
 * Reads an MDX comment such as `/* #new-id was #old-id *\/`. A comment that does not start with
 * `#` or `was` is an ordinary editor's note and is left alone.
 * @param comment the expression's source, with or without the `/*` and `*\/` around it
 */
export function parseIdComment(comment: string): IdCommentResult {
  const inner = comment.trim().replace(/^\/\*/, '').replace(/\*\/$/, '').trim();
  if (!inner.startsWith('#') && !/^was\b/.test(inner)) return { kind: 'not-an-id' };
  const match = idCommentPattern.exec(inner);
  if (!match || (!match[1] && !match[2])) return { kind: 'malformed', reason: `Expected {/* #kebab-case-id */} or {/* #kebab-case-id was #old-id #older-id */} but found {/* ${inner} */}.` };
  const id = match[1];
  const oldIds = (match[2] ?? '').trim().split(/\s+/).filter(Boolean).map((token) => token.slice(1));
  const invalid = [id, ...oldIds].find((value) => value !== undefined && !idPattern.test(value));
  if (invalid !== undefined) return { kind: 'malformed', reason: `"${invalid}" is not a kebab-case id. Use lower-case letters, digits and single hyphens, for example "consultation-and-advice".` };
  return { kind: 'id', value: id === undefined ? { oldIds } : { id, oldIds } };
}

function describe(heading: HeadingSource): string {
  return heading.line === undefined ? `heading "${heading.text}"` : `heading "${heading.text}" on line ${heading.line}`;
}

/**
 * Gives every heading an id, claiming explicit ids and old ids before slugs of the text.
 * @param headings the document's headings in order
 * @param reservedIds ids the page layout already uses (for example "scope" or "amendments")
 */
export function assignHeadingIds(headings: readonly HeadingSource[], reservedIds: Iterable<string> = []): { headings: HeadingWithId[]; problems: HeadingIdProblem[] } {
  const owners = new Map<string, HeadingSource | 'layout'>();
  for (const id of reservedIds) owners.set(id, 'layout');
  const problems: HeadingIdProblem[] = [];

  const claim = (heading: HeadingSource, id: string, asOldId: boolean) => {
    const owner = owners.get(id);
    if (owner === undefined) {
      owners.set(id, heading);
      return;
    }
    const holder = owner === 'layout' ? 'the page layout already uses it for a section of its own' : owner === heading ? 'this heading already uses it' : `the ${describe(owner)} already has it`;
    const fix = asOldId ? 'An old id can lead to one section only; remove it from one of the headings.' : 'Give each heading its own id.';
    problems.push({ heading: describe(heading), message: `Duplicate heading id "${id}": ${holder}. ${fix}` });
  };
  for (const heading of headings) {
    if (heading.explicit?.id !== undefined) claim(heading, heading.explicit.id, false);
  }
  for (const heading of headings) {
    for (const oldId of heading.explicit?.oldIds ?? []) claim(heading, oldId, true);
  }

  const assigned = headings.map((heading) => {
    let id = heading.explicit?.id;
    if (id === undefined) {
      const base = slugify(heading.text);
      id = base;
      for (let suffix = 2; owners.has(id); suffix += 1) id = `${base}-${suffix}`;
      owners.set(id, heading);
    }
    return { depth: heading.depth, text: heading.text, id, oldIds: heading.explicit?.oldIds ?? [] };
  });
  return { headings: assigned, problems };
}

/** A content heading as pages receive it: its id, level, section number (procedures only) and text. */
export interface SectionHeading {
  id: string;
  depth: number;
  /** "2.1" in procedures; absent elsewhere. */
  number?: string | undefined;
  text: string;
}

/** Where the Markdown pipeline puts a file's headings in `remarkPluginFrontmatter`. */
export const headingsFrontmatterKey = 'sectionHeadings';

/**
 * How a section is named to readers and screen readers: "2.1 Consultation and advice".
 * @param heading the section's number (if any) and text
 */
export function sectionLabel(heading: { number?: string | undefined; text: string }): string {
  return heading.number ? `${heading.number} ${heading.text}` : heading.text;
}

/**
 * The accessible name of a heading's self-link, so a screen reader's links list says where each
 * "#" goes.
 * @param heading the section's number (if any) and text
 */
export function selfLinkLabel(heading: { number?: string | undefined; text: string }): string {
  return `Link to section ${sectionLabel(heading)}`;
}

function isSectionHeading(value: unknown): value is SectionHeading {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['id'] === 'string' && typeof record['depth'] === 'number' && typeof record['text'] === 'string' && (record['number'] === undefined || typeof record['number'] === 'string');
}

/**
 * The headings the Markdown pipeline stored for a rendered entry.
 * @param frontmatter `remarkPluginFrontmatter` from `render(entry)`
 */
export function headingsOf(frontmatter: Record<string, unknown>): SectionHeading[] {
  const value = frontmatter[headingsFrontmatterKey];
  return Array.isArray(value) ? value.filter(isSectionHeading) : [];
}
