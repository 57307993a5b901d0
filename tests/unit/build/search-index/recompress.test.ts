import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { recompressEveryQueryFiles } from '../../../../build/search-index/recompress';

const folders: string[] = [];
const tempFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'recompress-'));
  folders.push(folder);
  return folder;
};
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

// Repetitive enough that a better compressor finds more to share than gzip's fastest level.
const pagefindFile = (seed: string) =>
  Buffer.from(`pagefind_dcd${Array.from({ length: 400 }, (_, i) => `${seed}-${(i * 7919) % 613}`).join(',')}`);

describe('recompressing the files every search fetches', () => {
  it('writes the WebAssembly and the metadata as smaller gzips of the same bytes, and nothing else', async () => {
    const folder = tempFolder();
    const files = {
      'wasm.en-gb.pagefind': pagefindFile('wasm'),
      'pagefind.en-gb_0123456789abc.pf_meta': pagefindFile('meta'),
      'pagefind-entry.json': pagefindFile('entry'),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), gzipSync(bytes, { level: 1 }));

    const saved = await recompressEveryQueryFiles(folder, tempFolder());

    expect([...saved.keys()]).toEqual(['pagefind.en-gb_0123456789abc.pf_meta', 'wasm.en-gb.pagefind']);
    for (const [name, bytes] of Object.entries(files)) {
      const written = readFileSync(join(folder, name));
      expect(gunzipSync(written)).toEqual(bytes);
      if (saved.has(name)) expect(written.length).toBe(gzipSync(bytes, { level: 1 }).length - saved.get(name)!);
      else expect(written).toEqual(gzipSync(bytes, { level: 1 }));
    }
  });

  it('gives the same bytes every time, and takes the WebAssembly from the cache once compressed', async () => {
    const cache = tempFolder();
    const runs: Buffer[] = [];
    for (let run = 0; run < 2; run += 1) {
      const folder = tempFolder();
      writeFileSync(join(folder, 'wasm.en-gb.pagefind'), gzipSync(pagefindFile('wasm'), { level: 1 }));
      await recompressEveryQueryFiles(folder, cache);
      runs.push(readFileSync(join(folder, 'wasm.en-gb.pagefind')));
    }
    expect(runs[1]).toEqual(runs[0]);
    const cached = readdirSync(cache);
    expect(cached).toHaveLength(1);
    expect(readFileSync(join(cache, cached[0]!))).toEqual(runs[0]);
  });
});
