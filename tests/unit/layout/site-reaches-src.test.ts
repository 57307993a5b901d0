/**
 * `src/` holds what the site runs and nothing else: every file in it is reached by imports from
 * the routes and the content config, and none of it imports `build/` or `tools/`.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../../..');
const srcFiles = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .map((name) => join(root, 'src', name))
  .filter((file) => statSync(file).isFile());
const entries = [join(root, 'src/content.config.ts'), ...srcFiles.filter((file) => file.startsWith(join(root, 'src/pages')))];

/**
 * What a file imports: module specifiers, files named by `new URL(…, import.meta.url)` (a worker,
 * which Vite bundles too), `@import`s of stylesheets, `<script src>` of components.
 */
function specifiersIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return [...text.matchAll(/@import\s+['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
  if (!file.endsWith('.astro'))
    return [
      ...ts.preProcessFile(text).importedFiles.map((imported) => imported.fileName),
      ...[...text.matchAll(/new URL\(\s*['"]([^'"]+)['"],\s*import\.meta\.url\s*\)/g)].map((match) => match[1] ?? ''),
    ];
  const [, frontmatter = '', markup = text] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  // Component source, not HTML (`<script … />` and `{…}` confuse an HTML parser): the two script forms Astro
  // bundles, `<script src>` and a `<script>` whose body imports modules.
  const scriptSources = [...markup.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1] ?? '');
  const scriptImports = [...markup.matchAll(/<script>([\s\S]*?)<\/script>/g)].flatMap((match) =>
    ts.preProcessFile(match[1] ?? '').importedFiles.map((imported) => imported.fileName),
  );
  return [
    ...ts.preProcessFile(frontmatter).importedFiles.map((imported) => imported.fileName),
    ...scriptSources,
    ...scriptImports,
  ];
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier.replace(/\?raw$/, ''));
  return ['', '.ts', '.astro', '/index.ts']
    .map((ending) => base + ending)
    .find((file) => existsSync(file) && statSync(file).isFile());
}

const reached = new Set<string>();
const outsideSrc: string[] = [];
const queue = [...entries];
for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
  if (reached.has(file)) continue;
  reached.add(file);
  for (const specifier of specifiersIn(file)) {
    const target = resolveImport(file, specifier);
    if (!target) continue;
    const where = relative(root, target);
    if (where.startsWith('build/') || where.startsWith('tools/')) outsideSrc.push(`${relative(root, file)} imports ${where}`);
    if (where.startsWith('src/')) queue.push(target);
  }
}

describe('src/', () => {
  it('starts from the routes and the content config', () => {
    expect(entries.length).toBeGreaterThan(20);
  });

  it('holds only files the site reaches from its routes and content config', () => {
    expect(srcFiles.filter((file) => !reached.has(file)).map((file) => relative(root, file))).toEqual([]);
  });

  it('never imports build/ or tools/', () => {
    expect(outsideSrc).toEqual([]);
  });
});
