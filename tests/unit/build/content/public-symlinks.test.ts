import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { formatProblem } from '../../../../build/content/content-error';
import { contentCheck } from '../../../../build/content/content-check-integration';
import { findPublicSymlinks } from '../../../../build/content/public-symlinks';

/** A public/ folder with a real file and a link to a whole system folder, as one careless `ln -s` makes. */
function publicWithLink(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'public-symlinks-')), 'public');
  mkdirSync(join(folder, 'images'), { recursive: true });
  writeFileSync(join(folder, 'favicon.svg'), '<svg/>');
  symlinkSync('/etc', join(folder, 'images', 'system'));
  return folder;
}

describe('symbolic links in public/', () => {
  it('are each named, without being followed', () => {
    expect(findPublicSymlinks(publicWithLink()).map(formatProblem)).toEqual([
      'public/images/system: This is a symbolic link. The build would publish whatever it points to, so this folder may hold only real files. Replace the link with a copy of the file it points to.',
    ]);
  });

  it('fail the build from the content check, before anything is copied', () => {
    const setup = contentCheck().hooks['astro:config:setup'] as (options: unknown) => void;
    const logger = { error: () => undefined } as unknown as AstroIntegrationLogger;
    const updateConfig = () => undefined;
    expect(() => setup({ command: 'build', config: { publicDir: pathToFileURL(`${publicWithLink()}/`) }, logger, updateConfig })).toThrow(
      'public/images/system: This is a symbolic link.',
    );
  });

  it('are not found in the real public/', () => {
    expect(findPublicSymlinks()).toEqual([]);
  });
});
