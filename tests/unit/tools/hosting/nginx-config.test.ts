import { describe, expect, it } from 'vitest';
import { nginxConfig } from '../../../../tools/hosting/nginx-config';

const headers = `# comment
/*
  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'
  Referrer-Policy: no-referrer

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

describe('nginxConfig', () => {
  it('repeats the site-wide headers in every location, adds redirects, and serves the 404 page', () => {
    expect(nginxConfig(headers, '/guidance/cyberbullying/ /guidance/bullying-online/ 301\n', '/srv/site')).toMatchInlineSnapshot(`
      "# Generated from _headers and _redirects by \`npx tsx tools/hosting/write-nginx-config.ts\`; regenerate after changing them.
      root /srv/site;
      index index.html;
      error_page 404 /404.html;

      location / {
        add_header Content-Security-Policy "default-src 'none'; frame-ancestors 'none'" always;
        add_header Referrer-Policy "no-referrer" always;
        try_files $uri $uri/index.html =404;
      }

      location /_astro/ {
        add_header Content-Security-Policy "default-src 'none'; frame-ancestors 'none'" always;
        add_header Referrer-Policy "no-referrer" always;
        add_header Cache-Control "public, max-age=31536000, immutable" always;
        try_files $uri $uri/index.html =404;
      }

      location = /guidance/cyberbullying/ { return 301 /guidance/bullying-online/; }
      "
    `);
  });

  it('escapes double quotes in header values', () => {
    expect(nginxConfig('/*\n  X-Test: say "hi"\n', '', '/srv')).toContain(String.raw`add_header X-Test "say \"hi\"" always;`);
  });
});
