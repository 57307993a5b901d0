import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minifiedScript, minifyReadersScripts, readersScripts } from '../../../../build/search-index/minify-scripts';

const module = `/*! Example 1.0 | MIT License */
const longDescriptiveName = (firstArgument, secondArgument) => {
  const intermediateResult = firstArgument * secondArgument;
  return intermediateResult + 1;
};
export function multiplyAndAddOne(first, second) {
  return longDescriptiveName(first, second);
}
export { longDescriptiveName as renamedExport };
`;

const load = async (code: string) =>
  (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<
    string,
    (a: number, b: number) => number
  >;

describe('minifying Pagefind’s scripts', () => {
  it('makes a script smaller and keeps its exports, what they do and its licence comment', async () => {
    const minified = await minifiedScript(module);
    expect(minified.length).toBeLessThan(module.length * 0.6);
    expect(minified).toContain('/*! Example 1.0 | MIT License */');
    const [before, after] = [await load(module), await load(minified)];
    expect(Object.keys(after).sort()).toEqual(['multiplyAndAddOne', 'renamedExport']);
    expect(after['multiplyAndAddOne']!(6, 7)).toBe(before['multiplyAndAddOne']!(6, 7));
    expect(after['renamedExport']!(2, 3)).toBe(7);
  });

  it('gives the same bytes every time', async () => {
    expect(await minifiedScript(module)).toBe(await minifiedScript(module));
  });
});

describe('minifyReadersScripts', () => {
  it('minifies each script once, and takes it from the cache on the next build', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'minify-cache-'));
    const folders = [mkdtempSync(join(tmpdir(), 'minify-a-')), mkdtempSync(join(tmpdir(), 'minify-b-'))];
    try {
      const written: string[] = [];
      for (const folder of folders) {
        for (const file of readersScripts) writeFileSync(join(folder, file), module);
        const saved = await minifyReadersScripts(folder, cache);
        expect([...saved.keys()].sort()).toEqual([...readersScripts].sort());
        written.push(readFileSync(join(folder, 'pagefind.js'), 'utf8'));
      }
      expect(written[1]).toBe(written[0]);
      expect(written[0]).toBe(await minifiedScript(module));
      // The three scripts are the same here, so the cache holds one minified copy.
      expect(readdirSync(cache)).toHaveLength(1);
    } finally {
      for (const folder of [cache, ...folders]) rmSync(folder, { recursive: true, force: true });
    }
  });
});
