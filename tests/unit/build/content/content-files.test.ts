import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { formatProblem } from '../../../../build/content/content-error';
import { loadContent, plainMarkdownProblems } from '../../../../build/content/content-files';

const fixture = (name: string) => join(import.meta.dirname, '../../../fixtures', name, 'content');

describe('plain Markdown entries (.md)', () => {
  it('loads a .md entry like an .mdx one, its id the file name without the extension', () => {
    const { entries } = loadContent(fixture('component-in-markdown'));
    expect(entries.map((entry) => [entry.collection, entry.id, entry.file])).toEqual([
      ['guidance', 'getting-help', 'content/guidance/getting-help.md'],
    ]);
  });

  it('errors on a component or an id comment in a .md file, which would show as text', () => {
    expect(loadContent(fixture('component-in-markdown')).problems.map(formatProblem)).toEqual([
      'content/guidance/getting-help.md → body line 2: Found an id comment {/* … */}, which plain Markdown (.md) shows as text. Rename the file to .mdx to use components and id comments.',
      'content/guidance/getting-help.md → body line 4: Found the component <ContactLink>, which plain Markdown (.md) shows as text. Rename the file to .mdx to use components and id comments.',
    ]);
  });

  it('accepts headings, lists, tables, links and inline HTML in lower case', () => {
    const body = '## Signs\n\n- One\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\nSee [help](/guidance/help/) and <abbr title="x">X</abbr>.';
    expect(plainMarkdownProblems('content/guidance/x.md', body)).toEqual([]);
  });
});
