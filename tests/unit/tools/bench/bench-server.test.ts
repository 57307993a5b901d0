import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { serveBuiltSite } from '../../../../tools/bench/bench-server';

describe('serveBuiltSite', () => {
  it('refuses a port that something else already answers on, rather than measure what that serves', async () => {
    const other = createServer((_, response) => response.end('another site'));
    await new Promise<void>((listening) => other.listen(0, listening));
    const { port } = other.address() as AddressInfo;
    try {
      await expect(serveBuiltSite('dist', port)).rejects.toThrow(
        `Something already answers on port ${port}: stop it, or choose another port (BENCH_PORT).`,
      );
    } finally {
      other.close();
    }
  });
});
