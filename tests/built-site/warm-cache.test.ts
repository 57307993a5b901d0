import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The content layer keeps each entry's rendered body until that entry's own file changes. A body
// that names another entry's facts (<ContactLink id="childline" phone />) must still show them as
// they are now: here the real content is built, then Childline's number changes and the site is
// built again on the same cache, as a deployment that keeps its cache would.
const root = 'node_modules/.cache/warm-build';
const contentCopy = join(root, 'content');
const outDir = join(root, 'dist');
const contact = join(contentCopy, 'contacts', 'childline.mdx');
const page = join(outDir, 'guidance', 'getting-help', 'index.html');

const build = () =>
  spawnSync('astro', ['build'], {
    env: { ...process.env, CONTENT_DIR: contentCopy, DIST_DIR: outDir, FORCE_COLOR: '0' },
    encoding: 'utf8',
  });

rmSync(root, { recursive: true, force: true });
cpSync('content', contentCopy, { recursive: true });
const first = build();
const before = readFileSync(page, 'utf8');
writeFileSync(contact, readFileSync(contact, 'utf8').replace('  - number: 0800 1111\n', '  - number: 0800 1112\n'));
const second = build();
const after = readFileSync(page, 'utf8');

describe('a build on a warm cache after a contact changes', () => {
  it('succeeds both times, reusing the stored bodies the second time', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).not.toContain('Clearing content store');
  });

  it('shows the new number on a page whose body names the contact, and never the old one', () => {
    expect(before).toContain(
      'You can also talk to <a href="/contacts/childline/">Childline</a> (<a href="tel:+448001111">0800 1111</a>).',
    );
    expect(after).toContain(
      'You can also talk to <a href="/contacts/childline/">Childline</a> (<a href="tel:+448001112">0800 1112</a>).',
    );
    expect(after).not.toContain('0800 1111');
    expect(after).not.toContain('448001111');
  });
});
