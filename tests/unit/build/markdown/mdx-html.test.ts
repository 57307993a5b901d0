import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { attributesHtml, elementHtml, mdxToHtml } from '../../../../build/markdown/mdx-html';
import { externalLinks } from '../../../../build/markdown/external-links';
import { splitEntry } from '../../../../build/markdown/mdx-entries';
import { splitBody } from '../../../../src/lib/content/component-placeholders';
import { mdxComponentNames } from '../../../../src/components/mdx/component-names';

const render = async (body: string) =>
  (
    await mdxToHtml(body, {
      mdastPlugins: [],
      hastPlugins: [externalLinks('https://example.org')],
      features: { gfm: true, smartPunctuation: true },
      componentNames: mdxComponentNames,
    })
  ).html;

describe('MDX rendered to HTML in the content layer', () => {
  it('renders Markdown without components exactly as Markdown', async () => {
    const body = '## Help\n\nSome *text* with a [link](/contacts/) and "quotes".\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    // Markdown ends with a line break after the last block; MDX, like Astro's MDX, does not.
    expect(await render(body)).toBe(markdownToHtml(body, { features: { gfm: true, smartPunctuation: true } }).html.trimEnd());
  });

  it('keeps each component as a placeholder, with its literal properties, inside the elements around it', async () => {
    const html = await render(
      'Call <ContactLink id="childline" phone /> or read <GuidanceLink id="getting-help">our *advice*</GuidanceLink>.\n\n<Contact id="childline" level={3} />\n',
    );
    expect(splitBody(html)).toEqual([
      '<p>Call ',
      { name: 'ContactLink', props: { id: 'childline', phone: true }, children: undefined },
      ' or read ',
      { name: 'GuidanceLink', props: { id: 'getting-help' }, children: ['our <em>advice</em>'] },
      '.</p>\n',
      { name: 'Contact', props: { id: 'childline', level: 3 }, children: undefined },
    ]);
  });

  it('writes the elements around components as Astro writes JSX: text escaped, attributes in order', async () => {
    const html = await render('<div class="note" title="A & B">Tom & Jerry <ContactLink id="childline" /><br /></div>\n');
    expect(html).toMatch(
      /^<div class="note" title="A &amp; B">Tom &amp; Jerry <entry-component name="ContactLink" [^>]*><\/entry-component><br><\/div>$/,
    );
  });

  it('adds rel="noreferrer" to links that leave the site, beside components too', async () => {
    expect(await render('[NSPCC](https://www.nspcc.org.uk/) and [home](/) and <Phone id="childline" />\n')).toContain(
      '<a href="https://www.nspcc.org.uk/" rel="noreferrer">NSPCC</a> and <a href="/">home</a> and <entry-component',
    );
    expect(await render('[NSPCC](https://www.nspcc.org.uk/ "Its site")\n')).toBe(
      '<p><a href="https://www.nspcc.org.uk/" title="Its site" rel="noreferrer">NSPCC</a></p>',
    );
  });

  it('renders an id comment as nothing', async () => {
    expect(await render('Text {/* a note */} here.\n')).toBe('<p>Text  here.</p>');
  });
});

describe('the pieces of HTML it writes', () => {
  it('escapes text and attribute values as Astro does (&, <, >, \' and ")', () => {
    expect(elementHtml('abbr', { title: `Tom & Jerry's "show"`, children: '<b>1 > 0</b>' })).toBe(
      '<abbr title="Tom &amp; Jerry&#39;s &quot;show&quot;">&lt;b&gt;1 &gt; 0&lt;/b&gt;</abbr>',
    );
  });

  it('writes attributes: true and empty as a bare name, false boolean attributes not at all', () => {
    expect(
      attributesHtml({ class: 'a b', open: true, reversed: false, title: '', colspan: 2, id: undefined, children: 'x' }),
    ).toBe(' class="a b" open title colspan="2"');
  });

  it('closes an empty void element itself, as Astro does', () => {
    expect(elementHtml('br', {})).toBe('<br/>');
    expect(elementHtml('td', { children: ['a', 1] })).toBe('<td>a1</td>');
  });
});

describe('an MDX file read as an entry', () => {
  it("keeps the body on the lines it has in the file, so errors name the file's lines", () => {
    const { data, body } = splitEntry('---\ntitle: A\nlastUpdated: 2025-03-01\n---\n\n## Heading\n');
    expect(data).toEqual({ title: 'A', lastUpdated: new Date('2025-03-01') });
    expect(body.split('\n')[5]).toBe('## Heading');
  });
});
