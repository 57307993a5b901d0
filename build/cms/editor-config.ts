/**
 * The content editor's configuration (`/admin/config.yml`), made at build time from the
 * collections' zod schemas and `src/site.config.ts`, so every collection and field the build
 * checks is one the editor offers, with the same choices, patterns and messages.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import {
  collectionNames,
  collectionSchemas,
  contentTypeLabels,
  plainReference,
  type CollectionName,
  type ReferenceFactory,
} from '../../src/schemas';
import { decisionGuideSchema } from '../../src/schemas/decision-guide';
import { date } from '../../src/schemas/fields';
import { contactKinds } from '../../src/schemas/contact';
import { resourceFormats } from '../../src/schemas/resource';
import { riskFrameworks } from '../../src/schemas/risk';
import { areaLabel, audienceIds, audienceLabel, contactAreaIds, site } from '../../src/site.config';
import { editorComponents } from './editor-components';
import { schemaHints, type HintFinder } from './schema-hints';
import { objectFields, titleFieldOf, type EditorField, type FieldContext } from './schema-fields';

/** Where the editor reads and writes: the partnership's repository on its git host. */
export interface EditorBackend {
  name: 'github' | 'gitlab' | 'gitea' | 'test-repo';
  /** "owner/name" of the repository. */
  repo?: string;
  branch?: string;
  /** The git host's API address, for a self-hosted GitLab or Gitea. */
  api_root?: string;
  /** The sign-in service's address (GitHub: an OAuth client such as Sveltia CMS Authenticator). */
  base_url?: string;
  /** GitLab and Gitea sign-in without a server: the OAuth application's id. */
  app_id?: string;
  auth_type?: 'pkce';
}

export interface EditorCollection {
  name: string;
  label: string;
  label_singular?: string;
  folder?: string;
  extension?: string;
  format: 'frontmatter' | 'yaml';
  create?: boolean;
  identifier_field?: string;
  slug?: string;
  summary?: string;
  files?: { name: string; label: string; file: string; fields: EditorField[] }[];
  fields?: EditorField[];
}

export interface EditorConfig {
  backend: EditorBackend;
  publish_mode: 'editorial_workflow';
  output: { omit_empty_optional_fields: boolean };
  site_url: string;
  display_url: string;
  media_folder: string;
  public_folder: string;
  collections: EditorCollection[];
}

/** The file the decision guide lives in, relative to the repository. */
export const decisionGuideFile = 'content/decision-guide.yaml';

/** The backend the build writes into `config.yml`, from the environment of the build (see README, "Editing content"). */
export function backendFromEnvironment(environment: NodeJS.ProcessEnv = process.env): EditorBackend {
  const name = (environment['CMS_BACKEND'] ?? 'github') as EditorBackend['name'];
  const optional = (key: keyof EditorBackend, variable: string) =>
    environment[variable] ? { [key]: environment[variable] } : {};
  return {
    name,
    repo: environment['CMS_REPO'] ?? 'set-CMS_REPO/before-building',
    branch: environment['CMS_BRANCH'] ?? 'main',
    ...optional('api_root', 'CMS_API_ROOT'),
    ...optional('base_url', 'CMS_AUTH_URL'),
    ...optional('app_id', 'CMS_APP_ID'),
    ...(environment['CMS_APP_ID'] ? { auth_type: 'pkce' as const } : {}),
  };
}

// The reference factory used here marks each reference schema with its target collection.
const referenceTargets = new WeakMap<z.ZodType, CollectionName>();
const markingReference: ReferenceFactory = (collection) => {
  const schema = plainReference(collection);
  referenceTargets.set(schema, collection);
  return schema;
};

const choiceLabels = new Map<string, string>([
  ...contactAreaIds.map((id) => [id, areaLabel(id)] as const),
  ...audienceIds.map((id) => [id, audienceLabel(id)] as const),
  ...Object.entries(contactKinds),
  ...Object.entries(resourceFormats),
  ...Object.entries(riskFrameworks),
  ['procedures-manual', `Held in full in the ${site.proceduresManual.name}`],
]);

const schemas = collectionSchemas(markingReference);

// Read from the schema files when the editor's configuration is first made, not when this module loads.
let hints: HintFinder | undefined;
const schemasFolder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'schemas');

const context: FieldContext = {
  referenceTarget: (schema) => referenceTargets.get(schema),
  isDate: (schema) => schema === date,
  titleField: (collection) => titleFieldOf(schemas[collection] as z.ZodType),
  choiceLabel: (value) => choiceLabels.get(value) ?? value,
  hint: (objectKeys, name) => (hints ??= schemaHints(schemasFolder))(objectKeys, name),
};

// The decision guide names entries by plain ids (its own graph check resolves them); in the
// editor they are pickers. Each path must exist in the schema, or the build stops.
const decisionGuideReferences: Record<string, CollectionName> = {
  'outcomes.contacts': 'contacts',
  'outcomes.procedures.id': 'procedures',
  'outcomes.guidance': 'guidance',
};

function withDecisionGuidePickers(fields: EditorField[]): EditorField[] {
  const used = new Set<string>();
  const result = replacePickers(fields, '', used);
  const missing = Object.keys(decisionGuideReferences).filter((path) => !used.has(path));
  if (missing.length > 0)
    throw new Error(`The decision guide schema has no field ${missing.join(', ')}; update build/cms/editor-config.ts.`);
  return result;
}

function replacePickers(fields: EditorField[], path: string, used: Set<string>): EditorField[] {
  return fields.map((field) => {
    const fieldPath = path ? `${path}.${field.name}` : field.name;
    const target = decisionGuideReferences[fieldPath];
    if (target) {
      used.add(fieldPath);
      const title = context.titleField(target);
      // A picker takes the place of the list item and pattern the plain field had.
      const { field: _item, pattern: _pattern, ...rest } = field;
      return {
        ...rest,
        widget: 'relation',
        collection: target,
        value_field: '{{slug}}',
        search_fields: [title],
        display_fields: [title],
        ...(field.widget === 'list' ? { multiple: true } : {}),
      };
    }
    return field.fields ? { ...field, fields: replacePickers(field.fields, fieldPath, used) } : field;
  });
}

// Editing a procedure starts with what readers of "What's changed", the feed and the page's
// amendment list need: what changed, the new version and the date.
const procedurePrompts: Record<string, { label: string; hint: string }> = {
  amendments: {
    label: 'Amendments',
    hint: 'Add one for every change: press "Add Amendment" and say what changed in one sentence, with today\'s date. Readers see it on the page, in "What\'s changed" and in the feed.',
  },
  version: {
    label: 'Version',
    hint: 'Raise the version number when the procedure\'s text changes, for example from "53" to "54".',
  },
  lastUpdated: { label: 'Last updated', hint: 'The date of this change (YYYY-MM-DD).' },
};

function procedureFields(fields: EditorField[]): EditorField[] {
  const first = Object.keys(procedurePrompts).map((name) => {
    const field = fields.find((candidate) => candidate.name === name);
    if (!field) throw new Error(`The procedure schema has no "${name}" field, which the editor asks for first.`);
    const prompt = procedurePrompts[name];
    return { ...field, label: prompt?.label ?? field.label, hint: [prompt?.hint, field.hint].filter(Boolean).join(' ') };
  });
  return [...first, ...fields.filter((field) => !(field.name in procedurePrompts))];
}

const bodyField: EditorField = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  required: false,
  hint: 'Use Insert to add a contact card or a link to an Act, procedure, guidance page or risk, picked by name: never type a phone number or e-mail address here.',
  // 'heading-with-id' is registered in build/cms/admin.js: headings whose id is fixed in a comment.
  editor_components: [...editorComponents().map((component) => component.id), 'heading-with-id'],
};

function collectionConfig(collection: CollectionName): EditorCollection {
  const fields = objectFields(schemas[collection] as z.ZodType, context);
  const identifier = titleFieldOf(schemas[collection] as z.ZodType);
  return {
    name: collection,
    label: contentTypeLabels[collection].plural,
    label_singular: contentTypeLabels[collection].singular,
    folder: `content/${collection}`,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    identifier_field: identifier,
    slug: `{{${identifier}}}`,
    summary: `{{${identifier}}}`,
    fields: [...(collection === 'procedures' ? procedureFields(fields) : fields), bodyField],
  };
}

/**
 * The whole editor configuration.
 * @param backend where the editor reads and writes (see `backendFromEnvironment`)
 */
export function editorConfig(backend: EditorBackend): EditorConfig {
  return {
    backend,
    publish_mode: 'editorial_workflow',
    // An optional field left empty is left out of the file, as an author writing by hand would:
    // an empty `email: ''` would fail the build's e-mail check.
    output: { omit_empty_optional_fields: true },
    site_url: site.url,
    display_url: site.url,
    // Content has no uploaded images; the editor still needs a folder for its media library.
    media_folder: 'public/media',
    public_folder: '/media',
    collections: [
      ...collectionNames.map(collectionConfig),
      {
        name: 'decision-guide',
        label: 'Worried about a child? guide',
        format: 'yaml',
        files: [
          {
            name: 'decision-guide',
            label: 'Questions and outcomes',
            file: decisionGuideFile,
            fields: withDecisionGuidePickers(objectFields(decisionGuideSchema, context)),
          },
        ],
      },
    ],
  };
}
