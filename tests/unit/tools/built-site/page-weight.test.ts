import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  assetReferences,
  gzipSize,
  measurePage,
  median,
  pageType,
  scriptClosure,
  staticImports,
} from '../../../../tools/built-site/page-weight';

describe('assetReferences', () => {
  const html = `<html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg"><link rel="modulepreload" href="/_astro/chunk.js">
    <script type="application/ld+json">{"@type":"WebPage"}</script></head><body><script type="module" src="/_astro/enhance.js"></script></body></html>`;

  it('finds linked stylesheets but not icons', () => {
    expect(assetReferences(html).stylesheets).toEqual(['/_astro/site.css']);
  });

  it('finds script sources and module preloads', () => {
    expect(assetReferences(html).scripts).toEqual(['/_astro/chunk.js', '/_astro/enhance.js']);
  });

  it('reports inline scripts with their type', () => {
    expect(assetReferences(html).inlineScripts).toEqual([{ type: 'application/ld+json', text: '{"@type":"WebPage"}' }]);
  });
});

describe('staticImports', () => {
  it('finds the static imports and re-exports a bundler writes', () => {
    expect(staticImports('import{a as b}from"./chunk.js";import"./side.js";export{c}from"./other.js";')).toEqual([
      './chunk.js',
      './side.js',
      './other.js',
    ]);
  });

  it('ignores dynamic imports, which load on demand', () => {
    expect(staticImports('button.onclick=()=>import("/pagefind/pagefind.js")')).toEqual([]);
  });
});

describe('scriptClosure', () => {
  it('follows static imports once each, resolving relative paths', () => {
    const files: Record<string, string> = {
      '/_astro/a.js': 'import"./b.js";import"./c.js";',
      '/_astro/b.js': 'import"./c.js";',
      '/_astro/c.js': '',
    };
    expect(scriptClosure(['/_astro/a.js'], (path) => files[path] ?? '')).toEqual([
      '/_astro/a.js',
      '/_astro/b.js',
      '/_astro/c.js',
    ]);
  });
});

describe('pageType', () => {
  it('names each kind of page by its path', () => {
    expect(
      [
        '/',
        '/procedures/domestic-abuse/',
        '/legislation/children-act-1989/',
        '/risks/content/',
        '/contacts/',
        '/contacts/childline/',
        '/guidance/getting-help/',
        '/search/',
        '/procedures/',
        '/404.html',
      ].map(pageType),
    ).toEqual([
      'home',
      'procedure',
      'legislation',
      'risk',
      'contact directory',
      'contact',
      'guidance',
      'search',
      'index',
      'other',
    ]);
  });
});

describe('median', () => {
  it('takes the middle value of an odd count', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('averages the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('errors on no values', () => {
    expect(() => median([])).toThrow('median() needs at least one value.');
  });
});

describe('measurePage', () => {
  const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
  const files: Record<string, string> = {
    'index.html':
      '<html><head><link rel="stylesheet" href="/_astro/site.css"></head><body><script type="module" src="/_astro/enhance.js"></script></body></html>',
    '_astro/site.css': 'body{color:#0b0c0c}',
    '_astro/enhance.js': 'import"./feature.js";',
    '_astro/feature.js': 'document.documentElement.classList.add("js");',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  }
  afterAll(() => rmSync(dist, { recursive: true }));
  const weight = measurePage(dist, { file: join(dist, 'index.html'), path: '/', kind: 'page' });

  it('counts the HTML, its stylesheet and every script it runs, raw', () => {
    expect([weight.html.raw, weight.css.raw, weight.js.raw]).toEqual([
      files['index.html']?.length,
      files['_astro/site.css']?.length,
      (files['_astro/enhance.js']?.length ?? 0) + (files['_astro/feature.js']?.length ?? 0),
    ]);
  });

  it('adds the compressed sizes of each file into the first load', () => {
    expect(weight.firstLoadGzip).toBe(
      gzipSize(files['index.html'] ?? '') +
        gzipSize(files['_astro/site.css'] ?? '') +
        gzipSize(files['_astro/enhance.js'] ?? '') +
        gzipSize(files['_astro/feature.js'] ?? ''),
    );
  });

  it('errors if a page loads a file from another site', () => {
    writeFileSync(join(dist, 'remote.html'), '<script src="https://cdn.example.com/x.js"></script>');
    expect(() => measurePage(dist, { file: join(dist, 'remote.html'), path: '/remote.html', kind: 'page' })).toThrow(
      '/remote.html loads https://cdn.example.com/x.js, which is not on this site.',
    );
  });
});
