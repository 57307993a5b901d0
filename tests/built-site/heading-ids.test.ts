import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadContent } from '../../build/content/content-files';
import { parseIdComment } from '../../src/lib/content/heading-ids';
import { readDist } from './dist-files';

const { pages } = readDist();
const contentPages = [...pages].filter(
  ([path]) => /^\/[a-z-]+\/[a-z0-9-]+\/$/.test(path) && pages.get(path)?.includes('data-pagefind-body'),
);

describe('section headings in the built site', () => {
  it('gives every heading in the text an id and a self-link to it', () => {
    const missing = contentPages.flatMap(([path, html]) => {
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
    expect([contentPages.length > 3, missing]).toEqual([true, []]);
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
    const result = spawnSync('astro', ['build', '--outDir', join('node_modules/.cache/broken-build/duplicate-heading-id')], {
      env: { ...process.env, CONTENT_DIR: join('tests/fixtures/duplicate-heading-id/content'), FORCE_COLOR: '0' },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      'tests/fixtures/duplicate-heading-id/content/procedures/online-harms.mdx → heading "Advice lines" on line 14: Duplicate heading id "advice": the heading "Consultation and advice" on line 10 already has it. Give each heading its own id.',
    );
  });
});
