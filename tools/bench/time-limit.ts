/**
 * A benchmark step that gives up after a while, saying what it waited for: a search page that
 * never shows results (a script error, a missing index file) would otherwise hold the run for ever.
 */

/** How long a step may take before the benchmark stops with an error. */
export const stepTimeLimitMs = 60_000;

/**
 * The step's result, or an error naming the step once `limitMs` has passed.
 * @param step the work to wait for
 * @param what what it waits for, for the error ("results for “grooming” at http://localhost:4345")
 * @param limitMs how long to wait
 */
export async function withinTimeLimit<T>(step: Promise<T>, what: string, limitMs = stepTimeLimitMs): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Gave up waiting ${limitMs / 1000} s for ${what}.`)), limitMs);
  });
  try {
    return await Promise.race([step, late]);
  } finally {
    clearTimeout(timer);
  }
}
