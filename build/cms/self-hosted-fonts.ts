/**
 * Sveltia CMS's interface asks a CDN for its three fonts. The editor must load nothing from
 * another site, so the build serves the same font files from /admin/fonts/, taken from the
 * Fontsource packages on npm, and points the editor's script at them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const cdnFontPattern = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

export interface FontFile {
  /** The address in the editor's script. */
  cdnUrl: string;
  /** The same file in node_modules. */
  source: string;
  /** Its file name under /admin/fonts/. */
  name: string;
}

/**
 * Every CDN font the editor's script names, with the npm file that replaces it.
 * @param script the editor's script
 * @param nodeModules the node_modules folder to take fonts from
 */
export function cdnFonts(script: string, nodeModules: string): FontFile[] {
  const fonts = new Map<string, FontFile>();
  for (const [cdnUrl, family = '', variable, subset = ''] of script.matchAll(cdnFontPattern)) {
    const name = `${family}-${subset}.woff2`;
    const packageName = `@fontsource${variable ? '-variable' : ''}/${family}`;
    const source = join(nodeModules, packageName, 'files', name);
    if (!existsSync(source)) {
      throw new Error(`The content editor needs the font ${name} from ${packageName}: run "npm install -D ${packageName}".`);
    }
    fonts.set(cdnUrl, { cdnUrl, source, name });
  }
  return [...fonts.values()];
}

/**
 * The script with each CDN font address replaced by its file under `fontsPath`.
 * @param script the editor's script
 * @param fonts from `cdnFonts`
 * @param fontsPath the URL folder the fonts are served from, such as "/admin/fonts/"
 */
export function withSelfHostedFonts(script: string, fonts: readonly FontFile[], fontsPath: string): string {
  return fonts.reduce((text, font) => text.replaceAll(font.cdnUrl, `${fontsPath}${font.name}`), script);
}
