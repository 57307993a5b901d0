/**
 * The JSDoc line above each schema field ("When someone last checked these details…"), read
 * from `src/schemas/` so the editor shows editors the same help as the code does.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type TypeScript from 'typescript';

// TypeScript takes about 0.2 s to load: it is loaded only when the schemas must be read again
// (`cachedDocumentedObjects`), never when Astro reads its configuration.
const require = createRequire(import.meta.url);
const loadTypeScript = () => require('typescript') as typeof TypeScript;
const typeScriptVersion = () => (require('typescript/package.json') as { version: string }).version;

/** One object literal in a schema file: its field names and the help written above them. */
interface DocumentedObject {
  names: Set<string>;
  hints: Map<string, string>;
}

function documentedObjects(ts: typeof TypeScript, source: TypeScript.SourceFile): DocumentedObject[] {
  const objects: DocumentedObject[] = [];
  const visit = (node: TypeScript.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const names = new Set<string>();
      const hints = new Map<string, string>();
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
        const name = property.name.getText(source).replaceAll(/^['"]|['"]$/g, '');
        names.add(name);
        const text = ts
          .getJSDocCommentsAndTags(property)
          .filter(ts.isJSDoc)
          .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
          .join(' ')
          .replaceAll(/\s+/g, ' ')
          .trim();
        if (text) hints.set(name, text);
      }
      if (hints.size > 0) objects.push({ names, hints });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return objects;
}

/** Finds the help for a field, given the names of the object it sits in. */
export type HintFinder = (objectKeys: readonly string[], name: string) => string | undefined;

interface SchemaFile {
  file: string;
  text: string;
}

function readDocumentedObjects(sources: readonly SchemaFile[]): DocumentedObject[] {
  const ts = loadTypeScript();
  return sources.flatMap(({ file, text }) =>
    documentedObjects(ts, ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)),
  );
}

/** A documented object as kept between builds. */
interface KeptObject {
  names: string[];
  hints: [string, string][];
}

const cacheFolder = resolve('node_modules/.cache/schema-hints');

/** What an earlier build read from the same schemas, if it is kept (a file another build is still writing is not). */
function keptObjects(file: string): DocumentedObject[] | undefined {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as KeptObject[];
    return kept.map((object) => ({ names: new Set(object.names), hints: new Map(object.hints) }));
  } catch {
    return undefined;
  }
}

// The hints are kept between builds in a file named by a hash of the schema files and TypeScript's
// version, so TypeScript reads the schemas again only when one of them changes.
function cachedDocumentedObjects(sources: readonly SchemaFile[]): DocumentedObject[] {
  const key = createHash('sha256')
    .update(JSON.stringify([typeScriptVersion(), sources]))
    .digest('hex');
  const file = join(cacheFolder, `${key}.json`);
  const kept = keptObjects(file);
  if (kept) return kept;
  const objects = readDocumentedObjects(sources);
  mkdirSync(cacheFolder, { recursive: true });
  writeFileSync(
    file,
    JSON.stringify(objects.map((object): KeptObject => ({ names: [...object.names], hints: [...object.hints] }))),
  );
  return objects;
}

/**
 * The help for schema fields, from every `.ts` file in a folder.
 * @param folder the schemas folder, such as `src/schemas`
 */
export function schemaHints(folder: string): HintFinder {
  const sources = readdirSync(folder)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8') }));
  const objects = cachedDocumentedObjects(sources);
  return (objectKeys, name) => {
    // The same name can carry different help in different objects ("hint" on a question and on an
    // answer): take the object whose own fields best match the one being described.
    const overlap = (object: DocumentedObject) => objectKeys.filter((key) => object.names.has(key)).length;
    const best = objects.filter((object) => object.hints.has(name)).sort((a, b) => overlap(b) - overlap(a))[0];
    return best?.hints.get(name);
  };
}
