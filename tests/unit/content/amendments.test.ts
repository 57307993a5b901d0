import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../src/lib/content/amendments';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('a page’s amendment history', () => {
  it('lists amendments newest first', () => {
    expect(newestFirst([{ date: day('2023-01-01'), change: 'a' }, { date: day('2025-03-14'), change: 'b' }, { date: day('2024-05-01'), change: 'c' }]).map((amendment) => amendment.change)).toEqual(['b', 'c', 'a']);
  });

  it('keeps amendments made on the same day in the order they are written', () => {
    expect(newestFirst([{ date: day('2025-03-14'), change: 'first' }, { date: day('2025-03-14'), change: 'second' }]).map((amendment) => amendment.change)).toEqual(['first', 'second']);
  });
});
