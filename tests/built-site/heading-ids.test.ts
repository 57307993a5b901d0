import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadContent } from '../../build/content/content-files';
import { parseIdComment } from '../../src/lib/content/heading-ids';
import { readDist } from './dist-files';
import { isCitedCollection } from '../../src/lib/pages/citation';
import { collectionNames, type CollectionName } from '../../src/schemas';

const { pages } = readDist();
const contentPages = [...pages].filter(
  ([path]) =>
    /^\/[a-z-]+\/[a-z0-9-]+\/$/.test(path) &&
    collectionNames.includes(path.split('/')[1] as CollectionName) &&
    pages.get(path)?.includes('data-pagefind-body'),
);

describe('section headings in the built site', () => {
  it('gives every heading on every page an id, so any section can be linked to', () => {
    const missing = [...pages].flatMap(([path, html]) =>
      [...html.matchAll(/<h([2-6])(\s[^>]*)?>/g)]
        .filter(([, , attributes = '']) => !/\sid="[^"]+"/.test(attributes))
        .map(([tag]) => `${path}: ${tag}`),
    );
    expect([pages.size > 50, missing]).toEqual([true, []]);
  });

  it('gives every heading in the text of a procedure, legislation, risk or document a self-link', () => {
    const cited = contentPages.filter(([path]) => isCitedCollection(path.split('/')[1]));
    const missing = cited.flatMap(([path, html]) => {
      const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
      // Headings of the page furniture, not sections: the contents list's title and contact cards' names.
      const headings = [...article.matchAll(/(<div class="section-heading">\s*)?<h([234])([^>]*)>/g)].filter(
        ([, , , attributes = '']) => !/id="(contents|contact-[a-z0-9-]+)"/.test(attributes),
      );
      return headings.flatMap(([tag, wrapper, , attributes = '']) => {
        const id = /id="([^"]+)"/.exec(attributes)?.[1];
        if (!wrapper || !id) return [`${path}: ${tag} has no id or is not a linkable section`];
        return article.includes(`<a class="self-link" href="#${id}"`) ? [] : [`${path}: #${id} has no self-link`];
      });
    });
    expect([cited.length > 3, missing]).toEqual([true, []]);
  });

  it('gives guidance and contact pages one "Share this page by email" link and no per-heading links or citation', () => {
    const shared = contentPages.filter(([path]) => !isCitedCollection(path.split('/')[1]));
    const wrong = shared.flatMap(([path, html]) => {
      const problems = [];
      if ((html.match(/>Share this page by email</g) ?? []).length !== 1) problems.push('not one share link');
      if (html.includes('class="self-link"')) problems.push('a self-link');
      if (html.includes('data-cite-title')) problems.push('a citation');
      return problems.map((problem) => `${path}: ${problem}`);
    });
    expect([shared.length > 3, wrong]).toEqual([true, []]);
  });

  it('numbers the sections of a procedure and not of other pages', () => {
    const numbered = contentPages
      .filter(([, html]) => html.includes('class="section-number"'))
      .map(([path]) => path.split('/')[1]);
    expect([numbered.length > 0, [...new Set(numbered)]]).toEqual([true, ['procedures']]);
  });

  it('keeps every old id a heading lists on its page', () => {
    const oldIds = loadContent().entries.flatMap((entry) => {
      const comments = [...entry.body.matchAll(/^#{2,4} .*\{\/\*(.*?)\*\/\}\s*$/gm)].map((match) =>
        parseIdComment(match[1] ?? ''),
      );
      const fromText = comments.flatMap((comment) => (comment.kind === 'id' ? comment.value.oldIds : []));
      // Every procedure's Scope section also answers to the manual's "Scope of this chapter".
      return [...fromText, ...(entry.collection === 'procedures' ? ['scope-of-this-chapter'] : [])].map((oldId) => ({
        path: `/${entry.collection}/${entry.id}/`,
        oldId,
      }));
    });
    const lost = oldIds.filter(({ path, oldId }) => !pages.get(path)?.includes(`<span id="${oldId}"></span>`));
    expect([oldIds.length > 0, lost]).toEqual([true, []]);
  });

  it('fails the build when two headings in one file ask for the same id, naming the file, heading and id', () => {
    const result = spawnSync('astro', ['build', '--force'], {
      // Its own output and cache folder (astro.config.mjs), built cold: what the last build cached must not change the result.
      env: {
        ...process.env,
        DIST_DIR: join('node_modules/.cache/broken-build/duplicate-heading-id'),
        CONTENT_DIR: join('tests/fixtures/duplicate-heading-id/content'),
        FORCE_COLOR: '0',
      },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      'tests/fixtures/duplicate-heading-id/content/procedures/online-harms.mdx → heading "Advice lines" on line 14: Duplicate heading id "advice": the heading "Consultation and advice" on line 10 already has it. Give each heading its own id.',
    );
  });
});
