import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { editorComponents } from '../../../../build/cms/editor-components';
import { backendFromEnvironment, editorConfig, type EditorCollection } from '../../../../build/cms/editor-config';
import { editorField, type EditorField, type FieldContext } from '../../../../build/cms/schema-fields';
import { collectionNames, collectionSchemas, plainReference } from '../../../../src/schemas';
import { decisionGuideSchema } from '../../../../src/schemas/decision-guide';
import { phoneNumber } from '../../../../src/schemas/fields';
import { audienceIds, contactAreaIds } from '../../../../src/site.config';

const config = editorConfig({ name: 'github', repo: 'partnership/site', branch: 'main' });
const schemas = collectionSchemas(plainReference);

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/**
 * Every field path a schema accepts ("phones", "phones.number"), read through zod's own JSON
 * Schema output: a walk independent of the one that makes the editor's configuration.
 */
function schemaPaths(schema: z.ZodType): string[] {
  const walk = (node: JsonSchema, prefix: string): string[] => {
    const objects = [node, node.items, ...(node.anyOf ?? [])].filter(
      (part): part is JsonSchema => part?.properties !== undefined,
    );
    return objects.flatMap((part) =>
      Object.entries(part.properties ?? {}).flatMap(([key, child]) => {
        const path = prefix ? `${prefix}.${key}` : key;
        return [path, ...walk(child.items ?? child, path)];
      }),
    );
  };
  return [...new Set(walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, ''))].sort();
}

/** Every field path the editor's configuration offers. */
function configPaths(fields: readonly EditorField[], prefix = ''): string[] {
  return fields
    .flatMap((field) => {
      const path = prefix ? `${prefix}.${field.name}` : field.name;
      return [path, ...configPaths(field.fields ?? [], path)];
    })
    .sort();
}

function collection(name: string): EditorCollection {
  const found = config.collections.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no editor collection ${name}`);
  return found;
}

/** Schema fields the editor does not offer, as "collection: path". */
function missingFromEditor(name: string, schema: z.ZodType, fields: readonly EditorField[]): string[] {
  const offered = new Set(configPaths(fields));
  return schemaPaths(schema)
    .filter((path) => !offered.has(path))
    .map((path) => `${name}: ${path}`);
}

function fieldAt(fields: readonly EditorField[], path: string): EditorField | undefined {
  const [head, ...rest] = path.split('.');
  const found = fields.find((field) => field.name === head);
  return rest.length === 0 ? found : fieldAt(found?.fields ?? [], rest.join('.'));
}

describe("the content editor's configuration", () => {
  it('has a collection for every folder of content and one for the decision guide', () => {
    expect(config.collections.map((entry) => entry.folder ?? entry.files?.[0]?.file)).toEqual([
      ...collectionNames.map((name) => `content/${name}`),
      'content/decision-guide.yaml',
    ]);
  });

  it('offers every field of every collection schema, and the text', () => {
    const missing = collectionNames.flatMap((name) => missingFromEditor(name, schemas[name], collection(name).fields ?? []));
    expect(missing).toEqual([]);
    for (const name of collectionNames) expect(configPaths(collection(name).fields ?? [])).toContain('body');
  });

  it("offers every field of the decision guide's schema", () => {
    expect(
      missingFromEditor('decision-guide', decisionGuideSchema, collection('decision-guide').files?.[0]?.fields ?? []),
    ).toEqual([]);
  });

  it('offers no field the schemas would reject', () => {
    const extra = collectionNames.flatMap((name) => {
      const accepted = new Set(schemaPaths(schemas[name]));
      return configPaths(collection(name).fields ?? [])
        .filter((path) => path !== 'body' && !accepted.has(path))
        .map((path) => `${name}: ${path}`);
    });
    expect(extra).toEqual([]);
  });

  it('reports a schema field that does not reach the editor', () => {
    const grown = (schemas.procedures as unknown as z.ZodObject).extend({ reviewedBy: z.string() });
    expect(missingFromEditor('procedures', grown, collection('procedures').fields ?? [])).toEqual(['procedures: reviewedBy']);
  });

  it('marks a field required exactly when the schema needs a value', () => {
    const contact = collection('contacts').fields ?? [];
    expect(
      ['name', 'kind', 'lastChecked', 'email', 'phones', 'keywords'].map((name) => [
        name,
        fieldAt(contact, name)?.required ?? true,
      ]),
    ).toEqual([
      ['name', true],
      ['kind', true],
      ['lastChecked', true],
      ['email', false],
      ['phones', false],
      ['keywords', false],
    ]);
  });

  it("gives a phone number the build's pattern and the build's sentence for a malformed one", () => {
    const number = fieldAt(collection('contacts').fields ?? [], 'phones.number');
    const [pattern = '', message] = number?.pattern ?? [];
    expect([new RegExp(pattern).test('0800 1111'), new RegExp(pattern).test('0800-1111'), message]).toEqual([
      true,
      false,
      phoneNumber.safeParse('0800-1111').error?.issues[0]?.message,
    ]);
  });

  it('writes dates as YYYY-MM-DD without a time', () => {
    expect(fieldAt(collection('procedures').fields ?? [], 'amendments.date')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
  });

  it('offers the areas and audiences of src/site.config.ts as choices', () => {
    const contact = collection('contacts').fields ?? [];
    expect([
      fieldAt(contact, 'area')?.options?.map((option) => option.value),
      fieldAt(contact, 'audiences')?.options?.map((option) => option.value),
    ]).toEqual([contactAreaIds, audienceIds]);
  });

  it('turns references to other entries into pickers of that collection', () => {
    const pickers = (fields: readonly EditorField[]) =>
      fields
        .filter((field) => field.widget === 'relation')
        .map((field) => `${field.name} → ${field.collection}${field.multiple ? ' (several)' : ''}`);
    expect(pickers(collection('procedures').fields ?? [])).toEqual([
      'relatedProcedures → procedures (several)',
      'legislation → legislation (several)',
      'contacts → contacts (several)',
    ]);
    expect(pickers(collection('resources').fields ?? [])).toEqual(['provider → contacts']);
  });

  it('asks first, when a procedure is edited, for the amendment, the new version and the date', () => {
    expect((collection('procedures').fields ?? []).slice(0, 3).map((field) => field.name)).toEqual([
      'amendments',
      'version',
      'lastUpdated',
    ]);
  });

  it('shows the help written above each field in its schema', () => {
    const contact = collection('contacts').fields ?? [];
    const guide = collection('decision-guide').files?.[0]?.fields ?? [];
    expect([fieldAt(contact, 'bankHolidays')?.hint, fieldAt(guide, 'questions.answers.hint')?.hint]).toEqual([
      'Bank holidays, when the source gives them; the open-now badge cannot know them, so it says so.',
      'A line under the label that helps the reader choose, when the label alone is not enough.',
    ]);
  });

  it('publishes through review: every change is a branch and a pull request', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
  });
});

describe('the backend from the build environment', () => {
  it('uses GitHub, the repository and the branch the build is given', () => {
    expect(backendFromEnvironment({ CMS_REPO: 'partnership/site', CMS_BRANCH: 'live' })).toEqual({
      name: 'github',
      repo: 'partnership/site',
      branch: 'live',
    });
  });

  it('signs in to GitLab or Gitea without a server when given an OAuth application id', () => {
    expect(backendFromEnvironment({ CMS_BACKEND: 'gitlab', CMS_REPO: 'partnership/site', CMS_APP_ID: 'abc' })).toMatchObject({
      name: 'gitlab',
      app_id: 'abc',
      auth_type: 'pkce',
    });
  });
});

describe('the insertable components', () => {
  it('cover every component registered for MDX that takes an entry id', () => {
    const source = readFileSync('src/components/mdx/index.ts', 'utf8');
    const registered = /export const mdxComponents = \{([^}]*)\}/.exec(source)?.[1] ?? '';
    const names = registered
      .split(',')
      .map((name) => name.trim().split(':')[0]?.trim() ?? '')
      .filter((name) => name && name !== 'a');
    expect(
      editorComponents()
        .map((component) => component.id)
        .sort(),
    ).toEqual(names.sort());
  });

  it('pick a contact card by id from the contacts', () => {
    expect(editorComponents().find((component) => component.id === 'Contact')?.attributes).toEqual([
      { name: 'id', label: 'Which one', widget: 'relation', collection: 'contacts', titleField: 'name' },
    ]);
  });
});

describe('editorField', () => {
  const context: FieldContext = {
    referenceTarget: () => undefined,
    isDate: () => false,
    titleField: () => 'title',
    choiceLabel: (value) => value,
  };

  it('errors on a kind of field it cannot offer, naming the field and where to add it', () => {
    expect(() => editorField('openedAt', z.map(z.string(), z.string()), context)).toThrowErrorMatchingInlineSnapshot(
      `[UnsupportedFieldError: openedAt: a zod "map" field has no editor field yet. Add it to build/cms/schema-fields.ts.]`,
    );
  });

  it("uses the schema's own sentence for a too-short value", () => {
    expect(editorField('title', z.string().min(3, 'Expected a title of at least 3 characters.'), context).pattern).toEqual([
      '^[\\s\\S]{3,}$',
      'Expected a title of at least 3 characters.',
    ]);
  });
});
