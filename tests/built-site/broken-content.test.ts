import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findContentProblems } from '../../build/content/content-check-integration';
import { ContentError } from '../../build/content/content-error';

function buildWith(fixture: string) {
  return spawnSync('astro', ['build', '--force'], {
    // Its own output and cache folder (astro.config.mjs), built cold: what the last build cached must not change the result.
    env: {
      ...process.env,
      DIST_DIR: join('node_modules/.cache/broken-build', fixture),
      CONTENT_DIR: join('tests/fixtures', fixture, 'content'),
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
  });
}

/**
 * The message the build's content check fails `astro build` with for a fixture's content: the
 * check (build/content/content-check-integration.ts) throws this error as the build starts, before
 * anything is compiled. The first test runs the real build and finds this whole message in its
 * output; the others ask the check alone, which takes a fraction of a build's time.
 */
function contentCheckMessage(fixture: string): string {
  return new ContentError(findContentProblems(join('tests/fixtures', fixture, 'content'))).message;
}

describe('a build with broken content', () => {
  it('fails on code in MDX before compiling it, so the code never runs and nothing reaches dist/', () => {
    // The fixture's export would create this file if Astro ever compiled and ran it.
    const marker = 'node_modules/.cache/unsafe-mdx-ran';
    rmSync(marker, { force: true });
    const result = buildWith('unsafe-mdx');
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain(
      'content/guidance/export-code.mdx → line 10: "export const out = (await import("node:…" is an import or export, which runs code when the site is built.',
    );
    expect(output).toContain(
      'content/guidance/meta-refresh.mdx → line 8: <meta> is not allowed in content: it can send readers to another site.',
    );
    // The build fails with the content check's message, whole.
    expect(output).toContain(contentCheckMessage('unsafe-mdx'));
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join('node_modules/.cache/broken-build/unsafe-mdx/guidance'))).toBe(false);
  });

  it('fails, naming the file, the field and the missing id', () => {
    expect(contentCheckMessage('dangling-reference')).toContain(
      'content/procedures/online-harms.mdx → legislation.0: No legislation entry has the id "online-safety-act-2024".',
    );
  });

  it('reports a mistyped phone number once, quoting it, and not again for every page that names the contact', () => {
    const output = contentCheckMessage('broken-contact');
    expect(output).toContain('Content has 1 problem:');
    expect(output).toContain('content/contacts/childline.mdx → phones.0.number: Expected a UK phone number');
    expect(output).toContain('Found "0800-1111".');
  });
});
