/**
 * Peak memory of a process and everything it starts (Astro's build, Pagefind's binary), read from
 * Linux's /proc, for the build-scale benchmark. `/usr/bin/time` reports only the largest single
 * process; a build's cost is what its whole tree holds at once.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** Resident memory in bytes. */
  rss: number;
}

/**
 * One process from the text of its /proc/<pid>/status file.
 * @param status the file's text
 */
export function parseProcStatus(status: string): ProcessInfo | undefined {
  const field = (name: string) => new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1];
  const pid = field('Pid');
  const ppid = field('PPid');
  if (pid === undefined || ppid === undefined) return undefined;
  // Kernel threads and zombies have no VmRSS line: they hold no user memory.
  return { pid: Number(pid), ppid: Number(ppid), rss: Number(field('VmRSS') ?? 0) * 1024 };
}

/**
 * The resident memory of a process and all its descendants, in bytes.
 * @param processes every process on the machine
 * @param rootPid the tree's root
 */
export function treeRss(processes: readonly ProcessInfo[], rootPid: number): number {
  const children = new Map<number, ProcessInfo[]>();
  for (const process of processes) children.set(process.ppid, [...(children.get(process.ppid) ?? []), process]);
  const root = processes.find((process) => process.pid === rootPid);
  if (!root) return 0;
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const next = pending.pop() as ProcessInfo;
    total += next.rss;
    pending.push(...(children.get(next.pid) ?? []));
  }
  return total;
}

/** Every process on this machine now (Linux only). */
export function readProcesses(): ProcessInfo[] {
  const processes: ProcessInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const process = parseProcStatus(readFileSync(`/proc/${name}/status`, 'utf8'));
      if (process) processes.push(process);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return processes;
}

/**
 * Samples a process tree's memory until stopped.
 * @param rootPid the tree's root
 * @param intervalMs how often to sample
 * @returns `stop()`, which returns the peak in bytes
 */
export function watchPeakTreeRss(rootPid: number, intervalMs = 50): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRss(readProcesses(), rootPid));
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
