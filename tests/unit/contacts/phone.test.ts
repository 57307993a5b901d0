import { describe, expect, it } from 'vitest';
import { inNationalForm, phoneDigits, phoneNumberIn, telHref } from '../../../src/lib/contacts/phone';

describe('telHref', () => {
  it('dials a short service number as it is and any other in international form', () => {
    expect(telHref('999')).toBe('tel:999');
    expect(telHref('0800 1111')).toBe('tel:+448001111');
  });
});

describe('phoneNumberIn', () => {
  it('finds a whole number among other words, in the groups typed', () => {
    expect(phoneNumberIn(['childline', '0800', '1111'])).toBe('0800 1111');
    expect(phoneNumberIn(['0808', '800', '5000', 'nspcc'])).toBe('0808 800 5000');
  });

  it('finds none in part of a number, a year or a section', () => {
    expect(phoneNumberIn(['childline', '0800'])).toBeUndefined();
    expect(phoneNumberIn(['section', '47', '1989'])).toBeUndefined();
  });
});

describe('phoneDigits', () => {
  it('keeps only the digits', () => {
    expect(phoneDigits('0344 381 4772')).toBe('03443814772');
  });
});

describe('inNationalForm', () => {
  it.each([
    ['+44 800 1111', '0800 1111'],
    ['+448001111', '08001111'],
    ['+44 (0)808 800 5000', '0808 800 5000'],
    ['0044 800 1111', '0800 1111'],
    ['call +44 344 381 4772 please', 'call 0344 381 4772 please'],
  ])('writes “%s” as “%s”', (typed, national) => {
    expect(inNationalForm(typed)).toBe(national);
  });

  it.each(['0800 1111', '999', 'section 44', 'children act 1989', '2004400'])('leaves “%s” as typed', (typed) => {
    expect(inNationalForm(typed)).toBe(typed);
  });
});
