/**
 * The MDX components an editor can insert from the editor's toolbar: one per component in
 * `src/components/mdx/index.ts` that takes an entry id. `build/cms/admin.js` turns each
 * description into a `CMS.registerEditorComponent()` call; a unit test checks the list against
 * the registered components, so a new component cannot be left out.
 */
import { idComponents } from '../content/content-integrity';
import { collectionSchemas, plainReference, type CollectionName } from '../../src/schemas';
import { slug } from '../../src/schemas/fields';
import { stringPattern, titleFieldOf } from './schema-fields';

export interface ComponentAttribute {
  name: string;
  label: string;
  widget: 'relation' | 'string' | 'boolean';
  collection?: CollectionName;
  /** For a relation: the field the picker shows and searches (title, name or term). */
  titleField?: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
}

export interface EditorComponent {
  /** The component's name in MDX, for example "Contact". */
  id: string;
  label: string;
  attributes: ComponentAttribute[];
  /** Whether text between the tags replaces the link's title. */
  hasText: boolean;
}

function patternOf(schema: Parameters<typeof stringPattern>[0]): Pick<ComponentAttribute, 'pattern'> {
  const pattern = stringPattern(schema);
  return pattern ? { pattern } : {};
}

const sectionNumber = collectionSchemas(plainReference).legislation.shape.sections.unwrap().element.shape.number;

const sectionAttribute: ComponentAttribute = {
  name: 'section',
  label: 'Section id (optional)',
  widget: 'string',
  required: false,
  hint: 'The id of one section on that page, for example "viewing-images". Leave empty to link the whole page.',
  ...patternOf(slug),
};

const details: Record<string, { label: string; extra: ComponentAttribute[]; hasText: boolean }> = {
  Contact: { label: 'Contact card', extra: [], hasText: false },
  ContactLink: {
    label: 'Link to a contact',
    extra: [
      { name: 'phone', label: 'Add its first phone number', widget: 'boolean', required: false },
      { name: 'email', label: 'Add its e-mail address', widget: 'boolean', required: false },
    ],
    hasText: false,
  },
  Act: {
    label: 'Link to an Act',
    extra: [
      {
        name: 'section',
        label: 'Section number (optional)',
        widget: 'string',
        required: false,
        hint: 'A section the Act lists, for example "67" or "15A".',
        ...patternOf(sectionNumber),
      },
    ],
    hasText: false,
  },
  Phone: { label: "A contact's phone number", extra: [], hasText: false },
  ProcedureLink: { label: 'Link to a procedure', extra: [sectionAttribute], hasText: true },
  GuidanceLink: { label: 'Link to a guidance page', extra: [sectionAttribute], hasText: true },
  RiskLink: { label: 'Link to an online risk', extra: [sectionAttribute], hasText: true },
};

/** Every component that takes an entry id, as the editor's toolbar offers it. */
export function editorComponents(): EditorComponent[] {
  const schemas = collectionSchemas(plainReference);
  return Object.entries(idComponents).map(([id, collection]) => {
    const detail = details[id];
    if (!detail) throw new Error(`build/cms/editor-components.ts has no editor description for <${id}>. Add one.`);
    return {
      id,
      label: detail.label,
      attributes: [
        { name: 'id', label: 'Which one', widget: 'relation', collection, titleField: titleFieldOf(schemas[collection]) },
        ...detail.extra,
      ],
      hasText: detail.hasText,
    };
  });
}
