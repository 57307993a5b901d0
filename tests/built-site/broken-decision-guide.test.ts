import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('a build with a broken "Worried about a child?" guide', () => {
  it('fails, naming the file, the question and the answer that leads nowhere', () => {
    const result = spawnSync('astro', ['build', '--force'], {
      // Its own output and cache folder (astro.config.mjs), built cold: what the last build cached must not change the result.
      env: {
        ...process.env,
        DIST_DIR: join('node_modules/.cache/broken-build', 'broken-decision-guide'),
        CONTENT_DIR: join('tests/fixtures/broken-decision-guide/content'),
        FORCE_COLOR: '0',
      },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      'content/decision-guide.yaml → question "immediate-danger" → answer "Yes": Leads to "call-99", which is neither a question nor an outcome.',
    );
  });
});
