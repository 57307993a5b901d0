/**
 * Turns a collection's zod schema into the content editor's field list (Sveltia CMS, which reads
 * Decap CMS's configuration format). Everything the editor checks comes from the schema itself:
 * required or not, choices, patterns and the very sentence the build prints when a value breaks
 * one, so the editor and the build cannot disagree.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../../src/schemas';

/** One field in the editor's configuration (the subset of options this site uses). */
export interface EditorField {
  name: string;
  label: string;
  widget:
    'string' | 'text' | 'number' | 'boolean' | 'datetime' | 'select' | 'relation' | 'list' | 'object' | 'markdown' | 'hidden';
  required?: boolean;
  hint?: string;
  /** A regular expression and the message shown when a value does not match it. */
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  /** For a list: what one item is called, as in "Add Amendment". */
  label_singular?: string;
  min?: number;
  max?: number;
  value_type?: 'int';
  default?: unknown;
  format?: string;
  time_format?: false;
  picker_utc?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  field?: EditorField;
  fields?: EditorField[];
  modes?: string[];
  buttons?: string[];
  editor_components?: string[];
}

/** What the walk needs to know that a zod schema cannot say by itself. */
export interface FieldContext {
  /** The collection a reference field points to, for schemas made by the context's reference factory. */
  referenceTarget: (schema: z.ZodType) => CollectionName | undefined;
  /** Whether this schema is the shared YYYY-MM-DD date field. */
  isDate: (schema: z.ZodType) => boolean;
  /** The field an entry of a collection is known by (title, name or term). */
  titleField: (collection: CollectionName) => string;
  /** What a reader sees for a choice's value, such as "Parents and carers" for "parents-carers". */
  choiceLabel: (value: string) => string;
  /** The help written above a field in its schema, given the names of the object it sits in. */
  hint?: (objectKeys: readonly string[], name: string) => string | undefined;
}

/** A schema kind the editor configuration has no field for: extend `editorField` rather than leave a field out. */
export class UnsupportedFieldError extends Error {
  override name = 'UnsupportedFieldError';
}

// zod keeps a schema's definition on `_zod.def`; this is the part of it the walk reads.
interface Definition {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: CheckDefinition } }[];
  format?: string;
  pattern?: RegExp;
  protocol?: RegExp;
  error?: (issue: object) => unknown;
  defaultValue?: unknown;
}

interface CheckDefinition {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  error?: (issue: object) => unknown;
}

function definition(schema: z.ZodType): Definition {
  return (schema as unknown as { _zod: { def: Definition } })._zod.def;
}

/**
 * The field an entry is known by, as `entryTitle()` in src/lib/content/entries.ts picks it.
 * @param schema a collection's object schema
 */
export function titleFieldOf(schema: z.ZodType): string {
  const shape = definition(schema).shape ?? {};
  return ['title', 'name', 'term'].find((field) => field in shape) ?? 'title';
}

/** "lastUpdated" → "Last updated", "doNot" → "Do not". */
export function fieldLabel(name: string): string {
  const words = name.replaceAll(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The message zod gives for a value, that is, the build's own sentence. */
function buildMessage(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

function customMessage(error: ((issue: object) => unknown) | undefined): string | undefined {
  const message = error?.({});
  return typeof message === 'string' ? message : undefined;
}

function stringChecks(schema: z.ZodType): CheckDefinition[] {
  return (definition(schema).checks ?? []).map((check) => check._zod.def);
}

/**
 * A pattern (regex and the build's message) for a string schema: its regex, its format, or its length limits.
 * @param schema a zod string schema
 */
export function stringPattern(schema: z.ZodType): [string, string] | undefined {
  const def = definition(schema);
  const checks = stringChecks(schema);
  const regex = checks.find((check) => check.format === 'regex' && check.pattern);
  if (regex?.pattern) return [regex.pattern.source, customMessage(regex.error) ?? buildMessage(schema, '') ?? ''];
  if (def.format === 'email' && def.pattern) return [def.pattern.source, customMessage(def.error) ?? ''];
  if (def.format === 'url') {
    const message = customMessage(def.error) ?? buildMessage(schema, 'not an address') ?? '';
    return [def.protocol?.source === '^https$' ? '^https://\\S+$' : '^[a-z]+://\\S+$', message];
  }
  const minimum = checks.find((check) => check.check === 'min_length')?.minimum;
  const maximum = checks.find((check) => check.check === 'max_length')?.maximum;
  if (minimum === undefined && maximum === undefined) return undefined;
  const messages = new Set<string>();
  if (minimum !== undefined && minimum > 0) messages.add(buildMessage(schema, 'x'.repeat(minimum - 1)) ?? '');
  if (maximum !== undefined) messages.add(buildMessage(schema, 'x'.repeat(maximum + 1)) ?? '');
  return [`^[\\s\\S]{${minimum ?? 0},${maximum ?? ''}}$`, [...messages].filter(Boolean).join(' ')];
}

function numberLimits(schema: z.ZodType): Pick<EditorField, 'min' | 'max' | 'value_type'> {
  const limits: Pick<EditorField, 'min' | 'max' | 'value_type'> = {};
  for (const check of stringChecks(schema)) {
    if (check.check === 'greater_than' && check.value !== undefined) limits.min = check.inclusive ? check.value : check.value + 1;
    if (check.check === 'less_than' && check.value !== undefined) limits.max = check.inclusive ? check.value : check.value - 1;
    if (check.check === 'number_format' && check.format === 'safeint') limits.value_type = 'int';
  }
  return limits;
}

function arrayMinimum(schema: z.ZodType): number | undefined {
  return stringChecks(schema).find((check) => check.check === 'min_length')?.minimum;
}

function choices(values: readonly unknown[], context: FieldContext): { label: string; value: string }[] {
  return values.map((value) => ({ label: context.choiceLabel(String(value)), value: String(value) }));
}

function relation(collection: CollectionName, multiple: boolean, context: FieldContext): Partial<EditorField> {
  const title = context.titleField(collection);
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [title],
    display_fields: [title],
    ...(multiple ? { multiple: true } : {}),
  };
}

/** Removes `optional`, `default` and non-date, non-reference pipes; says whether the value may be left out. */
function unwrap(schema: z.ZodType, context: FieldContext): { schema: z.ZodType; required: boolean; defaultValue?: unknown } {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = definition(current);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'prefault') && def.innerType) {
      required = false;
      if (def.type === 'default') defaultValue = def.defaultValue;
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in && !context.isDate(current) && !context.referenceTarget(current)) {
      current = def.in;
    } else {
      return { schema: current, required, defaultValue };
    }
  }
}

/**
 * The editor field for one schema field.
 * @param name the field's key in the frontmatter
 * @param fieldSchema the field's zod schema
 * @param context what the walk cannot read from the schema
 * @param path the dotted path, for error messages
 */
export function editorField(name: string, fieldSchema: z.ZodType, context: FieldContext, path: string = name): EditorField {
  const { schema, required, defaultValue } = unwrap(fieldSchema, context);
  const base: EditorField = { name, label: fieldLabel(name), widget: 'string', ...(required ? {} : { required: false }) };
  const def = definition(schema);
  const target = context.referenceTarget(schema);
  if (target) return { ...base, ...relation(target, false, context) };
  if (context.isDate(schema)) {
    return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  }
  switch (def.type) {
    case 'string': {
      const pattern = stringPattern(schema);
      const minimum = stringChecks(schema).find((check) => check.check === 'min_length')?.minimum ?? 0;
      // Sentences (summaries, definitions) get a multi-line box; names and ids a single line.
      const widget = minimum >= 10 && !pattern?.[0].startsWith('^\\d') ? 'text' : 'string';
      return { ...base, widget, ...(pattern ? { pattern } : {}) };
    }
    case 'number':
      return {
        ...base,
        widget: 'number',
        ...numberLimits(schema),
        ...(defaultValue === undefined ? {} : { default: defaultValue }),
      };
    case 'boolean':
      return { ...base, widget: 'boolean', default: defaultValue ?? false };
    case 'enum':
      return { ...base, widget: 'select', options: choices(Object.values(def.entries ?? {}), context) };
    case 'literal':
      return { ...base, widget: 'select', options: choices(def.values ?? [], context) };
    case 'union': {
      // "one value or a list of values" (a resource's area) is a multiple choice.
      const options = (def.options ?? []).map((option) => unwrap(option, context).schema);
      const single = options.find((option) => definition(option).type === 'enum');
      const list = options.find((option) => definition(option).type === 'array');
      if (options.length === 2 && single && list) {
        const minimum = arrayMinimum(list);
        return {
          ...base,
          widget: 'select',
          multiple: true,
          options: choices(Object.values(definition(single).entries ?? {}), context),
          ...(minimum ? { min: minimum } : {}),
        };
      }
      throw new UnsupportedFieldError(
        `${path}: a union other than "one value or a list of the same values" has no editor field.`,
      );
    }
    case 'array': {
      const minimum = arrayMinimum(schema);
      const limits = minimum ? { min: minimum } : {};
      const element = unwrap(def.element as z.ZodType, context).schema;
      const elementTarget = context.referenceTarget(element);
      if (elementTarget) return { ...base, ...relation(elementTarget, true, context), ...limits };
      const elementDef = definition(element);
      if (elementDef.type === 'enum') {
        return {
          ...base,
          widget: 'select',
          multiple: true,
          options: choices(Object.values(elementDef.entries ?? {}), context),
          ...limits,
        };
      }
      const label_singular = fieldLabel(singular(name));
      if (elementDef.type === 'object')
        return { ...base, widget: 'list', label_singular, fields: objectFields(element, context, path), ...limits };
      return {
        ...base,
        widget: 'list',
        label_singular,
        field: editorField(singular(name), element, context, `${path}[]`),
        ...limits,
      };
    }
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(schema, context, path) };
    default:
      throw new UnsupportedFieldError(
        `${path}: a zod "${def.type}" field has no editor field yet. Add it to build/cms/schema-fields.ts.`,
      );
  }
}

function singular(name: string): string {
  return name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.endsWith('s') ? name.slice(0, -1) : name;
}

/**
 * The editor fields for every key of an object schema, in the schema's order.
 * @param schema a zod object schema (refinements allowed)
 * @param context what the walk cannot read from the schema
 * @param path the object's dotted path, for error messages
 */
export function objectFields(schema: z.ZodType, context: FieldContext, path = ''): EditorField[] {
  const def = definition(unwrap(schema, context).schema);
  if (def.type !== 'object' || !def.shape) throw new UnsupportedFieldError(`${path || 'schema'}: expected an object schema.`);
  const keys = Object.keys(def.shape);
  return Object.entries(def.shape).map(([key, value]) => {
    const field = editorField(key, value, context, path ? `${path}.${key}` : key);
    const hint = context.hint?.(keys, key);
    return hint ? { ...field, hint } : field;
  });
}
