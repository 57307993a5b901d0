import { describe, expect, it } from 'vitest';
import { unnamedGlossaryNames } from '../../../../build/search-index/unnamed-glossary-terms';

describe('unnamedGlossaryNames', () => {
  it('gives the names of the terms no page read named, by any of their names', () => {
    const check = unnamedGlossaryNames([
      ['DBS', 'Disclosure and Barring Service'],
      ['PCSO', 'Police community support officer'],
      ['GP'],
    ]);
    check.read('<main data-pagefind-body><p>A digital PCSO visits schools.</p></main>');
    check.read('<main data-pagefind-body><p>Ask a police community support officer.</p></main>');
    expect(check.unnamed()).toEqual(['DBS', 'Disclosure and Barring Service', 'GP']);
  });

  it('gives none when there are no marked terms', () => {
    expect(unnamedGlossaryNames([]).unnamed()).toEqual([]);
  });
});
