import { describe, expect, it } from 'vitest';
import { parseProcStatus, treeRss } from '../../../../tools/bench/process-memory';

describe('parseProcStatus', () => {
  it('reads the pid, parent and resident memory in bytes', () => {
    expect(parseProcStatus('Name:\tnode\nPid:\t42\nPPid:\t7\nVmRSS:\t  2048 kB\n')).toEqual({
      pid: 42,
      ppid: 7,
      rss: 2048 * 1024,
    });
  });

  it('counts a process without VmRSS (a kernel thread) as holding nothing', () => {
    expect(parseProcStatus('Name:\tkthreadd\nPid:\t2\nPPid:\t0\n')).toEqual({ pid: 2, ppid: 0, rss: 0 });
  });
});

describe('treeRss', () => {
  const processes = [
    { pid: 1, ppid: 0, rss: 1000 },
    { pid: 10, ppid: 1, rss: 100 },
    { pid: 11, ppid: 10, rss: 20 },
    { pid: 12, ppid: 11, rss: 3 },
    { pid: 20, ppid: 1, rss: 5000 },
  ];

  it('adds a process and all its descendants', () => {
    expect(treeRss(processes, 10)).toBe(123);
  });

  it('is zero for a process that has ended', () => {
    expect(treeRss(processes, 99)).toBe(0);
  });
});
