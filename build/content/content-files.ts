/**
 * Loads `content/` in plain Node through the same zod schemas Astro uses, so tests, the editors'
 * report and the build's integrity check see exactly what the site sees.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { isScalar, parseDocument, type YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import { collectionNames, collectionSchemas, plainReference, type CollectionName } from '../../src/schemas';
import type { ContentProblem } from './content-error';
import { contentRoot } from '../../src/lib/content/content-root';
import { findUnsafeMdx } from './mdx-safety';

export { contentRoot };

type Schemas = ReturnType<typeof collectionSchemas>;
export type EntryData<Name extends CollectionName> = z.output<Schemas[Name]>;

export interface LoadedEntry<Name extends CollectionName = CollectionName> {
  collection: Name;
  /** The file name without `.mdx`: the entry's id and slug. */
  id: string;
  /** Path relative to the repository root (or to the content root's parent for other roots). */
  file: string;
  data: EntryData<Name>;
  /** The MDX body after the frontmatter. */
  body: string;
}

export interface LoadResult {
  entries: LoadedEntry[];
  problems: ContentProblem[];
  /** Files that exist but could not be loaded: their ids still count, so one broken file gives one problem, not one per reference to it. */
  unloaded: { collection: CollectionName; id: string }[];
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | undefined {
  const match = frontmatterPattern.exec(source);
  if (!match) return undefined;
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length) };
}

/** Turns zod's issue path into the dotted field name editors see, e.g. "phones.0.number". */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

let schemas: Schemas | undefined;
// Building zod schemas costs far more than checking one file with them: build them once, not once a file.
const plainSchemas = (): Schemas => (schemas ??= collectionSchemas(plainReference));

/**
 * A YAML error as an editor reads it: the line in the file (the parser counts from the start of
 * the YAML, which may sit lower in the file) and the parser's sentence without its own position.
 * @param error one of the parser's errors
 * @param firstLine the file line the YAML starts on
 */
export function yamlErrorMessage(error: YAMLError, firstLine: number): { line: number | undefined; message: string } {
  const line = error.linePos?.[0].line;
  return {
    line: line === undefined ? undefined : line + firstLine - 1,
    message: (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, ''),
  };
}

const byteOrderMark = '\uFEFF';

/**
 * Parses one file's source against its collection's schema.
 * @param collection the collection the file belongs to
 * @param file the path shown in messages
 * @param source the file's text
 */
export function parseEntry(collection: CollectionName, file: string, source: string): { data?: unknown; body: string; problems: ContentProblem[] } {
  // Windows Notepad starts a UTF-8 file with an invisible byte-order mark; Astro reads past it, so the check does too.
  const text = source.startsWith(byteOrderMark) ? source.slice(1) : source;
  const parts = splitFrontmatter(text);
  if (!parts) return { body: text, problems: [{ file, field: '', message: 'Expected the file to start with YAML frontmatter between two "---" lines.' }] };
  const bodyLine = text.slice(0, text.length - parts.body.length).split('\n').length;
  const unsafe = findUnsafeMdx(file, parts.body, bodyLine);
  const document = parseDocument(parts.frontmatter);
  if (document.errors.length > 0) {
    return {
      body: parts.body,
      problems: [
        ...document.errors.map((error) => {
          const { line, message } = yamlErrorMessage(error, 2);
          return { file, field: '', message: `The frontmatter is not valid YAML${line === undefined ? '' : ` (line ${line})`}: ${message}` };
        }),
        ...unsafe,
      ],
    };
  }
  const schema = plainSchemas()[collection];
  const result = schema.safeParse(document.toJS() ?? {});
  if (!result.success) {
    const found = (path: readonly PropertyKey[]) => {
      const node = document.getIn(path as unknown[], true);
      if (!isScalar(node) || !node.range) return '';
      const typed = parts.frontmatter.slice(node.range[0], node.range[1]).trim();
      return ` Found ${/^".*"$/.test(typed) ? typed : `"${typed}"`}.`;
    };
    return {
      body: parts.body,
      problems: [...result.error.issues.map((issue) => ({ file, field: fieldName(issue.path), message: `${issue.message}${found(issue.path)}` })), ...unsafe],
    };
  }
  return { data: result.data, body: parts.body, problems: unsafe };
}

/**
 * An entry in a `.md` file is plain Markdown, rendered once by the content layer: components and
 * id comments there would reach readers as raw text, so they need the file to be `.mdx`.
 * @param file the path shown in messages
 * @param body the text after the frontmatter
 */
export function plainMarkdownProblems(file: string, body: string): ContentProblem[] {
  return body.split('\n').flatMap((line, index) => {
    const found = /<([A-Z][A-Za-z]*)\b/.exec(line)?.[0] ?? /\{\/\*/.exec(line)?.[0];
    if (!found) return [];
    const what = found.startsWith('<') ? `the component ${found}>` : 'an id comment {/* … */}';
    return [
      {
        file,
        field: `body line ${index + 1}`,
        message: `Found ${what}, which plain Markdown (.md) shows as text. Rename the file to .mdx to use components and id comments.`,
      },
    ];
  });
}

/** One file read: its entry or the problems that stopped it, and for `.md` the components and id comments it shows as text. */
interface ReadFile {
  parsed: ReturnType<typeof parseEntry>;
  markdownProblems: ContentProblem[];
}

// The build reads the content several times as it starts (the checks, the sitemap, redirects, the
// glossary); each file is read and checked once and again only when it changes.
const readFiles = new Map<string, { stamp: string; read: ReadFile }>();

function readEntryFile(collection: CollectionName, file: string, path: string): ReadFile {
  const stats = statSync(path);
  const stamp = `${collection} ${file} ${stats.mtimeMs} ${stats.size}`;
  const cached = readFiles.get(path);
  if (cached?.stamp === stamp) return cached.read;
  const parsed = parseEntry(collection, file, readFileSync(path, 'utf8'));
  const read = { parsed, markdownProblems: path.endsWith('.md') ? plainMarkdownProblems(file, parsed.body) : [] };
  readFiles.set(path, { stamp, read });
  return read;
}

/**
 * Reads every collection under a content root.
 * @param root the content folder (defaults to `contentRoot()`)
 */
export function loadContent(root: string = contentRoot()): LoadResult {
  const entries: LoadedEntry[] = [];
  const problems: ContentProblem[] = [];
  const unloaded: LoadResult['unloaded'] = [];
  const displayBase = resolve(root, '..');
  for (const collection of collectionNames) {
    const folder = join(root, collection);
    if (!existsSync(folder)) continue;
    for (const item of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const name = item.name;
      const path = join(folder, name);
      const file = relative(displayBase, path);
      if (name.startsWith('.')) continue;
      if (item.isDirectory()) {
        problems.push({
          file,
          field: '',
          message: `Folders inside ${relative(displayBase, folder)}/ are not read, so nothing in this one would be published. Move its .mdx files up into ${relative(displayBase, folder)}/.`,
        });
        continue;
      }
      const extension = /\.mdx?$/.exec(name)?.[0];
      if (!extension) {
        const stem = name.slice(0, name.length - extname(name).length);
        problems.push({
          file,
          field: '',
          message: `Only .mdx and .md files are read in ${relative(displayBase, folder)}/, so this file would never be published. Rename it to "${stem}.mdx" or move it out of the folder.`,
        });
        continue;
      }
      const id = name.slice(0, -extension.length);
      const { parsed, markdownProblems } = readEntryFile(collection, file, path);
      problems.push(...parsed.problems, ...markdownProblems);
      if (parsed.problems.length === 0 && parsed.data !== undefined) entries.push({ collection, id, file, data: parsed.data as EntryData<typeof collection>, body: parsed.body });
      else unloaded.push({ collection, id });
    }
  }
  return { entries, problems, unloaded };
}
