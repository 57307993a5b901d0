import { describe, expect, it } from 'vitest';
import { siteUrlInCss } from '../../../../build/styles/site-url-in-css';

const transform = (code: string, id: string) => {
  const hook = siteUrlInCss('https://example.org').transform as (code: string, id: string) => { code: string } | undefined;
  return hook(code, id)?.code;
};

describe('the site address in the stylesheet', () => {
  it('writes the site address where a stylesheet says __SITE_URL__', () => {
    expect(transform("a::after { content: ' (__SITE_URL__' attr(href) ')'; }", '/src/styles/global.css')).toBe(
      "a::after { content: ' (https://example.org' attr(href) ')'; }",
    );
  });

  it('leaves scripts alone', () => {
    expect(transform("const x = '__SITE_URL__';", '/src/scripts/enhance.ts')).toBeUndefined();
  });
});
