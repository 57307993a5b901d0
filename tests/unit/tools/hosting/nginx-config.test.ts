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
        add_header Cache-Control "public, max-age=31536000, immutable";
        try_files $uri $uri/index.html =404;
      }

      location = /_headers { return 404; }
      location = /_redirects { return 404; }

      location = /guidance/cyberbullying/ {
        add_header Content-Security-Policy "default-src 'none'; frame-ancestors 'none'" always;
        add_header Referrer-Policy "no-referrer" always;
        return 301 /guidance/bullying-online/;
      }
      "
    `);
  });

  it('gives /search/ its own policy where a later rule replaces the site-wide one, as the hosts do', () => {
    const config = nginxConfig(
      `${headers}\n/search/*\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval'\n`,
      '',
      '/srv',
    );
    expect(config).toContain(`location /search/ {
  add_header Content-Security-Policy "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'" always;
  add_header Referrer-Policy "no-referrer" always;`);
  });

  it('does not serve the host rule files', () => {
    expect(nginxConfig(headers, '', '/srv')).toContain(
      'location = /_headers { return 404; }\nlocation = /_redirects { return 404; }',
    );
  });

  it('escapes double quotes in header values', () => {
    expect(nginxConfig('/*\n  X-Test: say "hi"\n', '', '/srv')).toContain(String.raw`add_header X-Test "say \"hi\"" always;`);
  });
});
