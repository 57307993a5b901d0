/**
 * The local server (`tools/serve/serve.ts`) started on a built site for a benchmark, and stopped
 * after it. A port something else already answers on is refused: a benchmark would otherwise
 * measure whatever that server serves (an earlier build, or another site) as if it were this one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface BenchServer {
  origin: string;
  stop: () => void;
}

const answers = async (url: string): Promise<boolean> => {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
};

/**
 * Serves a built site on a port, once the site answers there.
 * @param dist the built site's folder
 * @param port a port nothing else listens on
 * @param readyPath the address to wait for, such as "/search/"
 */
export async function serveBuiltSite(dist: string, port: number, readyPath = '/'): Promise<BenchServer> {
  const origin = `http://localhost:${port}`;
  if (await answers(`${origin}/`))
    throw new Error(`Something already answers on port ${port}: stop it, or choose another port (BENCH_PORT).`);
  const server: ChildProcess = spawn(resolve('node_modules/.bin/tsx'), ['tools/serve/serve.ts', '--port', String(port)], {
    env: { ...process.env, DIST_DIR: dist },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid);
    } catch {
      // Already stopped.
    }
  };
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (server.exitCode !== null) break;
    try {
      if ((await fetch(`${origin}${readyPath}`)).ok) return { origin, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  stop();
  throw new Error(`The server for ${dist} did not start on port ${port}.`);
}
