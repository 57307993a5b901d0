import { describe, expect, it } from 'vitest';
import {
  countShift,
  noShiftPresses,
  remainingPressesMessage,
  type KeyRelease,
  type ShiftAction,
} from '../../../src/lib/pages/quick-exit';

const shift = (at: number): KeyRelease => ({ key: 'Shift', shiftKey: false, at });

/** The action after each key in turn, starting from no presses. */
function actionsFor(keys: KeyRelease[]): ShiftAction[] {
  let count = noShiftPresses;
  return keys.map((key) => {
    const result = countShift(count, key);
    count = result.count;
    return result.action;
  });
}

describe('countShift', () => {
  it('exits on the third lone Shift press within the time limit', () => {
    expect(actionsFor([shift(0), shift(1000), shift(2000)])).toEqual([
      { type: 'count', remaining: 2 },
      { type: 'count', remaining: 1 },
      { type: 'exit' },
    ]);
  });

  it('exits when each press comes exactly 5 seconds after the one before', () => {
    expect(actionsFor([shift(0), shift(5000), shift(10_000)]).at(-1)).toEqual({ type: 'exit' });
  });

  it('starts counting again when a press comes more than 5 seconds after the one before', () => {
    expect(actionsFor([shift(0), shift(1000), shift(6001)]).at(-1)).toEqual({ type: 'count', remaining: 2 });
  });

  it('resets the count when another key is released between presses', () => {
    expect(actionsFor([shift(0), shift(500), { key: 'a', shiftKey: false, at: 700 }, shift(900)])).toEqual([
      { type: 'count', remaining: 2 },
      { type: 'count', remaining: 1 },
      { type: 'reset' },
      { type: 'count', remaining: 2 },
    ]);
  });

  it('does not count a Shift that was used to type a capital letter', () => {
    // Typing "A": A is released with Shift held, then Shift is released.
    expect(
      actionsFor([{ key: 'A', shiftKey: true, at: 0 }, shift(50), { key: 'B', shiftKey: true, at: 100 }, shift(150)]),
    ).toEqual([{ type: 'ignore' }, { type: 'ignore' }, { type: 'ignore' }, { type: 'ignore' }]);
  });

  it('ignores other keys when no run is in progress', () => {
    expect(actionsFor([{ key: 'Tab', shiftKey: false, at: 0 }])).toEqual([{ type: 'ignore' }]);
  });

  it('needs three fresh presses after exiting once', () => {
    expect(actionsFor([shift(0), shift(100), shift(200), shift(300)]).at(-1)).toEqual({ type: 'count', remaining: 2 });
  });
});

describe('remainingPressesMessage', () => {
  it('asks for 2 more presses after the first', () => {
    expect(remainingPressesMessage(2)).toBe('Shift, press 2 more times to exit the page.');
  });

  it('asks for 1 more press, in the singular, after the second', () => {
    expect(remainingPressesMessage(1)).toBe('Shift, press 1 more time to exit the page.');
  });
});
