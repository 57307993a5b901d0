// Runs commands at the same time, each in its own shell, and prints each one's output in one piece
// when it ends, with how long it took. Fails if any of them fails, after all have ended.
// `npm test` runs ESLint beside the type check, the format check and knip this way: all of them only
// read the code (after one `astro sync`), ESLint takes as long as the other three together, and each
// side keeps one core busy. Usage: node tools/test/together.mjs "<command>" "<command>" …
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
const children = new Set();

/** Runs one command; resolves with whether it passed, once its output has been printed. */
function run(command) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    children.add(child);
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      children.delete(child);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const passed = code === 0;
      process.stdout.write(`\n> ${command}\n`);
      process.stdout.write(Buffer.concat(output));
      process.stdout.write(`${passed ? 'passed' : `failed (${signal ?? `exit code ${code}`})`} in ${seconds} s: ${command}\n`);
      resolve(passed);
    });
  });
}

// Ctrl+C or CI cancelling the run stops every command, with the programs each one started.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // Already ended.
      }
    }
    process.exit(1);
  });
}

const results = await Promise.all(commands.map(run));
process.exit(results.every(Boolean) ? 0 : 1);
