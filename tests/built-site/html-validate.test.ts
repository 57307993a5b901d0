import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distDirectory, listBuiltPages } from '../../tools/built-site/built-pages';

/**
 * Why each rule `.htmlvalidate.json` changes from html-validate's recommended preset differs.
 * html-validate's config schema rejects comments and `$comment` keys, so the reasons live here,
 * and a test below fails when the config and this list disagree.
 */
const justifiedExceptions: Record<string, string> = {
  'long-title':
    'Page titles are "<page title> – Online safety – DDSCP", as GOV.UK titles end in "– GOV.UK": the page\'s own title comes first, so a truncated search result still shows what the page is. WCAG 2.4.2 asks for descriptive titles, not short ones, and content titles are the editors\' to choose.',
  'tel-non-breaking':
    'Phone numbers keep ordinary spaces so readers can copy them and search finds "0344 381 4772" as typed; the stylesheet stops every tel: link from wrapping instead (a[href^="tel:"] { white-space: nowrap }), which the rule cannot see. The test below checks that rule is in the built CSS.',
  'valid-id':
    'Relaxed: glossary terms are anchored by their id, the term\'s file name, and some terms start with a digit ("4cs"). HTML allows any id without spaces; the strict mode only protects CSS selectors, and no stylesheet or script selects these ids. Relaxed mode still rejects empty ids and ids with spaces.',
  'wcag/h32':
    "The one form without a submit button is the contact directory's filter: it is hidden until its script runs, then filters the list in place as the radio buttons change (new content, not a change of context, so WCAG 3.2.2 is met without a button). Every form a reader can use without JavaScript must have a submit button: tests/e2e/no-js.spec.ts checks that on every page.",
};

const dist = distDirectory();
// Redirect stubs too: a host without _redirects support shows them for a moment.
const pages = listBuiltPages(dist);
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
  it('finds every page of the build', () => {
    expect(pages.map((page) => page.path)).toContain('/');
    expect(pages.map((page) => page.path)).toContain('/404.html');
  });

  it('reports no html-validate errors on any built page', async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page.file);
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${page.path} ${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('justifies every rule the config changes from the recommended preset', () => {
    const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as {
      extends: string[];
      rules?: Record<string, unknown>;
    };
    expect(config.extends).toEqual(['html-validate:recommended']);
    expect(Object.keys(config.rules ?? {}).sort()).toEqual(Object.keys(justifiedExceptions).sort());
  });

  it('keeps phone numbers on one line through the stylesheet', () => {
    const stylesheets = readdirSync(join(dist, '_astro')).filter((name) => name.endsWith('.css'));
    const css = stylesheets.map((name) => readFileSync(join(dist, '_astro', name), 'utf8')).join('\n');
    expect(css).toMatch(/a\[href\^=["']?tel\\?:["']?\]\s*\{[^}]*white-space:\s*nowrap/);
  });

  it('catches an invalid page, so the test above can fail', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en-GB"><head><title>Test</title></head><body><header role="banner"><p>Hello</header></body></html>',
      join(dist, 'example.html'),
    );
    expect(report.results.flatMap((result) => result.messages.map((message) => message.ruleId))).toContain('no-redundant-role');
  });
});
