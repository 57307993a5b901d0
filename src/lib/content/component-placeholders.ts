/**
 * Components in an MDX entry's stored HTML. The content layer renders each `.mdx` entry to HTML
 * once, when its file changes (`build/markdown/mdx-html.ts`), but a component such as
 * `<ContactLink id="childline" phone />` shows another entry's facts, which can change without
 * the file changing. So the stored HTML keeps each component as a placeholder element naming it,
 * with its properties and the HTML between its tags, and the page renders the placeholder with the
 * component itself (`src/components/entry/EntryBody.astro`): a changed phone number reaches every page
 * that shows it, on every build.
 *
 *   <entry-component name="ContactLink" props="{&quot;id&quot;:&quot;childline&quot;,&quot;phone&quot;:true}"></entry-component>
 *
 * Content cannot write this element itself: the MDX safety check allows only the site's
 * components and a list of plain elements, and Markdown text is escaped.
 */

/** A component's properties as MDX gives them: literal strings, numbers and booleans. */
export type ComponentProps = Record<string, string | number | boolean>;

/** One use of a component in a body: its name, properties and what was between its tags. */
export interface ComponentUse {
  name: string;
  props: ComponentProps;
  /** The body between the tags, or undefined when there was none (or only white space). */
  children?: BodyPart[] | undefined;
}

/** Stored HTML, split into runs of plain HTML and the components between them. */
export type BodyPart = string | ComponentUse;

const tag = 'entry-component';
const open = `<${tag} `;
const close = `</${tag}>`;

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const unescapeAttribute = (value: string) => value.replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/**
 * The placeholder for one use of a component.
 * @param name the component's name, such as "ContactLink"
 * @param props its properties
 * @param childrenHtml the HTML between its tags, already rendered (and itself possibly holding placeholders)
 */
export function componentPlaceholder(name: string, props: ComponentProps, childrenHtml = ''): string {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error(`"${name}" is not a component name.`);
  return `${open}name="${name}" props="${escapeAttribute(JSON.stringify(props))}">${childrenHtml}${close}`;
}

const openPattern = /^<entry-component name="([A-Za-z0-9]+)" props="([^"]*)">/;

function isProps(value: unknown): value is ComponentProps {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((item) => ['string', 'number', 'boolean'].includes(typeof item))
  );
}

/**
 * Splits stored HTML into plain HTML and component uses, nested as they were written.
 * @param html an entry's stored HTML
 */
export function splitBody(html: string): BodyPart[] {
  let position = 0;
  const read = (depth: number): BodyPart[] => {
    const parts: BodyPart[] = [];
    for (;;) {
      const nextOpen = html.indexOf(open, position);
      const nextClose = depth > 0 ? html.indexOf(close, position) : -1;
      const end = [nextOpen, nextClose].filter((index) => index !== -1).reduce((a, b) => Math.min(a, b), html.length);
      if (end > position) parts.push(html.slice(position, end));
      position = end;
      if (end === html.length) {
        if (depth > 0) throw new Error(`A component placeholder is not closed: ${html.slice(0, 80)}…`);
        return parts;
      }
      if (end === nextClose) {
        position += close.length;
        return parts;
      }
      const match = openPattern.exec(html.slice(position, position + 4096));
      if (!match) throw new Error(`A component placeholder is malformed: ${html.slice(position, position + 80)}…`);
      const props: unknown = JSON.parse(unescapeAttribute(match[2] ?? ''));
      if (!isProps(props)) throw new Error(`A component placeholder's properties are malformed: ${match[0]}`);
      position += match[0].length;
      const children = read(depth + 1);
      const hasChildren = children.some((child) => typeof child !== 'string' || child.trim() !== '');
      parts.push({ name: match[1] ?? '', props, children: hasChildren ? children : undefined });
    }
  };
  return read(0);
}
