import { describe, expect, it } from 'vitest';
import { splitKeywords } from '../../../src/lib/search/search-config';

describe('splitKeywords', () => {
  it('takes the first three names as the main keywords', () => {
    expect(splitKeywords(['a', 'b', 'c', 'd'])).toEqual({ main: ['a', 'b', 'c'], more: ['d'] });
  });

  it('keeps another spelling of a main name with it, without taking a place', () => {
    expect(splitKeywords(['AI-CSAM', 'AI CSAM', 'CSAM', 'AI images', 'deepfake'])).toEqual({
      main: ['AI-CSAM', 'AI CSAM', 'CSAM', 'AI images'],
      more: ['deepfake'],
    });
  });
});
