import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeUnusedFiles } from '../../../../build/search-index/unused-files';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('removing what Pagefind writes that no reader loads', () => {
  it('removes Pagefind’s own search interfaces and the WebAssembly of languages the index does not have', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'unused-files-'));
    folders.push(folder);
    writeFileSync(join(folder, 'pagefind-entry.json'), JSON.stringify({ languages: { 'en-gb': { wasm: 'en-gb' } } }));
    const written = [
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-highlight.js',
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-modular-ui.css',
      'pagefind-component-ui.js',
      'pagefind-component-ui.css',
      'pagefind.en-gb_0123456789abc.pf_meta',
      'wasm.en-gb.pagefind',
      'wasm.unknown.pagefind',
    ];
    for (const file of written) writeFileSync(join(folder, file), file);

    const removed = await removeUnusedFiles(folder);

    expect(removed).toEqual([
      'pagefind-component-ui.css',
      'pagefind-component-ui.js',
      'pagefind-modular-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-ui.css',
      'pagefind-ui.js',
      'wasm.unknown.pagefind',
    ]);
    expect(readdirSync(folder).sort()).toEqual([
      'pagefind-entry.json',
      'pagefind-highlight.js',
      'pagefind-worker.js',
      'pagefind.en-gb_0123456789abc.pf_meta',
      'pagefind.js',
      'wasm.en-gb.pagefind',
    ]);
  });
});
