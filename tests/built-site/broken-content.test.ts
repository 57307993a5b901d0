import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

function buildWith(fixture: string) {
  return spawnSync('astro', ['build', '--outDir', join('node_modules/.cache/broken-build', fixture)], {
    env: { ...process.env, CONTENT_DIR: join('tests/fixtures', fixture, 'content'), FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
}

describe('a build with broken content', () => {
  it('fails, naming the file, the field and the missing id', () => {
    const result = buildWith('dangling-reference');
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      'content/procedures/online-harms.mdx → legislation.0: No legislation entry has the id "online-safety-act-2024".',
    );
  });
});
