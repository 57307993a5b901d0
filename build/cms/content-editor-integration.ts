/**
 * Adds the content editor to the build: `/admin/` with Sveltia CMS (copied from node_modules),
 * its configuration made from the schemas, and the insertable MDX components.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import { adminPageHtml } from './admin-page';
import { editorComponents } from './editor-components';
import { backendFromEnvironment, editorConfig } from './editor-config';
import { cdnFonts, withSelfHostedFonts } from './self-hosted-fonts';

/** The editor's script, as the `@sveltia/cms` package ships it. */
export function editorScriptPath(): string {
  // The package exports only its module entry (npm/index.js); the browser build sits beside it.
  return join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..', 'dist', 'sveltia-cms.js');
}

/**
 * Writes the editor into a build output folder.
 * @param outDir the build output folder
 */
export function writeContentEditor(outDir: string): void {
  const folder = join(outDir, 'admin');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), adminPageHtml());
  writeFileSync(join(folder, 'config.yml'), stringify(editorConfig(backendFromEnvironment()), { lineWidth: 0 }));
  writeFileSync(join(folder, 'editor-components.json'), `${JSON.stringify(editorComponents(), null, 2)}\n`);
  copyFileSync(join(dirname(fileURLToPath(import.meta.url)), 'admin.js'), join(folder, 'admin.js'));
  const script = readFileSync(editorScriptPath(), 'utf8');
  const fonts = cdnFonts(script, join(process.cwd(), 'node_modules'));
  mkdirSync(join(folder, 'fonts'), { recursive: true });
  for (const font of fonts) copyFileSync(font.source, join(folder, 'fonts', font.name));
  writeFileSync(join(folder, 'sveltia-cms.js'), withSelfHostedFonts(script, fonts, '/admin/fonts/'));
}

export function contentEditor(): AstroIntegration {
  return {
    name: 'content-editor',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeContentEditor(fileURLToPath(dir));
        if (!process.env['CMS_REPO'])
          logger.warn(
            'CMS_REPO is not set, so /admin/ cannot find the repository to edit. See README, "Editing in the browser".',
          );
      },
    },
  };
}
