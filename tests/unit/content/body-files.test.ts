import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyFileName, readBodyFile, writeBodyFile } from '../../../src/lib/content/body-files';

const folder = join(process.cwd(), 'node_modules/.cache/body-files-test');

describe('rendered bodies kept in files of their own', () => {
  it('are named by what they hold, so a changed body gets a new file and an old one never changes', () => {
    expect(bodyFileName('<p>A</p>')).toBe(bodyFileName('<p>A</p>'));
    expect(bodyFileName('<p>A</p>')).not.toBe(bodyFileName('<p>B</p>'));
    expect(bodyFileName('<p>A</p>')).toMatch(/^[0-9a-f]{32}\.html$/);
  });

  it('are written once, read back whole, and named by a path relative to the project', () => {
    rmSync(folder, { recursive: true, force: true });
    const path = writeBodyFile(folder, '<p>Call <entry-component name="Phone" props="{}"></entry-component></p>');
    expect(path).toBe(`node_modules/.cache/body-files-test/${bodyFileName('<p>Call <entry-component name="Phone" props="{}"></entry-component></p>')}`);
    expect(readBodyFile(path)).toBe('<p>Call <entry-component name="Phone" props="{}"></entry-component></p>');
    // Already there: left as it is.
    writeFileSync(join(folder, path.split('/').at(-1) ?? ''), 'kept');
    expect(writeBodyFile(folder, '<p>Call <entry-component name="Phone" props="{}"></entry-component></p>')).toBe(path);
    expect(readFileSync(path, 'utf8')).toBe('kept');
  });

  it('say what to do when the cache lost a body the store still names', () => {
    expect(() => readBodyFile('node_modules/.cache/body-files-test/missing.html')).toThrow('Build again with a cold cache');
  });
});
