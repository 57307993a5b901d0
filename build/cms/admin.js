// The content editor's start-up script, copied to /admin/admin.js. It runs before Sveltia CMS,
// so the editor waits until the insertable MDX components (from /admin/editor-components.json,
// made by the build from src/components/mdx/) are registered.
window.CMS_MANUAL_INIT = true;

const attributePattern = /\s([a-z]+)(?:="([^"]*)")?/g;

function attributesOf(tag) {
  const values = {};
  for (const [, name, value] of tag.matchAll(attributePattern)) values[name] = value ?? true;
  return values;
}

function toMdx(component, data) {
  const attributes = component.attributes
    .map((attribute) => {
      const value = data[attribute.name];
      if (attribute.widget === 'boolean') return value ? ` ${attribute.name}` : '';
      return value ? ` ${attribute.name}="${String(value).replaceAll('"', '')}"` : '';
    })
    .join('');
  return component.hasText && data.text
    ? `<${component.id}${attributes}>${data.text}</${component.id}>`
    : `<${component.id}${attributes} />`;
}

function register(component) {
  const tag = `<${component.id}((?:\\s[a-z]+(?:="[^"]*")?)*)\\s*`;
  const pattern = component.hasText ? `^${tag}(?:/>|>([^<]*)</${component.id}>)$` : `^${tag}/>$`;
  const fields = component.attributes.map((attribute) => {
    const field = { name: attribute.name, label: attribute.label, widget: attribute.widget };
    if (attribute.required === false) field.required = false;
    if (attribute.hint) field.hint = attribute.hint;
    if (attribute.pattern) field.pattern = attribute.pattern;
    if (attribute.widget === 'relation') {
      const title = attribute.titleField;
      Object.assign(field, {
        collection: attribute.collection,
        value_field: '{{slug}}',
        search_fields: [title],
        display_fields: [title],
      });
    }
    return field;
  });
  if (component.hasText)
    fields.push({
      name: 'text',
      label: 'Link text (optional)',
      widget: 'string',
      required: false,
      hint: "Leave empty to use the page's title.",
    });
  window.CMS.registerEditorComponent({
    id: component.id,
    label: component.label,
    fields,
    pattern: new RegExp(pattern, 'm'),
    fromBlock: (match) => ({ ...attributesOf(match[1] ?? ''), ...(match[2] ? { text: match[2] } : {}) }),
    toBlock: (data) => toMdx(component, data),
    toPreview: (data) => toMdx(component, data),
  });
}

// A heading that keeps its link when its wording changes carries an MDX comment,
// "## Text {/* #id was #old-id */}" (README, "Links to sections"). The rich-text editor would escape
// the comment's stars and break it, so such a heading is a block of its own in the editor.
function registerHeadingWithId() {
  window.CMS.registerEditorComponent({
    id: 'heading-with-id',
    label: 'Heading with a fixed link',
    fields: [
      {
        name: 'level',
        label: 'Level',
        widget: 'select',
        options: [
          { label: 'Section (##)', value: '##' },
          { label: 'Subsection (###)', value: '###' },
          { label: 'Sub-subsection (####)', value: '####' },
        ],
      },
      { name: 'text', label: 'Heading', widget: 'string' },
      {
        name: 'ids',
        label: 'Its id, then earlier ids',
        widget: 'string',
        hint: 'For example "#responding-to-concerns" or "#consultation-and-advice was #consultation". Links to any of them land on this heading.',
        pattern: [
          '^(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?(?: ?was(?: #[a-z0-9]+(?:-[a-z0-9]+)*)+)?$',
          'Expected "#id", "#id was #old-id" or "was #old-id", with kebab-case ids.',
        ],
      },
    ],
    pattern: /^(#{2,4}) (.+?) \{\/\* ?(.*?) ?\*\/\}$/m,
    fromBlock: (match) => ({ level: match[1], text: match[2], ids: match[3] }),
    toBlock: (data) => `${data.level} ${data.text} {/* ${data.ids} */}`,
    toPreview: (data) => `${data.level} ${data.text}`,
  });
}

window.addEventListener('DOMContentLoaded', async () => {
  registerHeadingWithId();
  const response = await fetch('editor-components.json');
  const components = await response.json();
  components.forEach(register);
  window.CMS.init();
});
