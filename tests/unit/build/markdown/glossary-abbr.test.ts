import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { glossaryAbbr } from '../../../../build/markdown/glossary-abbr';
import { abbreviations, type GlossaryItem } from '../../../../src/lib/content/glossary';

const glossary: GlossaryItem[] = [
  {
    id: 'ceop',
    data: { term: 'CEOP', expansion: 'Child Exploitation and Online Protection', definition: 'x', aliases: ['CEOP Command'] },
  },
  { id: 'csam', data: { term: 'CSAM', expansion: 'Child sexual abuse material', definition: 'x', aliases: [] } },
  {
    id: 'ai-csam',
    data: { term: 'AI-CSAM', expansion: 'AI-generated child sexual abuse material', definition: 'x', aliases: [] },
  },
  { id: 'ukcis', data: { term: 'UKCIS', expansion: 'UK Council for Internet Safety', definition: 'x', aliases: ['UKCCIS'] } },
  { id: 'send', data: { term: 'SEND', expansion: 'Special educational needs and disabilities', definition: 'x', aliases: [] } },
  {
    id: 'dsl',
    data: { term: 'DSL', expansion: 'Designated safeguarding lead', definition: 'x', aliases: ['designated safeguarding lead'] },
  },
  { id: 'grooming', data: { term: 'Grooming', definition: 'x', aliases: [] } },
];
const plugin = glossaryAbbr({ abbreviations: abbreviations(glossary) });
const html = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [plugin] })).html.trim();
const ceop =
  '<a href="/glossary/#ceop" class="glossary-term"><abbr title="Child Exploitation and Online Protection">CEOP</abbr></a>';

describe('glossaryAbbr', () => {
  it('wraps an abbreviation in abbr with its expansion, linked to its glossary entry', async () => {
    expect(await html('Report it to CEOP.')).toBe(`<p>Report it to ${ceop}.</p>`);
  });

  it('marks only the first use on a page', async () => {
    expect(await html('CEOP is a command.\n\nReport to CEOP.')).toBe(`<p>${ceop} is a command.</p>\n<p>Report to CEOP.</p>`);
  });

  it('starts again on the next page', async () => {
    expect([await html('Report to CEOP.'), await html('Report to CEOP.')]).toEqual([
      `<p>Report to ${ceop}.</p>`,
      `<p>Report to ${ceop}.</p>`,
    ]);
  });

  it('leaves headings alone and marks the first use in body text', async () => {
    expect(await html('## What CEOP does\n\nCEOP helps.')).toBe(`<h2>What CEOP does</h2>\n<p>${ceop} helps.</p>`);
  });

  it('leaves link text and code alone', async () => {
    expect(await html('[CEOP](https://www.ceop.police.uk/) and `CSAM`')).toBe(
      '<p><a href="https://www.ceop.police.uk/">CEOP</a> and <code>CSAM</code></p>',
    );
  });

  it('marks abbreviations inside emphasis and list items', async () => {
    expect(await html('- **Ask your DSL**')).toBe(
      '<ul>\n<li><strong>Ask your <a href="/glossary/#dsl" class="glossary-term"><abbr title="Designated safeguarding lead">DSL</abbr></a></strong></li>\n</ul>',
    );
  });

  it('leaves the text inside MDX components alone and marks the first use after them', async () => {
    const { code } = await mdxToJs('Call <ContactLink id="ceop">the CEOP line</ContactLink> or CEOP.', { hastPlugins: [plugin] });
    expect([
      code.includes('children: "the CEOP line"'),
      code.match(/title: "Child Exploitation and Online Protection"/g)?.length,
    ]).toEqual([true, 1]);
  });

  it('finds the longer abbreviation first, and no shorter one inside it', async () => {
    expect(await html('AI-CSAM is CSAM.')).toBe(
      '<p><a href="/glossary/#ai-csam" class="glossary-term"><abbr title="AI-generated child sexual abuse material">AI-CSAM</abbr></a> is <a href="/glossary/#csam" class="glossary-term"><abbr title="Child sexual abuse material">CSAM</abbr></a>.</p>',
    );
  });

  it('matches capitals exactly, so the verb "send" is not SEND', async () => {
    expect(await html('Do not send it. Resources for SEND.')).toBe(
      '<p>Do not send it. Resources for <a href="/glossary/#send" class="glossary-term"><abbr title="Special educational needs and disabilities">SEND</abbr></a>.</p>',
    );
  });

  it('marks a plural and keeps the "s" outside the abbreviation', async () => {
    expect(await html('Ask DSLs.')).toBe(
      '<p>Ask <a href="/glossary/#dsl" class="glossary-term"><abbr title="Designated safeguarding lead">DSL</abbr></a>s.</p>',
    );
  });

  it('explains an older abbreviation as standing for the current term', async () => {
    expect(await html('UKCCIS guidance')).toBe(
      '<p><a href="/glossary/#ukcis" class="glossary-term"><abbr title="UKCIS: UK Council for Internet Safety">UKCCIS</abbr></a> guidance</p>',
    );
  });

  it('does not mark ordinary glossary words that are not abbreviations', async () => {
    expect(await html('Grooming is a crime; a designated safeguarding lead can help.')).toBe(
      '<p>Grooming is a crime; a designated safeguarding lead can help.</p>',
    );
  });
});
