import { describe, expect, it } from 'vitest';
import { isGuidePage, replacesHistory } from '../../../src/lib/guide/guide-history';

const site = 'https://onlinesafety.example';
const at = (path: string) => new URL(path, site);

describe('which links replace the history entry', () => {
  it('treats the start page and every step below /worried/ as guide pages', () => {
    expect([isGuidePage('/worried/'), isGuidePage('/worried/who-are-you/'), isGuidePage('/guidance/worried-parents/')]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('replaces the entry for an answer that leads to the next question', () => {
    expect(replacesHistory(at('/worried/immediate-danger/'), at('/worried/who-are-you/'))).toBe(true);
  });

  it('replaces the entry for a link from an outcome to a contact page', () => {
    expect(replacesHistory(at('/worried/outcome-professional/'), at('/contacts/starting-point/'))).toBe(true);
  });

  it('replaces the entry for "Start now" on the start page', () => {
    expect(replacesHistory(at('/worried/'), at('/worried/immediate-danger/'))).toBe(true);
  });

  it('adds an entry as usual for links on pages outside the guide', () => {
    expect(replacesHistory(at('/guidance/getting-help/'), at('/worried/'))).toBe(false);
  });

  it('leaves links to other sites and phone numbers alone', () => {
    expect([
      replacesHistory(at('/worried/call-999/'), new URL('https://www.bbc.co.uk/weather')),
      replacesHistory(at('/worried/call-999/'), new URL('tel:999')),
    ]).toEqual([false, false]);
  });

  it('leaves links within the page, such as the skip link, alone', () => {
    expect(replacesHistory(at('/worried/who-are-you/'), at('/worried/who-are-you/#main-content'))).toBe(false);
  });
});
