/**
 * Prints the nginx configuration that serves `dist/` with the headers and redirects a static
 * host would apply from `dist/_headers` and `dist/_redirects` (see README, "Deploy").
 * Usage: npx tsx tools/hosting/write-nginx-config.ts [root on the server, default /var/www/online-safety]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nginxConfig } from './nginx-config';

const dist = process.env['DIST_DIR'] ?? 'dist';
const read = (file: string) => (existsSync(join(dist, file)) ? readFileSync(join(dist, file), 'utf8') : '');
if (!existsSync(join(dist, '_headers'))) {
  console.error(`${dist}/_headers is missing: run "npm run build" first.`);
  process.exit(1);
}
process.stdout.write(nginxConfig(read('_headers'), read('_redirects'), process.argv[2] ?? '/var/www/online-safety'));
