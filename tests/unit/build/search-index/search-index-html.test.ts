import { describe, expect, it } from 'vitest';
import { separateBlockText } from '../../../../build/search-index/search-index-html';

describe('separateBlockText', () => {
  it('puts a space between definition list terms and their descriptions', () => {
    expect(separateBlockText('<dl><dt>Phone</dt><dd>0800 1111</dd></dl>')).toBe('<dl><dt>Phone</dt> <dd>0800 1111</dd> </dl> ');
  });

  it('leaves inline elements alone, so words split by markup stay whole', () => {
    expect(separateBlockText('<p>semi-<strong>nudes</strong></p><a href="/">x</a>')).toBe(
      '<p>semi-<strong>nudes</strong></p><a href="/">x</a>',
    );
  });

  it('separates table header cells', () => {
    expect(separateBlockText('<tr><th>Act</th><th>Year</th></tr>')).toBe('<tr><th>Act</th> <th>Year</th> </tr> ');
  });
});
