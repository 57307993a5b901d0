/**
 * A Sätteri mdast plugin (Astro 7's Markdown pipeline; MDX uses the same one) that turns every
 * h2–h4 into a section a link can point at:
 *
 *   <div class="section-heading">
 *     <h2 id="consultation-and-advice"><span id="consultation"></span><span class="section-number">2.1</span> Consultation and advice</h2>
 *     <a class="self-link" href="#consultation-and-advice"><span aria-hidden="true">#</span><span class="sr-only">Link to section 2.1 Consultation and advice</span></a>
 *   </div>
 *
 * The self-link sits beside the heading, not inside it, so the heading's accessible name stays
 * its own text. Old ids are empty spans inside the heading, so an old fragment scrolls to the
 * same place and `:target` styling can reach the section. Ids and numbers come from
 * `src/lib/content/heading-ids.ts` and `build/markdown/section-numbers.ts`; the heading list goes to
 * `remarkPluginFrontmatter.sectionHeadings` for the table of contents.
 */
import { basename, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Heading, Link, PhrasingContent, Text } from 'mdast';
import type { Custom, MdastPluginDefinition, MdastPluginEntry, MdastVisitorContext } from 'satteri';
import { ContentError, type ContentProblem } from '../content/content-error';
import {
  assignHeadingIds,
  headingsFrontmatterKey,
  parseIdComment,
  selfLinkLabel,
  type ExplicitId,
  type HeadingIdProblem,
  type HeadingSource,
  type SectionHeading,
} from '../../src/lib/content/heading-ids';
import { sectionNumbers } from './section-numbers';

export interface HeadingAnchorOptions {
  /** Ids the page layout gives its own sections, for a collection folder name ("procedures"). */
  reservedIds?: (collection: string | undefined) => Iterable<string>;
  /** Collection folders whose sections are numbered 1, 1.1, … */
  numberedCollections?: readonly string[];
  /**
   * Collection folders whose headings get a self-link (and, with JavaScript, "Copy link" and "Cite");
   * headings elsewhere get their id only. Every collection when left out.
   */
  selfLinkedCollections?: readonly string[];
}

const minDepth = 2;
const maxDepth = 4;

function element(tagName: string, properties: Record<string, unknown>, children: (PhrasingContent | Custom)[] = []): Custom {
  return { type: `${tagName}Element`, data: { hName: tagName, hProperties: properties }, children };
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** What the plugin reads from a heading while Sätteri visits it (a node's children cannot be read later). */
interface VisitedHeading extends HeadingSource {
  node: Heading;
  data: Heading['data'];
  /** The id comments, to remove, each with the text just before it if that ends in a space. */
  comments: { node: PhrasingContent; spaceBefore?: { node: Text; trimmed: string } | undefined }[];
}

/** Reads a heading's text, line and id comment. */
function visitHeading(node: Heading, ctx: MdastVisitorContext, problems: HeadingIdProblem[]): VisitedHeading {
  const headingText = ctx.textContent(node).trim();
  const line = node.position?.start.line;
  const describe = line === undefined ? `heading "${headingText}"` : `heading "${headingText}" on line ${line}`;
  const comments: VisitedHeading['comments'] = [];
  let explicit: ExplicitId | undefined;
  node.children.forEach((child, index) => {
    if (child.type !== 'mdxTextExpression') return;
    const result = parseIdComment(child.value);
    if (result.kind === 'not-an-id') return;
    // The comment usually ends the heading; the space the author typed before it goes too.
    const before = node.children[index - 1];
    comments.push({
      node: child,
      spaceBefore:
        before?.type === 'text' && before.value !== before.value.trimEnd()
          ? { node: before, trimmed: before.value.trimEnd() }
          : undefined,
    });
    if (result.kind === 'malformed')
      problems.push({ heading: describe, message: `The id comment cannot be read. ${result.reason}` });
    else if (explicit)
      problems.push({
        heading: describe,
        message: 'The heading has two id comments. Put its id and old ids in one comment: {/* #id was #old-id */}.',
      });
    else explicit = result.value;
  });
  return { node, data: node.data, depth: node.depth, text: headingText, line, explicit, comments };
}

function withProperties(data: Heading['data'] | Link['data'], properties: Record<string, unknown>): Record<string, unknown> {
  const existing = (data ?? {}) as Record<string, unknown>;
  return { ...existing, hProperties: { ...(existing['hProperties'] as Record<string, unknown> | undefined), ...properties } };
}

/**
 * The plugin, as a factory Sätteri calls once per file (the state is per document).
 * @param options the layout's ids, which collections are numbered and which get self-links
 */
export function headingAnchors(options: HeadingAnchorOptions): MdastPluginEntry {
  return (file) => {
    const path = file.fileURL ? fileURLToPath(file.fileURL) : undefined;
    // Decided by the file's folder, so fixtures and CONTENT_DIR trees behave like content/.
    const collection = path ? basename(dirname(path)) : undefined;
    const numbered = collection !== undefined && (options.numberedCollections ?? []).includes(collection);
    const selfLinked =
      options.selfLinkedCollections === undefined ||
      (collection !== undefined && options.selfLinkedCollections.includes(collection));
    const displayPath = path ? relative(process.cwd(), path) : 'Markdown';
    const headings: VisitedHeading[] = [];
    const problems: HeadingIdProblem[] = [];

    const plugin: MdastPluginDefinition = {
      name: 'heading-anchors',
      options: { position: true },
      heading(node, ctx) {
        if (node.depth >= minDepth && node.depth <= maxDepth) headings.push(visitHeading(node, ctx, problems));
      },
      // Ids need every heading at once (explicit ids are claimed first), so the changes wait until here.
      after(_root, ctx) {
        const assigned = assignHeadingIds(headings, options.reservedIds?.(collection) ?? []);
        problems.push(...assigned.problems);
        if (problems.length > 0)
          throw new ContentError(
            problems.map((problem): ContentProblem => ({ file: displayPath, field: problem.heading, message: problem.message })),
          );

        const numbers = numbered ? sectionNumbers(assigned.headings.map((heading) => heading.depth)) : [];
        const list: SectionHeading[] = [];
        headings.forEach((visited, index) => {
          const heading = assigned.headings[index];
          if (!heading) return;
          const number = numbers[index];
          list.push(
            number === undefined
              ? { id: heading.id, depth: heading.depth, text: heading.text }
              : { id: heading.id, depth: heading.depth, number, text: heading.text },
          );
          decorate(visited, { ...heading, number }, selfLinked, ctx);
        });
        const astro = ctx.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
        if (astro?.frontmatter) astro.frontmatter[headingsFrontmatterKey] = list;
      },
    };
    return plugin;
  };
}

function decorate(
  { node, data, comments }: VisitedHeading,
  heading: SectionHeading & { oldIds: string[] },
  selfLinked: boolean,
  ctx: MdastVisitorContext,
): void {
  for (const comment of comments) {
    if (comment.spaceBefore) ctx.setProperty(comment.spaceBefore.node, 'value', comment.spaceBefore.trimmed);
    ctx.removeNode(comment.node);
  }
  ctx.setProperty(node, 'data', withProperties(data, { id: heading.id }));
  const prefix: (PhrasingContent | Custom)[] = heading.oldIds.map((oldId) => element('span', { id: oldId }));
  if (heading.number) prefix.push(element('span', { className: ['section-number'] }, [text(heading.number)]), text(' '));
  if (prefix.length > 0) ctx.prependChild(node, prefix);
  if (!selfLinked) return;
  const selfLink = element('a', { className: ['self-link'], href: `#${heading.id}`, 'data-pagefind-ignore': true }, [
    element('span', { ariaHidden: 'true' }, [text('#')]),
    element('span', { className: ['sr-only'] }, [text(selfLinkLabel(heading))]),
  ]);
  ctx.wrapNode(
    node,
    element('div', { className: ['section-heading'] }, [selfLink]) as Parameters<MdastVisitorContext['wrapNode']>[1],
  );
}
