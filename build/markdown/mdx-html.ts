/**
 * Renders an MDX entry's body to HTML once, when the content layer reads its file, the way Astro
 * renders a `.md` entry, instead of compiling it into a JavaScript module for the bundler (which
 * took most of a large build's memory: README, Performance).
 *
 * Sätteri compiles the body with the site's Markdown plugins and collapses everything that does
 * not hold a component into HTML strings (MDX's `optimizeStatic`, as Astro's MDX compiler does).
 * The few elements around components are written out here the way Astro writes JSX elements, and
 * each component becomes a placeholder (`src/lib/content/component-placeholders.ts`) that the page
 * renders with the component itself, so the stored HTML holds no other entry's facts.
 *
 * Evaluating the compiled body runs it as JavaScript, so it must come after the MDX safety check
 * (`build/content/mdx-safety.ts`): content may then hold only Markdown, plain elements with text
 * attributes and the site's components with literal properties, never code.
 */
import escapeHtml from 'escape-html';
import { mdxToJs, type Features, type HastPluginList, type MdastPluginList } from 'satteri';
import { componentPlaceholder, type ComponentProps } from '../../src/lib/content/component-placeholders';

/** HTML already written out, as opposed to text still to be escaped. */
class Html {
  constructor(readonly value: string) {}
}

const voidElements = /^(area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/i;
const booleanAttributes = new Set(['open', 'reversed', 'hidden']);

/** An element's attributes as Astro writes a JSX element's: ` name="value"`, a bare name when true or empty, none when false or missing. */
export function attributesHtml(props: Record<string, unknown>): string {
  let html = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === undefined || value === null) continue;
    if (value === true || value === '') html += ` ${name}`;
    else if (value === false) html += booleanAttributes.has(name) ? '' : ` ${name}="false"`;
    else if (typeof value === 'string' || typeof value === 'number') html += ` ${name}="${escapeHtml(String(value))}"`;
    else if (Array.isArray(value)) html += ` ${name}="${escapeHtml(value.join(' '))}"`;
    else throw new Error(`The attribute ${name} in MDX is not text.`);
  }
  return html;
}

/** JSX children as HTML: text escaped, rendered parts kept, nothing for null, undefined or false. */
export function childrenHtml(children: unknown): string {
  if (children === undefined || children === null || children === false) return '';
  if (children instanceof Html) return children.value;
  if (Array.isArray(children)) return children.map(childrenHtml).join('');
  if (typeof children === 'string') return escapeHtml(children);
  if (typeof children === 'number') return String(children);
  throw new Error(`Unexpected content in MDX: ${typeof children}.`);
}

/**
 * A plain element as Astro writes a JSX element: `<tag attributes>children</tag>`, or `<tag/>` for an empty void element.
 * @param tag the element's name
 * @param props its attributes and children
 */
export function elementHtml(tag: string, props: Record<string, unknown>): string {
  const inner = childrenHtml(props['children']);
  if (inner === '' && voidElements.test(tag)) return `<${tag}${attributesHtml(props)}/>`;
  return `<${tag}${attributesHtml(props)}>${inner}</${tag}>`;
}

const fragment = Symbol('fragment');

function jsx(type: unknown, props: Record<string, unknown>): Html {
  if (type === fragment) return new Html(childrenHtml(props['children']));
  if (typeof type === 'string') return new Html(elementHtml(type, props));
  if (typeof type === 'function') return (type as (props: Record<string, unknown>) => Html)(props);
  throw new Error(`Unexpected element in MDX: ${String(type)}.`);
}

/**
 * The components a body may use, each rendering its placeholder; `Fragment` carries the HTML
 * strings of static parts (`optimizeStatic`).
 * @param names the site's component names
 */
function placeholderComponents(names: readonly string[]): Record<string, (props: Record<string, unknown>) => Html> {
  const components: Record<string, (props: Record<string, unknown>) => Html> = {
    Fragment: (props) => {
      const html = props['set:html'];
      return typeof html === 'string' ? new Html(html) : new Html(childrenHtml(props['children']));
    },
  };
  for (const name of names) {
    components[name] = ({ children, ...props }) => {
      for (const [key, value] of Object.entries(props)) {
        if (!['string', 'number', 'boolean'].includes(typeof value))
          throw new Error(`<${name}> has a property "${key}" that is not plain text.`);
      }
      return new Html(componentPlaceholder(name, props as ComponentProps, childrenHtml(children)));
    };
  }
  return components;
}

export interface MdxHtmlOptions {
  mdastPlugins: MdastPluginList;
  hastPlugins: HastPluginList;
  features: Features;
  /** The site's component names (`src/components/mdx/component-names.ts`). */
  componentNames: readonly string[];
  fileURL?: URL | undefined;
  /** Seeds the plugins' `ctx.data`, as Astro does (`astro.frontmatter`, `astro.headings`, …). */
  data?: Record<string, unknown>;
}

/**
 * An MDX body as HTML with component placeholders, and the data the plugins left (`ctx.data`).
 * @param body the MDX after its frontmatter, already through the MDX safety check
 * @param options plugins, features and component names
 */
export async function mdxToHtml(body: string, options: MdxHtmlOptions): Promise<{ html: string; data: Record<string, unknown> }> {
  const result = await mdxToJs(body, {
    mdastPlugins: options.mdastPlugins,
    hastPlugins: options.hastPlugins,
    features: options.features,
    ...(options.fileURL ? { fileURL: options.fileURL } : {}),
    data: options.data ?? {},
    optimizeStatic: { component: 'Fragment', prop: 'set:html' },
    elementAttributeNameCase: 'html',
    outputFormat: 'function-body',
  });
  // The body is safe to run (see above): it builds HTML from the runtime and components given here.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const evaluate = new Function(result.code) as (runtime: object) => { default: (props: object) => Html };
  const html = evaluate({ Fragment: fragment, jsx, jsxs: jsx }).default({
    components: placeholderComponents(options.componentNames),
  });
  return { html: html.value, data: result.data };
}
