import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readQuerySet } from '../../../../tools/built-site/search-in-node';

describe('readQuerySet', () => {
  const folder = mkdtempSync(join(tmpdir(), 'query-set-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const write = (yaml: string) => {
    const file = join(folder, 'queries.yaml');
    writeFileSync(file, yaml);
    return file;
  };

  it('reads each query with its class, page and any known miss', () => {
    const file = write(
      "- { class: number, query: '08001111', page: /contacts/childline/ }\n- { class: topic, query: loot boxes, page: /risks/commerce/, miss: no source says it }\n",
    );
    expect(readQuerySet(file)).toEqual([
      { class: 'number', query: '08001111', page: '/contacts/childline/' },
      { class: 'topic', query: 'loot boxes', page: '/risks/commerce/', miss: 'no source says it' },
    ]);
  });

  it('names the entry and the field when a number is not in quotes, and a page is not an address', () => {
    const file = write(
      '- { class: number, query: 0800 1111, page: /contacts/childline/ }\n- { class: number, query: +448001111, page: contacts/childline }\n',
    );
    expect(() => readQuerySet(file)).toThrow(
      `${file}: entry 2, query: must be text: put a number in quotes, as in query: '08001111'; entry 2, page: must be an address on this site, starting with /`,
    );
  });
});
