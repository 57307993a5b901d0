/**
 * What an MDX body may contain. MDX is a programming language: an `export`, an `{expression}` or
 * a JSX attribute in braces runs as JavaScript when the site is built, and raw HTML such as
 * `<script>`, `<iframe>` or `<meta http-equiv="refresh">` reaches readers. Content may use
 * Markdown, the site's registered components with literal properties, and the plain HTML
 * elements and attributes below, nothing else. The content check runs this over every file
 * before Astro compiles any MDX, so no code in content ever runs.
 */
import { mdxToMdast } from 'satteri';
import { mdxComponentNames } from '../../src/components/mdx/component-names';
import type { ContentProblem } from './content-error';

/** Plain HTML elements an editor may write, for tables, notes and the like Markdown cannot express. */
export const allowedElements: ReadonlySet<string> = new Set([
  ...['p', 'br', 'hr', 'span', 'div', 'section', 'aside', 'blockquote', 'figure', 'figcaption', 'details', 'summary'],
  ...['h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd'],
  ...['table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  ...['strong', 'em', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'abbr', 'cite', 'code', 'kbd', 'mark', 'q', 'time', 'del', 'ins', 'pre'],
]);

/** Attributes those elements may carry (and `aria-*`); every value must be plain text. */
export const allowedAttributes: ReadonlySet<string> = new Set([
  ...['class', 'id', 'title', 'lang', 'dir', 'role', 'tabindex'],
  ...['scope', 'colspan', 'rowspan', 'headers', 'span', 'abbr', 'datetime', 'cite', 'open', 'start', 'reversed', 'type', 'value'],
]);

const componentNames: ReadonlySet<string> = new Set(mdxComponentNames);

// Elements whose harm is worth naming: they run code, load other sites or send readers elsewhere.
const dangerousElements: Record<string, string> = {
  script: "it would run code in readers' browsers",
  style: 'it would restyle the whole page',
  iframe: 'it would load another site inside the page',
  object: 'it would load a plug-in or another site inside the page',
  embed: 'it would load a plug-in or another site inside the page',
  form: 'it would send what readers type to another address',
  meta: 'it can send readers to another site',
  base: 'it would change where every link on the page leads',
  link: 'it would load files from another site',
  a: "write links in Markdown instead, [text](address), so they get the site's link handling",
  img: 'write images in Markdown instead, ![description](address)',
};

interface Position {
  start: { line: number };
}

interface MdxNode {
  type: string;
  position?: Position;
  children?: MdxNode[];
  value?: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: string | null | { type: string; value: string } }[];
}

/** True when an expression in braces holds only comments, such as a heading's id comment: it renders nothing and runs nothing. */
export function isOnlyComments(expression: string): boolean {
  let rest = expression.trim();
  while (rest !== '') {
    if (rest.startsWith('/*')) {
      const end = rest.indexOf('*/', 2);
      if (end === -1) return false;
      rest = rest.slice(end + 2).trimStart();
    } else if (rest.startsWith('//')) {
      const end = rest.indexOf('\n');
      rest = end === -1 ? '' : rest.slice(end + 1).trimStart();
    } else return false;
  }
  return true;
}

/** True for a number, true or false, or a quoted string without escapes: a value, not code. */
export function isLiteral(expression: string): boolean {
  return /^(?:-?\d+(?:\.\d+)?|true|false|"[^"\\\n]*"|'[^'\\\n]*')$/.test(expression.trim());
}

/**
 * The scheme of an address if it is one that runs code or carries a whole document (`javascript:`,
 * `vbscript:`, `data:`), read the way browsers do: ignoring case, spaces and control characters.
 * @param address a link, image or attribute address
 */
export function unsafeScheme(address: string): string | undefined {
  // Browsers drop these characters from an address before reading its scheme, so the check does too.
  const squeezed = address.replaceAll(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.exec(squeezed)?.[1];
}

const shorten = (text: string, length = 40) => {
  const flat = text.replaceAll(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
};

const addressProblem = (address: string, scheme: string) =>
  `The address "${shorten(address)}" starts with "${scheme}:", which can run code or hide a whole page inside a link. Use a web address (https://…) or a path on this site (/contacts/).`;

const isJsxElement = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isAllowedName = (name: string | null | undefined) => Boolean(name && (componentNames.has(name) || allowedElements.has(name)));

function elementProblems(node: MdxNode): string[] {
  const name = node.name;
  if (!name) return ['An empty tag, <>…</>, is not allowed in content. Remove it and keep what is inside.'];
  if (/^[A-Z]/.test(name)) {
    if (!componentNames.has(name))
      return [`<${name}> is not one of the site's components. Use one of: ${[...componentNames].map((component) => `<${component}>`).join(', ')}.`];
  } else if (!allowedElements.has(name)) {
    const harm = dangerousElements[name];
    return harm
      ? [`<${name}> is not allowed in content: ${harm}. Remove it.`]
      : [`<${name}> is not an element content may use. Use Markdown, one of the site's components, or one of: ${[...allowedElements].join(', ')}.`];
  }
  const isComponent = componentNames.has(name);
  const problems: string[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      problems.push(`<${name}> has "{${shorten(typeof attribute.value === 'string' ? attribute.value : '')}}" among its attributes. That is code, which runs when the site is built; write each attribute as name="value".`);
      continue;
    }
    const attributeName = attribute.name;
    if (/^on/i.test(attributeName)) {
      problems.push(`The attribute "${attributeName}" on <${name}> would run code in readers' browsers. Remove it.`);
      continue;
    }
    if (!isComponent && !allowedAttributes.has(attributeName) && !/^aria-[a-z]+$/.test(attributeName)) {
      problems.push(`The attribute "${attributeName}" is not allowed on <${name}>. Use only: ${[...allowedAttributes].join(', ')} and aria-* attributes.`);
      continue;
    }
    const value = attribute.value;
    if (typeof value === 'object' && value !== null && !(isComponent && isLiteral(value.value))) {
      problems.push(`The attribute "${attributeName}" on <${name}> is set with code, {${shorten(value.value)}}, which runs when the site is built. Write the value in quotes: ${attributeName}="…".`);
      continue;
    }
    const scheme = typeof value === 'string' ? unsafeScheme(value) : undefined;
    if (scheme) problems.push(addressProblem(value as string, scheme));
  }
  return problems;
}

function nodeProblems(node: MdxNode): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [
        `"${shorten(node.value ?? '')}" is an import or export, which runs code when the site is built. Remove it: the site's components need no import.`,
      ];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isOnlyComments(node.value ?? '')
        ? []
        : [
            `"{${shorten(node.value ?? '')}}" is code in curly braces, which runs when the site is built. Write the text itself, or a component such as <ContactLink id="…" />. Only comments, {/* … */}, may sit in braces.`,
          ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node);
    case 'link':
    case 'image':
    case 'definition': {
      const scheme = unsafeScheme(node.url ?? '');
      return scheme ? [addressProblem(node.url ?? '', scheme)] : [];
    }
    default:
      return [];
  }
}

/**
 * Everything in an MDX body that content may not contain, each with its line in the file.
 * @param file the path shown in messages
 * @param body the MDX after the frontmatter
 * @param firstLine the body's first line in the file, so lines match what the editor sees
 */
export function findUnsafeMdx(file: string, body: string, firstLine = 1): ContentProblem[] {
  const place = (line: number | undefined) => (line === undefined ? '' : `line ${line + firstLine - 1}`);
  let tree: MdxNode;
  try {
    tree = mdxToMdast(body, { position: true }) as MdxNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const located = /^(\d+):\d+: ([\s\S]*?)(?: \([a-z-]+:[a-z-]+\))?$/.exec(message);
    return [
      {
        file,
        field: place(located ? Number(located[1]) : undefined),
        message: `The MDX cannot be read: ${located?.[2] ?? message}`,
      },
    ];
  }
  const problems: ContentProblem[] = [];
  const visit = (node: MdxNode) => {
    for (const message of nodeProblems(node)) problems.push({ file, field: place(node.position?.start.line), message });
    // What is inside a refused element goes with it, so it gets no messages of its own.
    if (isJsxElement(node) && !isAllowedName(node.name)) return;
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
