import { describe, expect, it } from 'vitest';
import { plainText, readingGrade } from '../../../../tools/report/reading-grade';

const titles: Record<string, string> = {
  'contacts/childline': 'Childline',
  'legislation/serious-crime-act-2015': 'Serious Crime Act 2015',
  'procedures/domestic-abuse': 'Domestic abuse',
};
const names = (collection: string, id: string) => titles[`${collection}/${id}`];

describe('the plain text of an MDX body', () => {
  it('leaves out frontmatter, imports, comments and code', () => {
    expect(
      plainText(
        '---\ntitle: x\n---\nimport X from "./x";\n\nSay hello. {/* #hello */}\n\n<!-- note -->\n\n```js\nconst a = 1;\n```\n',
      ),
    ).toBe('Say hello.');
  });

  it('reads inline components as the name of the entry they link to', () => {
    expect(
      plainText('Call <ContactLink id="childline" phone /> today. See <Act id="serious-crime-act-2015" section="67" />.', names),
    ).toBe('Call Childline today. See section 67 of the Serious Crime Act 2015.');
  });

  it('keeps the words between paired tags and drops block components', () => {
    expect(
      plainText(
        'Read <ProcedureLink id="domestic-abuse">the procedure</ProcedureLink> first.\n\n<Contact id="childline" />\n\nThen act.',
        names,
      ),
    ).toBe('Read the procedure first. Then act.');
  });

  it('removes Markdown marks and keeps link text', () => {
    expect(
      plainText('> **Do not** delete *anything*. Read [the advice](/guidance/x/) and `save it`.\n\n![A picture](/a.png)'),
    ).toBe('Do not delete anything. Read the advice and save it.');
  });

  it('makes each heading, list item and table row a sentence of its own', () => {
    expect(
      plainText(
        '## What to do\n\nYou can:\n\n- stay calm\n- listen\n  to them\n\n| Who | When |\n|---|---|\n| Childline | any time |',
      ),
    ).toBe('What to do. You can. stay calm. listen to them. Who, When. Childline, any time.');
  });
});

describe('the reading grade', () => {
  it('is the Flesch–Kincaid grade to one decimal place', () => {
    // 6 words, 2 sentences, 6 syllables: 0.39 × 3 + 11.8 × 1 − 15.59 = −2.62.
    expect(readingGrade('The cat sat. The dog ran.')).toEqual({ grade: -2.6, words: 6, sentences: 2, syllables: 6 });
  });

  it('does not count numbers as words', () => {
    expect(readingGrade('Call 999 or 0800 1111.').words).toBe(2);
  });

  it('does not end a sentence at "e.g." or "etc."', () => {
    expect(readingGrade('Use a setting, e.g. a filter, etc. on the phone.').sentences).toBe(1);
  });

  it('rises for long sentences of long words', () => {
    expect(
      readingGrade(
        'Practitioners should consider the multifaceted vulnerabilities associated with problematic technology utilisation.',
      ).grade,
    ).toBeGreaterThan(readingGrade('Talk to someone you trust. It is not your fault.').grade!);
  });

  it('has no grade for text without words', () => {
    expect(readingGrade('999.').grade).toBeUndefined();
  });
});
