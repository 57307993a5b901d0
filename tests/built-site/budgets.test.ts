import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { distDirectory, editorFolder, readablePages } from '../../tools/built-site/built-pages';
import { assetReferences, gzipSize, measurePage } from '../../tools/built-site/page-weight';
import { parseHtml } from '../../tools/built-site/html';

/**
 * Weight budgets, in bytes gzip-compressed as a host sends them (see `gzipSize`). Bytes in
 * `dist/` are deterministic, so these are tests, not benchmarks.
 */
const budgets = {
  /** The one enhancement script every page shares (quick exit, copy link, table of contents). */
  enhancementScript: 5 * 1024,
  /** All the CSS one page loads. */
  css: 20 * 1024,
  /**
   * HTML + CSS + JS of a page's first load: 14,600 bytes is one TCP initial congestion window
   * (RFC 6928: 10 segments) of 1,460-byte segments (a 1,500-byte Ethernet MTU less 40 bytes of
   * IPv4 and TCP headers). Everything the page needs then arrives in the first round trip after
   * the handshake, which is what a reader on a poor phone signal feels. TLS and HTTP headers take
   * a little of that window too, so this is a ceiling, not a target.
   */
  firstLoad: 14_600,
  /**
   * Pages whose main text is longer than this many characters (about 2,000 words, ten minutes'
   * reading; today the full online harms chapter and the 2017 strategy) are long-form. Every page
   * pays about 8 KB gzip before its text (CSS, the script, header and footer), and plain English
   * compresses to about a third, so text beyond this cannot share one window with them. For these
   * pages the first window must carry the top of the page (title and summary) with the CSS and
   * JS, and the rest streams in behind while the reader starts reading.
   */
  longFormCharacters: 12_000,
};

const dist = distDirectory();
const pages = readablePages(dist);
/** The search page loads the search UI on demand; every other page is a content page. */
const isSearch = (path: string) => path === '/search/';
const nonSearchPages = pages.filter((page) => !isSearch(page.path));
const weights = pages.map((page) => measurePage(dist, page));
const nonSearchWeights = weights.filter((weight) => !isSearch(weight.path));
const htmlOf = new Map(pages.map((page) => [page.path, readFileSync(page.file, 'utf8')]));
/**
 * Content pages: one entry each (a procedure, an Act, a risk, a contact, guidance, a document),
 * the pages whose article search indexes. Directories, A–Z lists and pathways list entries, so
 * they grow with the content; they are held to the top-of-page budget instead.
 */
const isEntryPath = (path: string) => /^\/[a-z-]+\/[a-z0-9-]+\/$/.test(path);
// The resources page is searchable too, but it lists every resource, so it is a directory here.
const contentWeights = nonSearchWeights.filter(
  (weight) => isEntryPath(weight.path) && (htmlOf.get(weight.path) ?? '').includes('data-pagefind-body'),
);

/** The characters of text a reader reads in `<main>`. */
function mainTextLength(html: string): number {
  return (parseHtml(html).querySelector('main')?.text ?? '').replaceAll(/\s+/g, ' ').length;
}

/** The page's HTML from the start through its title and the paragraph after it: what a reader sees first. */
function topOfPage(html: string): string {
  const title = html.indexOf('</h1>');
  const summary = html.indexOf('</p>', title);
  return html.slice(0, summary > -1 ? summary + '</p>'.length : title + '</h1>'.length);
}

/** The site header (with its navigation) and footer that every page repeats. */
function chrome(html: string): string {
  const document = parseHtml(html);
  const [header, footer] = [document.querySelector('header'), document.querySelectorAll('footer').at(-1)];
  // The current section is marked in the navigation; that is the one intended difference.
  for (const current of [header, footer].flatMap((part) => part?.querySelectorAll('[aria-current="page"]') ?? []))
    current.removeAttribute('aria-current');
  return (header?.outerHTML ?? '') + (footer?.outerHTML ?? '');
}

describe('weight budgets', () => {
  it('gives every page but search the one shared script, plus only the scripts of the components it shows', () => {
    const scriptsOf = (page: { path: string }) => assetReferences(htmlOf.get(page.path) ?? '').scripts;
    const shared = new Set(nonSearchPages.map((page) => scriptsOf(page).find((src) => src.includes('/Base.astro_'))));
    expect([...shared]).toHaveLength(1);
    expect([...shared][0]).toMatch(/^\/_astro\/Base\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/);
    const others = nonSearchPages.flatMap((page) =>
      scriptsOf(page)
        .filter((src) => !shared.has(src) && !/^\/_astro\/[A-Z]\w*\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(src))
        .map((src) => `${page.path}: ${src}`),
    );
    expect(others).toEqual([]);
  });

  it(`keeps the scripts each page loads within ${budgets.enhancementScript} bytes gzip`, () => {
    const largest = Math.max(...nonSearchWeights.map((weight) => weight.js.gzip));
    expect(largest).toBeLessThanOrEqual(budgets.enhancementScript);
  });

  it(`keeps each page's CSS within ${budgets.css} bytes gzip`, () => {
    expect(
      weights.filter((weight) => weight.css.gzip > budgets.css).map((weight) => `${weight.path}: ${weight.css.gzip}`),
    ).toEqual([]);
  });

  it('loads nothing from Pagefind on any page but search, until a reader searches', () => {
    const loading = nonSearchWeights.filter(
      (weight) =>
        [...weight.scripts, ...weight.stylesheets].some((path) => path.startsWith('/pagefind/')) ||
        (htmlOf.get(weight.path) ?? '').includes('/pagefind/'),
    );
    expect(loading.map((weight) => weight.path)).toEqual([]);
  });

  it('uses no web fonts', () => {
    // The content editor's own fonts (dist/admin/fonts/) are for editors; no reader's page loads them.
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (file) => !file.startsWith(`${editorFolder}${sep}`),
    );
    expect(files.filter((file) => /\.(?:woff2?|ttf|otf|eot)$/i.test(file))).toEqual([]);
    const stylesheets = files.filter((file) => file.endsWith('.css'));
    expect(stylesheets.filter((file) => readFileSync(join(dist, file), 'utf8').includes('@font-face'))).toEqual([]);
  });

  it(`fits each content page's first load (HTML, CSS and JS) in ${budgets.firstLoad} bytes gzip, apart from long-form pages`, () => {
    const shortPages = contentWeights.filter(
      (weight) => mainTextLength(htmlOf.get(weight.path) ?? '') <= budgets.longFormCharacters,
    );
    expect(shortPages.length).toBeGreaterThan(contentWeights.length / 2);
    expect(
      shortPages
        .filter((weight) => weight.firstLoadGzip > budgets.firstLoad)
        .map((weight) => `${weight.path}: ${weight.firstLoadGzip}`),
    ).toEqual([]);
  });

  it(`fits the top of every page (title and summary) with its CSS and JS in ${budgets.firstLoad} bytes gzip`, () => {
    const over = nonSearchWeights
      .map((weight) => ({
        path: weight.path,
        bytes: gzipSize(topOfPage(htmlOf.get(weight.path) ?? '')) + weight.css.gzip + weight.js.gzip,
      }))
      .filter((top) => top.bytes > budgets.firstLoad);
    expect(over.map((top) => `${top.path}: ${top.bytes}`)).toEqual([]);
  });

  it('repeats the same header, navigation and footer bytes on every page, so no page grows with the site', () => {
    // The search page's header leaves out its Search panel: the page itself is the search.
    const variants = new Set(nonSearchPages.map((page) => chrome(htmlOf.get(page.path) ?? '')));
    expect(variants.size).toBe(1);
  });

  it('keeps the repeated header, navigation and footer to a fixed handful of links', () => {
    const links = parseHtml(chrome(htmlOf.get('/') ?? '')).querySelectorAll('a');
    expect(links.length).toBeLessThanOrEqual(20);
  });
});
