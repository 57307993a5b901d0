import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Browser tests belong to Playwright (tests/e2e); vitest never picks them up.
    include: ['tests/unit/**/*.test.ts', 'tests/built-site/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
