/**
 * The JSDoc line above each schema field ("When someone last checked these details…"), read
 * from `src/schemas/` so the editor shows editors the same help as the code does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type TypeScript from 'typescript';

// TypeScript takes about 0.2 s to load: it is loaded when the editor's configuration is made, at
// the end of a build, not whenever Astro reads its configuration (dev, check, sync).
const loadTypeScript = () => createRequire(import.meta.url)('typescript') as typeof TypeScript;

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

/**
 * The help for schema fields, from every `.ts` file in a folder.
 * @param folder the schemas folder, such as `src/schemas`
 */
export function schemaHints(folder: string): HintFinder {
  const ts = loadTypeScript();
  const objects = readdirSync(folder)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      documentedObjects(ts, ts.createSourceFile(file, readFileSync(join(folder, file), 'utf8'), ts.ScriptTarget.Latest, true)),
    );
  return (objectKeys, name) => {
    // The same name can carry different help in different objects ("hint" on a question and on an
    // answer): take the object whose own fields best match the one being described.
    const overlap = (object: DocumentedObject) => objectKeys.filter((key) => object.names.has(key)).length;
    const best = objects.filter((object) => object.hints.has(name)).sort((a, b) => overlap(b) - overlap(a))[0];
    return best?.hints.get(name);
  };
}
