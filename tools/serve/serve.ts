/**
 * Serves `dist/` on localhost the way a static host would: directory indexes, `404.html`, and
 * the headers and redirects in `dist/_headers` and `dist/_redirects` (see `site-handler.ts`).
 * Usage: tsx tools/serve/serve.ts [--port 4321]
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { siteHandler } from './site-handler';

const root = join(process.cwd(), process.env['DIST_DIR'] ?? 'dist');
const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > -1 ? process.argv[portFlag + 1] : (process.env['PORT'] ?? 4321));

const server = createServer(siteHandler(root));
// A request Node cannot even parse gets a plain 400 and its connection closed; the server carries on.
server.on('clientError', (_error, socket) => {
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  else socket.destroy();
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving the site at http://localhost:${port}/ (press Ctrl+C to stop)`);
});
