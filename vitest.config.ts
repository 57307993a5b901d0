import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Browser tests belong to Playwright (tests/e2e); vitest never picks them up.
    include: ['tests/unit/**/*.test.ts', 'tests/built-site/**/*.test.ts'],
    testTimeout: 60_000,
    // The test files of a worker share one module cache instead of loading the content, schemas and
    // parsers again for each file, which took a third of the run. No test mocks a module or changes
    // a global, so nothing one file does reaches the next (checked by running the files shuffled).
    isolate: false,
    // Every core: the slowest files mostly wait for the builds they start.
    maxWorkers: '100%',
  },
});
