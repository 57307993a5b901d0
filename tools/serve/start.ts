/**
 * `npm start`: builds the site if `dist/` is missing or older than its sources, then serves it.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sources = ['src', 'content', 'public', 'astro.config.mjs', 'package.json'];

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const builtAt =
  existsSync('dist/pagefind/pagefind.js') && existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
if (builtAt < Math.max(...sources.filter((source) => existsSync(source)).map(newestChange))) {
  console.log('Building the site (dist/ is missing or out of date)…');
  execSync('npm run build', { stdio: 'inherit' });
}
await import('./serve.ts');
