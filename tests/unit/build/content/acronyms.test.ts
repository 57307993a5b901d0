import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { acronymsIn, missingAcronyms, readableText } from '../../../../build/content/acronyms';

describe('acronyms in the content', () => {
  it('finds every acronym the content uses in the glossary', () => {
    expect(missingAcronyms()).toEqual([]);
  });

  it('lists the file and the acronym when content uses one the glossary lacks', () => {
    expect(missingAcronyms(join(import.meta.dirname, '../../../fixtures/missing-acronym/content'))).toMatchInlineSnapshot(`
      [
        "content/guidance/reporting.mdx: IWF",
        "content/guidance/reporting.mdx: DSL",
      ]
    `);
  });
});

describe('acronymsIn', () => {
  it('finds capitals, digits, joined parts and a trailing plus, once each', () => {
    expect(acronymsIn('CEOP and KS1, AI-CSAM, CO:RE, LGBTQ+ and DSLs; CEOP again.')).toEqual(['CEOP', 'KS1', 'AI-CSAM', 'CO:RE', 'LGBTQ+', 'DSL']);
  });

  it('ignores words with a single capital and mixed-case names', () => {
    expect(acronymsIn('Childline, A1, SWGfL and I')).toEqual([]);
  });
});

describe('readableText', () => {
  it('drops code, comments, component tags and link addresses', () => {
    expect(acronymsIn(readableText('## Heading {/* #heading */}\n\n`XYZ` <ContactLink id="childline" /> [site](https://x.org/ABC) ```\nQRS\n``` text'))).toEqual([]);
  });
});
