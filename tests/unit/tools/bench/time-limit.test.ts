import { describe, expect, it } from 'vitest';
import { withinTimeLimit } from '../../../../tools/bench/time-limit';

describe('a benchmark step with a time limit', () => {
  it('gives the step’s result when it finishes in time', async () => {
    await expect(withinTimeLimit(Promise.resolve(42), 'the answer', 1000)).resolves.toBe(42);
  });

  it('stops with an error naming what it waited for when the step never finishes', async () => {
    await expect(withinTimeLimit(new Promise<never>(() => undefined), 'results for “grooming”', 20)).rejects.toThrow(
      'Gave up waiting 0.02 s for results for “grooming”.',
    );
  });

  it('passes on the step’s own error', async () => {
    await expect(withinTimeLimit(Promise.reject(new Error('The index is missing.')), 'results', 1000)).rejects.toThrow(
      'The index is missing.',
    );
  });
});
