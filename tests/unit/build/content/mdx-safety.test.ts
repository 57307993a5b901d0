import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { formatProblem } from '../../../../build/content/content-error';
import { findContentProblems } from '../../../../build/content/content-check-integration';
import { assertSafeMdx } from '../../../../build/content/mdx-safety-guard';
import { findUnsafeMdx, isLiteral, isOnlyComments, unsafeScheme } from '../../../../build/content/mdx-safety';

const fixture = (name: string) => join(import.meta.dirname, '../../../fixtures', name, 'content');
const messages = (body: string) => findUnsafeMdx('content/guidance/x.mdx', body).map(formatProblem);

describe('the MDX safety check', () => {
  it('refuses every unsafe thing in the fixture, naming the file, the line and what to do', () => {
    expect(findContentProblems(fixture('unsafe-mdx')).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/guidance/embedded-page.mdx → line 8: <iframe> is not allowed in content: it would load another site inside the page. Remove it.",
        "content/guidance/embedded-page.mdx → line 10: <object> is not allowed in content: it would load a plug-in or another site inside the page. Remove it.",
        "content/guidance/embedded-page.mdx → line 12: <embed> is not allowed in content: it would load a plug-in or another site inside the page. Remove it.",
        "content/guidance/event-handler.mdx → line 8: The attribute "onclick" on <p> would run code in readers' browsers. Remove it.",
        "content/guidance/export-code.mdx → line 10: "export const out = (await import("node:…" is an import or export, which runs code when the site is built. Remove it: the site's components need no import.",
        "content/guidance/export-code.mdx → line 12: "{out}" is code in curly braces, which runs when the site is built. Write the text itself, or a component such as <ContactLink id="…" />. Only comments, {/* … */}, may sit in braces.",
        "content/guidance/expression.mdx → line 8: "{JSON.stringify(process.env)}" is code in curly braces, which runs when the site is built. Write the text itself, or a component such as <ContactLink id="…" />. Only comments, {/* … */}, may sit in braces.",
        "content/guidance/form.mdx → line 8: <form> is not allowed in content: it would send what readers type to another address. Remove it.",
        "content/guidance/meta-refresh.mdx → line 8: <meta> is not allowed in content: it can send readers to another site. Remove it.",
        "content/guidance/property-code.mdx → line 8: The attribute "id" on <ContactLink> is set with code, {process.env.SECRET}, which runs when the site is built. Write the value in quotes: id="…".",
        "content/guidance/script.mdx → line 10: <script> is not allowed in content: it would run code in readers' browsers. Remove it.",
        "content/guidance/style.mdx → line 8: <style> is not allowed in content: it would restyle the whole page. Remove it.",
        "content/guidance/unknown-elements.mdx → line 8: <Widget> is not one of the site's components. Use one of: <Act>, <Contact>, <ContactLink>, <GuidanceLink>, <ProcedureLink>, <RiskLink>, <Phone>.",
        "content/guidance/unknown-elements.mdx → line 10: <video> is not an element content may use. Use Markdown, one of the site's components, or one of: p, br, hr, span, div, section, aside, blockquote, figure, figcaption, details, summary, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, table, caption, colgroup, col, thead, tbody, tfoot, tr, th, td, strong, em, b, i, u, s, small, sub, sup, abbr, cite, code, kbd, mark, q, time, del, ins, pre.",
        "content/guidance/unknown-elements.mdx → line 12: The attribute "style" is not allowed on <p>. Use only: class, id, title, lang, dir, role, tabindex, scope, colspan, rowspan, headers, span, abbr, datetime, cite, open, start, reversed, type, value and aria-* attributes.",
        "content/guidance/unreadable.mdx → line 10: The MDX cannot be read: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`)",
        "content/guidance/unsafe-addresses.mdx → line 8: The address "javascript:alert(1)" starts with "javascript:", which can run code or hide a whole page inside a link. Use a web address (https://…) or a path on this site (/contacts/).",
        "content/guidance/unsafe-addresses.mdx → line 8: The address "data:image/svg+xml;base64,PHN2Zz4=" starts with "data:", which can run code or hide a whole page inside a link. Use a web address (https://…) or a path on this site (/contacts/).",
        "content/guidance/unsafe-addresses.mdx → line 10: The address "JaVaScRiPt:alert(1)" starts with "javascript:", which can run code or hide a whole page inside a link. Use a web address (https://…) or a path on this site (/contacts/).",
      ]
    `);
  });

  it('accepts Markdown, the components with literal properties, id comments and the allowed HTML', () => {
    expect(
      messages(
        [
          '## Consultation and advice {/* #consultation-and-advice was #advice */}',
          '',
          'Call <ContactLink id="childline" phone /> or see <Act id="serious-crime-act-2015" section="67" />.',
          '',
          '<Contact id="childline" level={3} />',
          '',
          '[A link](https://www.childline.org.uk/) and [another](/contacts/) and ![A picture](/favicon.svg).',
          '',
          '<section class="table-scroll" aria-labelledby="caption" tabindex="0">',
          '<table><caption id="caption">Risks</caption><tbody><tr><th scope="row">Content</th><td>Harmful</td></tr></tbody></table>',
          '</section>',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('gives the line in the file, counting the frontmatter', () => {
    expect(findUnsafeMdx('content/guidance/x.mdx', 'Text.\n\n{process.env}\n', 8)[0]?.field).toBe('line 10');
  });

  it('refuses what is inside a refused element only once', () => {
    expect(messages('<script>{"alert(1)"}</script>')).toEqual([
      "content/guidance/x.mdx → line 1: <script> is not allowed in content: it would run code in readers' browsers. Remove it.",
    ]);
  });

  it('refuses a spread of properties into a component', () => {
    expect(messages('<Act {...process.env} />')).toEqual([
      'content/guidance/x.mdx → line 1: <Act> has "{...process.env}" among its attributes. That is code, which runs when the site is built; write each attribute as name="value".',
    ]);
  });

  it('refuses raw links and images, which would skip the site’s link handling', () => {
    expect(messages('<a href="https://example.org/">x</a>')).toEqual([
      "content/guidance/x.mdx → line 1: <a> is not allowed in content: write links in Markdown instead, [text](address), so they get the site's link handling. Remove it.",
    ]);
  });

  it('refuses an unsafe address in a link definition', () => {
    expect(messages('See [the page][page].\n\n[page]: javascript:alert(1)\n')).toHaveLength(1);
  });
});

describe('isOnlyComments', () => {
  it('accepts block and line comments', () => {
    expect([isOnlyComments('/* #id */'), isOnlyComments(' /* a */ // b\n /* c */ ')]).toEqual([true, true]);
  });

  it('refuses code hidden between comments, read left to right as JavaScript reads it', () => {
    expect([isOnlyComments('/* a */ process.env'), isOnlyComments('// /*\nprocess.env //*/'), isOnlyComments('/* open')]).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('isLiteral', () => {
  it('accepts numbers, booleans and plain strings', () => {
    expect(['3', '-1.5', 'true', 'false', '"x"', "'y'"].map(isLiteral)).toEqual([true, true, true, true, true, true]);
  });

  it('refuses anything that computes', () => {
    expect(['1 + 1', 'process.env.X', '`x`', '"a" + "b"', '"\\u0041"', 'x'].map(isLiteral)).toEqual([false, false, false, false, false, false]);
  });
});

describe('unsafeScheme', () => {
  it('reads a scheme the way browsers do, ignoring case, spaces and control characters', () => {
    expect(['javascript:x', ' JavaScript:x', 'java\tscript:x', 'data:text/html,x', 'VBScript:x'].map(unsafeScheme)).toEqual([
      'javascript',
      'javascript',
      'javascript',
      'data',
      'vbscript',
    ]);
  });

  it('lets web addresses, paths, fragments and mail links through', () => {
    expect(['https://example.org/', '/contacts/', '#scope', 'mailto:a@b.org', 'tel:0800'].map(unsafeScheme)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('the MDX safety guard run before each MDX file is rendered', () => {
  const source = '\uFEFF---\ntitle: Edited while the dev server runs\n---\n\nexport const leak = process.env\n';

  it('refuses an unsafe file it is about to compile, naming the file and its line', () => {
    expect(() => assertSafeMdx(join(process.cwd(), 'content/guidance/x.mdx'), source)).toThrow(
      'content/guidance/x.mdx → line 5: "export const leak = process.env" is an import or export, which runs code when the site is built.',
    );
  });

  it('lets a safe file through', () => {
    expect(() => assertSafeMdx('content/guidance/x.mdx', '---\ntitle: Fine\n---\n\nCall <ContactLink id="childline" phone />.\n')).not.toThrow();
  });
});
