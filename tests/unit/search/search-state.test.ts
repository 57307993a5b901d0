import { describe, expect, it } from 'vitest';
import { hasFilters, pagefindFilters, readSearchState, searchStateToQueryString } from '../../../src/lib/search/search-state';

describe('readSearchState', () => {
  it('reads the query the header form sends', () => {
    expect(readSearchState('?q=+sexting+')).toEqual({ query: 'sexting', filters: {} });
  });

  it('reads ticked filters and ignores unknown parameters', () => {
    expect(readSearchState('?q=ceop&type=Contact&type=Guidance&audience=Professionals&highlight=ceop')).toEqual({
      query: 'ceop',
      filters: { type: ['Contact', 'Guidance'], audience: ['Professionals'] },
    });
  });

  it('reads an empty address as an empty search', () => {
    expect(readSearchState('')).toEqual({ query: '', filters: {} });
  });
});

describe('searchStateToQueryString', () => {
  it('writes the query, then filters in the page order', () => {
    expect(searchStateToQueryString({ query: 'parental controls', filters: { area: ['Derbyshire'], type: ['Guidance'] } })).toBe(
      '?q=parental+controls&type=Guidance&area=Derbyshire',
    );
  });

  it('writes nothing for an empty search', () => {
    expect(searchStateToQueryString({ query: '', filters: {} })).toBe('');
  });

  it('round-trips through readSearchState', () => {
    const state = { query: 'Report Remove', filters: { audience: ['Young people', 'Parents and carers'] } };
    expect(readSearchState(searchStateToQueryString(state))).toEqual(state);
  });
});

describe('pagefindFilters', () => {
  it('matches any ticked value within a field and every field with ticks', () => {
    expect(
      pagefindFilters({ query: '', filters: { type: ['Contact', 'Guidance'], area: ['Derby City'], audience: [] } }),
    ).toEqual({
      type: { any: ['Contact', 'Guidance'] },
      area: { any: ['Derby City'] },
    });
  });
});

describe('hasFilters', () => {
  it('is false when every field is empty', () => {
    expect(hasFilters({ query: 'x', filters: { type: [] } })).toBe(false);
  });
});
