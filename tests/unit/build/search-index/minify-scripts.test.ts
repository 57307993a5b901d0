import { describe, expect, it } from 'vitest';
import { minifiedScript } from '../../../../build/search-index/minify-scripts';

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
