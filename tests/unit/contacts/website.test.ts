import { describe, expect, it } from 'vitest';
import { inWebsiteForm, isWebOrEmailAddress, websiteLabel } from '../../../src/lib/contacts/website';

describe('websiteLabel', () => {
  it('is the host without “www.”', () => {
    expect(websiteLabel('https://www.childline.org.uk/info-advice/')).toBe('childline.org.uk');
    expect(websiteLabel('https://swgfl.org.uk/')).toBe('swgfl.org.uk');
  });
});

describe('inWebsiteForm', () => {
  it.each([
    ['https://www.stopitnow.org.uk/', 'stopitnow.org.uk'],
    ['www.ThinkUKnow.co.uk', 'thinkuknow.co.uk'],
    ['www.gov.uk/report-terrorism', 'gov.uk report terrorism'],
    ['https://www.childline.org.uk/info-advice/online-mobile-safety/report-remove/', 'childline.org.uk report remove'],
    ['is iwf.org.uk real', 'is iwf.org.uk real'],
  ])('writes “%s” as “%s”', (typed, written) => {
    expect(inWebsiteForm(typed)).toBe(written);
  });

  it.each(['help@nspcc.org.uk', 'e.g. sexting', 'section 1.5', 'childline'])('leaves “%s” as typed', (typed) => {
    expect(inWebsiteForm(typed)).toBe(typed);
  });
});

describe('isWebOrEmailAddress', () => {
  it.each(['childline.org.uk', 'gov.uk report terrorism', 'help@nspcc.org.uk'])('hears an address in “%s”', (query) => {
    expect(isWebOrEmailAddress(query)).toBe(true);
  });

  it.each(['childline', 'is iwf.org.uk real', '0800 1111'])('hears none in “%s”', (query) => {
    expect(isWebOrEmailAddress(query)).toBe(false);
  });
});
