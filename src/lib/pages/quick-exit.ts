/**
 * The "press Shift three times to leave" shortcut, as plain state so it can be tested without a
 * browser. It follows GOV.UK Frontend's Exit this page component: only a Shift pressed on its own
 * counts (not Shift held to type a capital letter), any other key starts the count again, and each
 * press must come within `gapMs` of the one before.
 */

export interface ShiftCount {
  /** Lone Shift presses so far in this run. */
  presses: number;
  /** When the last counted press happened (milliseconds, any clock). */
  lastPressAt: number;
  /** Whether the previous key was released while Shift was held (Shift used as a modifier). */
  lastKeyWasModified: boolean;
}

/** A key being released: what the browser's `keyup` event says, plus when it happened. */
export interface KeyRelease {
  key: string;
  shiftKey: boolean;
  at: number;
}

export type ShiftAction =
  /** Not part of a run; nothing to announce. */
  | { type: 'ignore' }
  /** A counted press; announce how many are left. */
  | { type: 'count'; remaining: number }
  /** Another key broke a run in progress. */
  | { type: 'reset' }
  /** The run is complete: leave the page. */
  | { type: 'exit' };

export const quickExitShortcut = {
  /** Lone Shift presses that leave the page. */
  presses: 3,
  /** The longest pause between two presses of one run, as in GOV.UK Frontend (5 seconds). */
  gapMs: 5000,
} as const;

export const noShiftPresses: ShiftCount = { presses: 0, lastPressAt: Number.NEGATIVE_INFINITY, lastKeyWasModified: false };

/**
 * The next count after a key is released, and what the page should do about it.
 * @param count the count before this key
 * @param key the released key and when
 * @param shortcut how many presses, and the longest gap between them
 */
export function countShift(
  count: ShiftCount,
  key: KeyRelease,
  shortcut: { presses: number; gapMs: number } = quickExitShortcut,
): { count: ShiftCount; action: ShiftAction } {
  // Typing "A" with Shift releases A (shiftKey true) and then Shift (shiftKey false); that Shift is not a lone press.
  const lastKeyWasModified = key.shiftKey;
  if (key.key !== 'Shift' || count.lastKeyWasModified) {
    const broken = count.presses > 0;
    return { count: { ...noShiftPresses, lastKeyWasModified }, action: broken ? { type: 'reset' } : { type: 'ignore' } };
  }
  const inTime = key.at - count.lastPressAt <= shortcut.gapMs;
  const presses = (inTime ? count.presses : 0) + 1;
  if (presses >= shortcut.presses) return { count: { ...noShiftPresses, lastKeyWasModified }, action: { type: 'exit' } };
  return {
    count: { presses, lastPressAt: key.at, lastKeyWasModified },
    action: { type: 'count', remaining: shortcut.presses - presses },
  };
}

/**
 * What the status region says after a counted press: "Shift, press 2 more times to exit the page."
 * @param remaining presses still needed
 */
export function remainingPressesMessage(remaining: number): string {
  return `Shift, press ${remaining} more ${remaining === 1 ? 'time' : 'times'} to exit the page.`;
}

/** What the status region says when a run times out before it is complete. */
export const shortcutExpiredMessage = 'Exit this page expired.';
