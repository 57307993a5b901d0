/**
 * Runs one shell command for a benchmark and measures it: wall time, CPU time of the whole
 * process tree (GNU time, when installed) and the peak resident memory of the whole tree
 * (`process-memory.ts`), so a build's search-index step and any worker it starts count too.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchPeakTreeRss } from './process-memory';

export interface CommandResult {
  seconds: number;
  /** User plus system CPU time of the whole tree, which other work on the machine does not inflate. */
  cpuSeconds: number | undefined;
  peakBytes: number;
}

// GNU time reports the CPU time of a command and every descendant it waited for.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * @param command a shell command
 * @param options the folder to run in and variables to add to the environment
 */
export async function measureCommand(
  command: string,
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CommandResult> {
  const started = performance.now();
  const cpuFile = join(tmpdir(), `measure-command-${process.pid}-${Math.round(started)}.txt`);
  const [program, programArgs] = gnuTime
    ? [gnuTime, ['-f', '%U %S %M', '-o', cpuFile, 'sh', '-c', command]]
    : ['sh', ['-c', command]];
  const child = spawn(program, programArgs, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, FORCE_COLOR: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const watcher = watchPeakTreeRss(child.pid ?? 0);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const peakBytes = watcher.stop();
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${command} failed (exit ${code}):\n${errors.slice(-4000)}`);
  if (!gnuTime) return { seconds, cpuSeconds: undefined, peakBytes };
  // A step shorter than one sample still has its largest process's peak from GNU time (in KiB).
  const [user = 0, system = 0, largestKiB = 0] = readFileSync(cpuFile, 'utf8').trim().split(/\s+/).map(Number);
  rmSync(cpuFile, { force: true });
  return { seconds, cpuSeconds: user + system, peakBytes: Math.max(peakBytes, largestKiB * 1024) };
}
