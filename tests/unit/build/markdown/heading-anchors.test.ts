import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluate } from 'satteri';
import { formatProblem, type ContentError } from '../../../../build/content/content-error';
import { headingAnchors } from '../../../../build/markdown/heading-anchors';

// A tiny JSX runtime that renders to an HTML string, so the plugin's output can be read as a
// browser would get it, without Astro.
const Fragment = Symbol('Fragment');
type Node = { type: unknown; props: Record<string, unknown> } | string | number | null | undefined | Node[];
const jsx = (type: unknown, props: unknown) => ({ type, props: props as Record<string, unknown> });
function render(node: Node): string {
  if (node === null || node === undefined) return '';
  if (Array.isArray(node)) return node.map(render).join('');
  if (typeof node !== 'object') return String(node);
  const { children, ...attributes } = node.props as { children?: Node };
  if (node.type === Fragment) return render(children);
  if (typeof node.type === 'function') return render((node.type as (props: unknown) => Node)(node.props));
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => (value === '' || value === true ? ` ${name}` : ` ${name}="${String(value)}"`))
    .join('');
  return `<${String(node.type)}${attributeText}>${render(children)}</${String(node.type)}>`;
}

async function compile(
  source: string,
  file = 'content/procedures/online-harms.mdx',
  selfLinkedCollections: readonly string[] | undefined = undefined,
) {
  const data: Record<string, unknown> = { astro: { frontmatter: {} } };
  const module = await evaluate(source, {
    Fragment,
    jsx,
    jsxs: jsx,
    elementAttributeNameCase: 'html',
    fileURL: pathToFileURL(join(process.cwd(), file)),
    data,
    mdastPlugins: [
      headingAnchors({
        reservedIds: (collection) => (collection === 'procedures' ? ['scope'] : []),
        numberedCollections: ['procedures'],
        ...(selfLinkedCollections ? { selfLinkedCollections } : {}),
      }),
    ],
  });
  const Content = module['default'] as (props: unknown) => Node;
  return { html: render(Content({})), frontmatter: (data['astro'] as { frontmatter: Record<string, unknown> }).frontmatter };
}

describe('the heading-anchors Markdown plugin', () => {
  it('gives a procedure heading its explicit id, its number and a self-link beside it', async () => {
    const { html } = await compile('## Consultation and advice {/* #consultation-and-advice */}\n');
    expect(html).toBe(
      '<div class="section-heading"><h2 id="consultation-and-advice"><span class="section-number">1</span> Consultation and advice</h2>' +
        '<a class="self-link" href="#consultation-and-advice" data-pagefind-ignore><span aria-hidden="true">#</span><span class="sr-only">Link to section 1 Consultation and advice</span></a></div>',
    );
  });

  it('puts each old id on an empty element inside the heading', async () => {
    const { html } = await compile(
      '## Consultation and advice {/* #consultation-and-advice was #consultation #advice-lines */}\n',
    );
    expect(html).toContain(
      '<h2 id="consultation-and-advice"><span id="consultation"></span><span id="advice-lines"></span><span class="section-number">1</span> Consultation and advice</h2>',
    );
  });

  it('numbers subsections and slugs headings without an explicit id', async () => {
    const { frontmatter } = await compile('## Responding to concerns\n\n### Early help\n\n### Early help\n\n## Referral\n');
    expect(frontmatter['sectionHeadings']).toEqual([
      { id: 'responding-to-concerns', depth: 2, number: '1', text: 'Responding to concerns' },
      { id: 'early-help', depth: 3, number: '1.1', text: 'Early help' },
      { id: 'early-help-2', depth: 3, number: '1.2', text: 'Early help' },
      { id: 'referral', depth: 2, number: '2', text: 'Referral' },
    ]);
  });

  it('gives a heading outside the self-linked collections its id and no self-link', async () => {
    const { html } = await compile('## Talk to someone\n', 'content/guidance/getting-help.mdx', ['procedures', 'legislation']);
    expect(html).toBe('<h2 id="talk-to-someone">Talk to someone</h2>');
  });

  it('keeps the self-link on a heading in a self-linked collection', async () => {
    const { html } = await compile('## Scope of the Act\n', 'content/legislation/online-safety-act.mdx', [
      'procedures',
      'legislation',
    ]);
    expect(html).toContain('<a class="self-link" href="#scope-of-the-act"');
  });

  it('does not number headings outside the procedures folder', async () => {
    const { html } = await compile('## Talk to someone\n', 'content/guidance/getting-help.mdx');
    expect(html).toContain(
      '<h2 id="talk-to-someone">Talk to someone</h2><a class="self-link" href="#talk-to-someone" data-pagefind-ignore><span aria-hidden="true">#</span><span class="sr-only">Link to section Talk to someone</span></a>',
    );
  });

  it('leaves h1, h5 and h6 alone', async () => {
    const { frontmatter } = await compile('# Title\n\n##### Small print\n');
    expect(frontmatter['sectionHeadings']).toEqual([]);
  });

  it('leaves an ordinary comment in a heading alone', async () => {
    const { html } = await compile('## Scope of work {/* to check */}\n', 'content/guidance/x.mdx');
    expect(html).toContain('<h2 id="scope-of-work">Scope of work </h2>');
  });

  it('leaves links as written: the print stylesheet shows their full address', async () => {
    const { html } = await compile('See [the contacts](/contacts/).\n', 'content/guidance/x.mdx');
    expect(html).toBe('<p>See <a href="/contacts/">the contacts</a>.</p>');
  });

  it('decorates headings in a file that also has internal links', async () => {
    const { html } = await compile(
      'See [the contacts](/contacts/).\n\n## Helplines {/* #helplines */}\n\n[Childline](/contacts/childline/)\n',
    );
    expect(html).toContain('<h2 id="helplines"><span class="section-number">1</span> Helplines</h2>');
  });

  it('fails with the file, heading, line and id when two headings ask for the same id', async () => {
    const error = await compile('## Consultation {/* #advice */}\n\nText.\n\n## Advice lines {/* #advice */}\n').catch(
      (caught: unknown) => caught as ContentError,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as ContentError).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/procedures/online-harms.mdx → heading "Advice lines" on line 5: Duplicate heading id "advice": the heading "Consultation" on line 1 already has it. Give each heading its own id.",
      ]
    `);
  });

  it('fails when a heading asks for an id the page layout uses', async () => {
    const error = await compile('## Scope {/* #scope */}\n').catch((caught: unknown) => caught as ContentError);
    expect((error as ContentError).problems.map((problem) => problem.message)).toEqual([
      'Duplicate heading id "scope": the page layout already uses it for a section of its own. Give each heading its own id.',
    ]);
  });

  it('fails when an id comment cannot be read', async () => {
    const error = await compile('## Scope {/* #Scope_1 */}\n').catch((caught: unknown) => caught as ContentError);
    expect((error as ContentError).problems.map((problem) => problem.message)).toEqual([
      'The id comment cannot be read. "Scope_1" is not a kebab-case id. Use lower-case letters, digits and single hyphens, for example "consultation-and-advice".',
    ]);
  });
});
