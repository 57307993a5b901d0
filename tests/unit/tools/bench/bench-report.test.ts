import { describe, expect, it } from 'vitest';
import { formatBytes, markdownTable, weightTable } from '../../../../tools/bench/bench-report';
import type { PageWeight } from '../../../../tools/built-site/page-weight';

function weight(path: string, type: PageWeight['type'], html: number): PageWeight {
  return {
    path,
    type,
    html: { raw: html, gzip: html / 4 },
    css: { raw: 20_000, gzip: 4_000 },
    js: { raw: 100, gzip: 90 },
    stylesheets: [],
    scripts: [],
    firstLoadGzip: html / 4 + 4_090,
  };
}

describe('markdownTable', () => {
  it('pads columns and right-aligns numbers', () => {
    expect(
      markdownTable(
        ['type', 'bytes'],
        [
          ['home', 12],
          ['procedure', 1234],
        ],
      ),
    ).toMatchInlineSnapshot(`
      "| type      | bytes |
      | --------- | ----: |
      | home      |    12 |
      | procedure |  1234 |"
    `);
  });
});

describe('formatBytes', () => {
  it('groups thousands', () => {
    expect(formatBytes(14600)).toBe('14,600');
  });
});

describe('weightTable', () => {
  it('reports median and max per page type, leaving out types with no pages', () => {
    expect(
      weightTable([
        weight('/', 'home', 8000),
        weight('/procedures/a/', 'procedure', 4000),
        weight('/procedures/b/', 'procedure', 12000),
        weight('/procedures/c/', 'procedure', 6000),
      ]),
    ).toMatchInlineSnapshot(`
      "| page type | pages |       HTML raw |     HTML gzip |         CSS raw |      CSS gzip |    JS raw | JS gzip | first load gzip |
      | --------- | ----: | -------------: | ------------: | --------------: | ------------: | --------: | ------: | --------------: |
      | home      |     1 |  8,000 / 8,000 | 2,000 / 2,000 | 20,000 / 20,000 | 4,000 / 4,000 | 100 / 100 | 90 / 90 |   6,090 / 6,090 |
      | procedure |     3 | 6,000 / 12,000 | 1,500 / 3,000 | 20,000 / 20,000 | 4,000 / 4,000 | 100 / 100 | 90 / 90 |   5,590 / 7,090 |"
    `);
  });
});
