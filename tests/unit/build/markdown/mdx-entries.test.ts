import { describe, expect, it } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { bodyFileKey, readBodyFile, renderErrorKey } from '../../../../src/lib/content/body-files';
import { mdxEntries } from '../../../../build/markdown/mdx-entries';
import { headingAnchors } from '../../../../build/markdown/heading-anchors';

interface EntryType {
  extensions: string[];
  getEntryInfo(params: { fileUrl: URL; contents: string }): { data: Record<string, unknown>; body: string };
  getRenderFunction(
    config: unknown,
  ): Promise<
    (entry: {
      data: Record<string, unknown>;
      body: string;
      filePath: string;
    }) => Promise<{ html: string; metadata: Record<string, unknown> }>
  >;
}

/** The integration's `.mdx` entry type, its render function and its build-start hook, with the site's heading plugin. */
async function setUp() {
  const types: EntryType[] = [];
  const integration = mdxEntries();
  (integration.hooks['astro:config:setup'] as (params: unknown) => void)({
    addContentEntryType: (type: EntryType) => types.push(type),
  });
  const [type] = types;
  if (!type) throw new Error('No entry type was added.');
  const processor = satteri({ mdastPlugins: [headingAnchors({})] });
  const cacheDir = pathToFileURL(join(process.cwd(), 'node_modules/.cache/mdx-entries/'));
  const render = await type.getRenderFunction({ markdown: { processor, gfm: true, smartypants: true }, cacheDir });
  const buildStart = integration.hooks['astro:build:start'] as () => void;
  return { type, render, buildStart };
}

const file = (name: string) => join(process.cwd(), 'content/guidance', name);

describe('MDX entries rendered by the content layer', () => {
  it('are the .mdx files, with their frontmatter as data and the headings for the table of contents', async () => {
    const { type, render, buildStart } = await setUp();
    expect(type.extensions).toEqual(['.mdx']);
    const contents = '---\ntitle: Help\n---\n\n## Where to go\n\nCall <ContactLink id="childline" phone />.\n';
    const { data, body } = type.getEntryInfo({ fileUrl: new URL('file:///x.mdx'), contents });
    expect(data).toEqual({ title: 'Help' });
    const rendered = await render({ data, body, filePath: file('help.mdx') });
    // The HTML is kept in a file of its own, out of the store the bundler holds.
    expect(rendered.html).toBe('');
    const bodyFile = rendered.metadata[bodyFileKey];
    expect(bodyFile).toMatch(/^node_modules\/\.cache\/mdx-entries\/entry-bodies\/[0-9a-f]{32}\.html$/);
    expect(readBodyFile(String(bodyFile))).toContain('<p>Call <entry-component name="ContactLink"');
    expect(rendered.metadata['frontmatter']).toMatchObject({
      title: 'Help',
      sectionHeadings: [{ id: 'where-to-go', depth: 2, text: 'Where to go' }],
    });
    expect(rendered.metadata['headings']).toEqual([{ depth: 2, slug: 'where-to-go', text: 'Where to go' }]);
    expect(() => buildStart()).not.toThrow();
  });

  it('refuse an unsafe body without running it, keep the reason with the entry, and fail the build', async () => {
    const marker = 'node_modules/.cache/mdx-entries-ran';
    rmSync(marker, { force: true });
    const { render, buildStart } = await setUp();
    const body = `\n\nexport const x = (await import('node:fs')).writeFileSync('${marker}', '')\n`;
    const rendered = await render({ data: {}, body, filePath: file('unsafe.mdx') });
    expect(existsSync(marker)).toBe(false);
    expect(rendered.html).toBe('');
    expect(rendered.metadata[renderErrorKey]).toContain('content/guidance/unsafe.mdx → line 3:');
    expect(() => buildStart()).toThrow('content/guidance/unsafe.mdx → line 3:');
  });

  it('report a duplicate heading id on the line it has in the file', async () => {
    const { type, render, buildStart } = await setUp();
    const { data, body } = type.getEntryInfo({
      fileUrl: new URL('file:///x.mdx'),
      contents: '---\ntitle: A\n---\n\n## One {/* #same */}\n\n## Two {/* #same */}\n',
    });
    const rendered = await render({ data, body, filePath: file('twice.mdx') });
    expect(rendered.metadata[renderErrorKey]).toContain(
      'content/guidance/twice.mdx → heading "Two" on line 7: Duplicate heading id "same"',
    );
    expect(() => buildStart()).toThrow('Duplicate heading id "same"');
  });
});
