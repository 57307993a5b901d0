import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, type EntryData } from '../../build/content/content-files';
import { telHref } from '../../src/lib/contacts/phone';

// The content layer keeps each entry's rendered body until that entry's own file changes. A body
// that names another entry's facts (<ContactLink id="childline" phone />) must still show them as
// they are now: here the real content is built, then Childline's number changes and the site is
// built again on the same cache, as a deployment that keeps its cache would.
const root = 'node_modules/.cache/warm-build';
const contentCopy = join(root, 'content');
const outDir = join(root, 'dist');
const contact = join(contentCopy, 'contacts', 'childline.mdx');
const page = join(outDir, 'guidance', 'getting-help', 'index.html');

// Childline's number as the content has it, and a new one: its last digit changed.
const childline = loadContent().entries.find((entry) => entry.collection === 'contacts' && entry.id === 'childline') as
  { data: EntryData<'contacts'> } | undefined;
const oldNumber = childline?.data.phones[0]?.number ?? '';
const newNumber = oldNumber.replace(/\d$/, (digit) => String((Number(digit) + 1) % 10));

const build = () =>
  spawnSync('astro', ['build'], {
    env: { ...process.env, CONTENT_DIR: contentCopy, DIST_DIR: outDir, FORCE_COLOR: '0' },
    encoding: 'utf8',
  });

rmSync(root, { recursive: true, force: true });
cpSync('content', contentCopy, { recursive: true });
const first = build();
const before = readFileSync(page, 'utf8');
writeFileSync(contact, readFileSync(contact, 'utf8').replace(`  - number: ${oldNumber}\n`, `  - number: ${newNumber}\n`));
const second = build();
const after = readFileSync(page, 'utf8');

describe('a build on a warm cache after a contact changes', () => {
  it('succeeds both times, reusing the stored bodies the second time', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).not.toContain('Clearing content store');
  });

  it('shows the new number on a page whose body names the contact, and never the old one', () => {
    const sentence = (number: string) =>
      `You can also talk to <a href="/contacts/childline/">Childline</a> (<a href="${telHref(number)}">${number}</a>).`;
    expect(newNumber).not.toBe(oldNumber);
    expect(before).toContain(sentence(oldNumber));
    expect(after).toContain(sentence(newNumber));
    expect(after).not.toContain(oldNumber);
    expect(after).not.toContain(telHref(oldNumber));
  });
});
