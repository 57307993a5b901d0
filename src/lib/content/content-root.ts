import { resolve } from 'node:path';

/** The content folder: `content/` under the directory npm runs in, or `CONTENT_DIR` when a benchmark or test points elsewhere. */
export function contentRoot(): string {
  return resolve(process.cwd(), process.env['CONTENT_DIR'] ?? 'content');
}
