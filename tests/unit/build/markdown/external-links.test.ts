import { describe, expect, it } from 'vitest';
import { isExternalHref, withNoReferrer } from '../../../../build/markdown/external-links';

const siteUrl = 'https://onlinesafety.ddscp.org.uk';

describe('isExternalHref', () => {
  it('treats an address on another site as external', () => {
    expect(isExternalHref('https://www.childline.org.uk/', siteUrl)).toBe(true);
  });

  it("treats the site's own paths, fragments and full address as internal", () => {
    expect(['/contacts/childline/', '#scope', `${siteUrl}/guidance/`].map((href) => isExternalHref(href, siteUrl))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('leaves tel: and mailto: links alone', () => {
    expect(['tel:08001111', 'mailto:helpline@saferinternet.org.uk'].map((href) => isExternalHref(href, siteUrl))).toEqual([
      false,
      false,
    ]);
  });
});

describe('withNoReferrer', () => {
  it('adds noreferrer to a link without rel', () => {
    expect(withNoReferrer(undefined)).toBe('noreferrer');
  });

  it('keeps existing tokens and adds noreferrer once', () => {
    expect([withNoReferrer('nofollow'), withNoReferrer('nofollow noreferrer')]).toEqual([
      'nofollow noreferrer',
      'nofollow noreferrer',
    ]);
  });
});
