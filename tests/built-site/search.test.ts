import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/content/content-files';
import { readDecisionGuide } from '../../build/guide/decision-guide-file';
import { stepPath } from '../../src/lib/guide/guide-graph';
import { entryPath } from '../../src/lib/content/entries';
import { describeHours, isAlwaysOpen, openingStatus, type BankHolidays } from '../../src/lib/contacts/opening-hours';
import type { Opening } from '../../src/schemas/contact';
import { everyQueryFile } from '../../build/search-index/recompress';
import { decodeMeta } from '../../build/search-index/pagefind-files';
import {
  allPageRecords,
  contactListRecords,
  guideStartRecords,
  pathwayRecords,
  recordText,
  sectionListRecords,
  sitePageRecords,
} from '../../build/search-index/page-records';
import { areaPagePath, audiencePagePath } from '../../src/lib/contacts/contact-directory';
import { sitePaths } from '../../src/lib/pages/site-paths';
import { readFragment } from '../../build/search-index/search-words';
import { minifiedScript, readersScripts } from '../../build/search-index/minify-scripts';
import { splitKeywords } from '../../src/lib/search/search-config';
import type { SearchSettings } from '../../src/lib/search/search-settings';
import { actInitials, glossaryKeywords, keywordSearchText, phoneSearchText } from '../../src/lib/search/search-terms';
import { extraPageTypes } from '../../src/lib/search/search-config';
import { contentTypeLabels } from '../../src/schemas';
import { areaLabel, audienceLabel, contactAreaIds, site } from '../../src/site.config';
import { builtPages, distDir, isRedirectPage } from './built-site';
import { parseHtml } from '../../tools/built-site/html';

const pages = builtPages().filter((page) => !isRedirectPage(page.html));
const indexed = pages.filter((page) => page.html.includes('data-pagefind-body'));
const { entries } = loadContent();
const glossary = entries.flatMap((entry) =>
  entry.collection === 'glossary' ? [entry.data as Parameters<typeof glossaryKeywords>[1][number]] : [],
);
const isExtraPage = (page: { html: string }) =>
  Object.values(extraPageTypes).some((type) => page.html.includes(`data-pagefind-filter="type:${type}"`));
const pageOf = (path: string) => pages.find((page) => page.path === path);

function attributeValues(html: string, attribute: string): string[] {
  return parseHtml(html)
    .querySelectorAll(`[${attribute}]`)
    .map((element) => element.getAttribute(attribute) ?? '');
}

function scriptSources(html: string): string[] {
  return parseHtml(html)
    .querySelectorAll('script[src]')
    .map((script) => script.getAttribute('src') ?? '');
}

describe('the search index', () => {
  it('holds every page marked for search, and each record', () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(
      indexed.length + allPageRecords().length,
    );
  });

  it('adds records only for built pages, each titled with the page’s own heading and led by its opening words', () => {
    const records = [...pathwayRecords(), ...contactListRecords()];
    expect(records.length).toBeGreaterThan(site.audiences.length);
    for (const record of records) {
      const main = parseHtml(pageOf(record.url)?.html ?? '').querySelector('main');
      expect(main?.querySelector('h1')?.text.trim(), record.url).toBe(record.meta['title']);
      const opening = record.content.slice(recordText(record.meta['title'] ?? '', '').length);
      expect(main?.text.replace(/\s+/g, ' '), record.url).toContain(opening);
    }
  });

  it('finds every built page, marked for search or as a record, but the home page, the search page, the 404 page, the contact directory filtered by area or audience and the guide’s questions', () => {
    const recorded = new Set(allPageRecords().map((record) => record.url));
    const guide = readDecisionGuide()?.guide;
    const notSearched = new Set([
      '/',
      sitePaths.search,
      '/404.html',
      ...contactAreaIds.map(areaPagePath),
      ...site.audiences.map((audience) => audiencePagePath(audience.id)),
      ...(guide?.questions ?? []).map((question) => stepPath(question.id)),
    ]);
    const unfound = pages.filter(
      (page) => !notSearched.has(page.path) && !recorded.has(page.path) && !page.html.includes('data-pagefind-body'),
    );
    expect(pages.length).toBeGreaterThan(100);
    expect(unfound.map((page) => page.path)).toEqual([]);
  });

  it('adds a record for each section list, site page and the guide’s start, titled with its heading and described as the page describes itself', () => {
    const records = [...sectionListRecords(), ...sitePageRecords(), ...guideStartRecords()];
    for (const record of records) {
      const page = parseHtml(pageOf(record.url)?.html ?? '');
      expect(page.querySelector('main h1')?.text.trim(), record.url).toBe(record.meta['title']);
      const description = page.querySelector('meta[name="description"]')?.getAttribute('content');
      expect(record.content, record.url).toBe(recordText(record.meta['title'] ?? '', description ?? ''));
    }
  });

  it('marks the page of every entry that has a page of its own for search', () => {
    const built = entries.map((entry) => entryPath(entry.collection, entry.id)).filter((path) => pageOf(path) !== undefined);
    expect(new Set(built.map((path) => path.split('/')[1])).size).toBeGreaterThanOrEqual(6);
    expect(built.filter((path) => !indexed.some((page) => page.path === path))).toEqual([]);
  });

  it('gives Pagefind each contact’s phone numbers as written and as digits', () => {
    const problems = entries.flatMap((entry) => {
      if (entry.collection !== 'contacts' || !('phones' in entry.data) || entry.data.phones.length === 0) return [];
      const expected = `phone:${phoneSearchText(entry.data.phones.map((phone) => phone.number))}`;
      const path = entryPath('contacts', entry.id);
      const values = attributeValues(pageOf(path)?.html ?? '', 'data-pagefind-meta');
      return values.includes(expected) ? [] : [`${path} lacks ${expected}`];
    });
    expect(problems).toEqual([]);
  });

  it('gives Pagefind every page’s keywords, the first three names as its main keywords, the rest with the glossary’s names', () => {
    const problems = entries.flatMap((entry) => {
      const written = 'keywords' in entry.data ? entry.data.keywords : [];
      // An Act's page also answers to its initials.
      const keywords = 'shortTitle' in entry.data ? [...written, ...actInitials(entry.data)] : written;
      const page = pageOf(`/${entry.collection}/${entry.id}/`);
      if (!page || keywords.length === 0) return [];
      const values = attributeValues(page.html, 'data-pagefind-meta');
      const split = splitKeywords(keywords);
      const main = `keywords:${keywordSearchText(split.main)}`;
      const title = 'title' in entry.data ? entry.data.title : 'name' in entry.data ? entry.data.name : '';
      const others = split.more;
      const names = glossaryKeywords({ title: String(title), keywords }, glossary);
      const more = [
        ...(others.length > 0 ? [`more_keywords:${keywordSearchText(others)}`] : []),
        ...(names.length > 0 ? [`glossary_names:${keywordSearchText(names)}`] : []),
      ];
      return [main, ...more].filter((value) => !values.includes(value)).map((value) => `${page.path} lacks ${value}`);
    });
    expect(problems).toEqual([]);
  });

  it('filters only by the content types, audiences and areas the schemas and site config define', () => {
    const allowed = new Set([
      ...Object.values(contentTypeLabels).map((label) => `type:${label.singular}`),
      ...Object.values(extraPageTypes).map((label) => `type:${label}`),
      ...site.audiences.map((audience) => `audience:${audience.label}`),
      ...contactAreaIds.map((id) => `area:${areaLabel(id)}`),
    ]);
    const unknown = indexed.flatMap((page) =>
      attributeValues(page.html, 'data-pagefind-filter')
        .filter((value) => !allowed.has(value))
        .map((value) => `${page.path}: ${value}`),
    );
    expect(unknown).toEqual([]);
  });

  it('gives every marked page a type filter', () => {
    expect(
      indexed
        .filter((page) => !attributeValues(page.html, 'data-pagefind-filter').some((value) => value.startsWith('type:')))
        .map((page) => page.path),
    ).toEqual([]);
  });

  it('serves the WebAssembly and the metadata every search fetches in a smaller gzip than gzip’s best', () => {
    const folder = join(distDir, 'pagefind');
    const everyQuery = readdirSync(folder).filter((file) => everyQueryFile.test(file));
    expect(everyQuery.some((file) => file.endsWith('.pf_meta'))).toBe(true);
    expect(everyQuery.some((file) => file.endsWith('.pagefind'))).toBe(true);
    const larger = everyQuery.filter((file) => {
      const served = readFileSync(join(folder, file));
      return served.length >= gzipSync(gunzipSync(served), { level: 9 }).length;
    });
    expect(larger).toEqual([]);
  });
});

describe('the resources list in the index', () => {
  it('gives the search each resource once, where it is first listed, however many audiences it is for', () => {
    const html = parseHtml(pageOf('/resources/')!.html);
    const listings = html.querySelectorAll('li:has(> h3[id])').map((item) => ({
      title: item.querySelector('h3')!.text.trim(),
      indexed: item.getAttribute('data-pagefind-ignore') === undefined,
    }));
    const titles = [...new Set(listings.map((listing) => listing.title))];
    expect(listings.length).toBeGreaterThan(titles.length);
    expect(
      titles.filter((title) => listings.filter((listing) => listing.title === title && listing.indexed).length !== 1),
    ).toEqual([]);
  });
});

describe('the names of the index’s files', () => {
  const folder = join(distDir, 'pagefind');
  const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const metaFile = join(folder, `pagefind.${Object.values(entry.languages)[0]!.hash}.pf_meta`);
  const [, pages, chunks] = decodeMeta(gunzipSync(readFileSync(metaFile)), metaFile);

  it('names each page by its place in the index, so the list every first search fetches is short', () => {
    expect(pages.map(([name]) => name)).toEqual(pages.map((_, place) => String(place)));
  });

  it('holds only what the search page, its worker and the highlighter load: not Pagefind’s own search interfaces', () => {
    const files = readdirSync(folder, { withFileTypes: true })
      .filter((file) => file.isFile())
      .map((file) => file.name.replace(/^pagefind\.[\w-]+\.pf_meta$/, 'pagefind.<language>.pf_meta'))
      .sort();
    expect(files).toEqual([
      'pagefind-entry.json',
      'pagefind-highlight.js',
      'pagefind-worker.js',
      'pagefind.<language>.pf_meta',
      'pagefind.js',
      'wasm.en-gb.pagefind',
    ]);
  });

  it('has a fragment for every page and an index file for every chunk the metadata names, and no other', () => {
    const names = (subfolder: string, extension: string) =>
      readdirSync(join(folder, subfolder))
        .map((file) => file.replace(extension, ''))
        .sort();
    expect(names('fragment', '.pf_fragment')).toEqual(pages.map(([name]) => name).sort());
    expect(names('index', '.pf_index')).toEqual(chunks.map(([, , name]) => name).sort());
  });
});

describe('what the index holds of a contact card', () => {
  const fragments = readdirSync(join(distDir, 'pagefind', 'fragment')).map((file) =>
    readFragment(readFileSync(join(distDir, 'pagefind', 'fragment', file))),
  );
  const indexedText = (url: string) => fragments.find((fragment) => fragment.url === url)?.content ?? '';
  const contacts = entries.filter((entry) => entry.collection === 'contacts');

  it('leaves out the labels every card repeats, so "website" does not find every contact, and keeps what they label', () => {
    expect(contacts.length).toBeGreaterThan(0);
    for (const contact of contacts) {
      const text = indexedText(entryPath('contacts', contact.id));
      const { phones, eligibility, area, alsoCovers } = contact.data as {
        phones: { number: string }[];
        eligibility?: string;
        area: string;
        alsoCovers: string[];
      };
      for (const phone of phones) expect(text, contact.id).toContain(phone.number);
      // Who it is for, then where, with no label between them.
      if (eligibility) expect(text, contact.id).toContain(`${eligibility} ${[area, ...alsoCovers].map(areaLabel).join(' and ')}`);
      for (const label of ['Who for', 'Website', 'Opening hours', 'Email']) expect(text, contact.id).not.toContain(label);
    }
  });

  it('keeps the "open now" badge of a service that never closes apart from the hours after it', () => {
    const alwaysOpen = contacts.filter((contact) => {
      const { hours } = contact.data as { hours?: Opening[] };
      return hours !== undefined && isAlwaysOpen(hours);
    });
    expect(alwaysOpen.length).toBeGreaterThan(0);
    for (const contact of alwaysOpen) {
      const { hours, bankHolidays } = contact.data as { hours: Opening[]; bankHolidays?: BankHolidays };
      const badge = openingStatus(hours, new Date()).label;
      expect(indexedText(entryPath('contacts', contact.id)), contact.id).toContain(
        `${badge} ${describeHours(hours, bankHolidays)} (UK time)`,
      );
    }
  });
});

describe('Pagefind’s scripts that readers load', () => {
  it.each(readersScripts)('serves %s minified', async (file) => {
    const served = readFileSync(join(distDir, 'pagefind', file), 'utf8');
    expect((await minifiedScript(served)).length).toBeGreaterThan(served.length * 0.98);
  });
});

describe('the search page', () => {
  const app = parseHtml(pageOf('/search/')?.html ?? '').querySelector('[data-search-app]');
  const settings = JSON.parse(app?.getAttribute('data-search-settings') ?? '{}') as Partial<SearchSettings>;
  const withFilter = (name: string, value: string | undefined) =>
    indexed.filter((page) => page.html.includes(`data-pagefind-filter="${name}:${value}"`));

  it('names the audience filter value of pages for professionals, so a parent’s question can put pages only for them after', () => {
    expect(settings.professionalsAudience).toBe(site.audiences.find((audience) => audience.id === 'professionals')?.label);
    expect(withFilter('audience', settings.professionalsAudience).length).toBeGreaterThan(5);
  });

  it('names type filter values the built pages have: contacts, each type a word asks for, source documents, guide outcomes for young people', () => {
    expect(withFilter('type', settings.contactType).every((page) => page.path.startsWith('/contacts/'))).toBe(true);
    expect(withFilter('type', settings.contactType).length).toBeGreaterThan(10);
    for (const type of new Set(Object.values(settings.typeWords ?? {})))
      expect(withFilter('type', type).length, type).toBeGreaterThan(0);
    expect(withFilter('type', settings.archiveType).length).toBeGreaterThan(0);
    const outcome = settings.youngPeopleOutcome;
    expect(
      withFilter('type', outcome?.type).filter((page) =>
        page.html.includes(`data-pagefind-filter="audience:${outcome?.audience}"`),
      ).length,
    ).toBeGreaterThan(0);
  });

  it('names as the list of each type asked for a built page that lists it', () => {
    const lists = Object.entries(settings.typeLists ?? {});
    expect(lists.map(([type]) => type).sort()).toEqual([...new Set(Object.values(settings.typeWords ?? {}))].sort());
    // The list page links to every built page of its type, so it is the list of that type, not another page.
    for (const [type, path] of lists) {
      const ofType = withFilter('type', type);
      const entries = ofType.filter((page) => page.path !== path);
      // Resources have no pages of their own: the list is the one page of its type.
      if (entries.length === 0) {
        expect(
          ofType.map((page) => page.path),
          type,
        ).toEqual([path]);
        continue;
      }
      // The list and its further pages ("/procedures/2/") where a large site splits it.
      const html = pages
        .filter((page) => page.path === path || new RegExp(`^${path}\\d+/$`).test(page.path))
        .map((page) => page.html)
        .join('');
      expect(
        entries.filter((page) => !html.includes(`href="${page.path}"`)).map((page) => page.path),
        `${type}: ${path}`,
      ).toEqual([]);
    }
  });
});

describe('what pages load for search', () => {
  const enhancement = scriptSources(pageOf('/guidance/bullying-online/')?.html ?? '').filter((source) =>
    source.includes('/Base.astro_'),
  );
  const searchOnly = scriptSources(pageOf('/search/')?.html ?? '').filter((source) => !enhancement.includes(source));

  it('gives every page the one enhancement script', () => {
    expect([
      enhancement.length,
      pages.filter((page) => !scriptSources(page.html).includes(enhancement[0] ?? '')).map((page) => page.path),
    ]).toEqual([1, []]);
  });

  it('adds the search page’s own script on /search/ and nowhere else', () => {
    const elsewhere = pages.filter(
      (page) => page.path !== '/search/' && scriptSources(page.html).some((source) => searchOnly.includes(source)),
    );
    expect([searchOnly.length > 0, elsewhere.map((page) => page.path)]).toEqual([true, []]);
  });

  it('starts the search worker from the search page’s script alone: one module with Pagefind’s script, not its worker', () => {
    const scripts = readdirSync(join(distDir, '_astro')).filter((name) => name.endsWith('.js'));
    const starting = scripts.filter((name) => readFileSync(join(distDir, '_astro', name), 'utf8').includes('/_astro/workers/'));
    const workers = readdirSync(join(distDir, '_astro', 'workers'));
    const worker = readFileSync(join(distDir, '_astro', 'workers', workers[0] ?? ''), 'utf8');
    expect({
      starting: starting.map((name) => `/_astro/${name}`),
      workers: workers.length,
      importsPagefind: worker.includes('pagefind.js'),
      startsPagefindsWorker: worker.includes('pagefind-worker'),
    }).toEqual({ starting: searchOnly, workers: 1, importsPagefind: true, startsPagefindsWorker: false });
  });

  // The search (the strategy that reads a query, and the first screen's order) runs in the worker,
  // off the main thread; the page's own script only draws. Budgets in bytes gzip.
  it('keeps the search out of the search page’s own script: that script within 6 KB, the worker within 40 KB', () => {
    const [script] = searchOnly;
    const pageScript = readFileSync(join(distDir, (script ?? '').slice(1)), 'utf8');
    const [workerFile] = readdirSync(join(distDir, '_astro', 'workers'));
    const worker = readFileSync(join(distDir, '_astro', 'workers', workerFile ?? ''), 'utf8');
    const sizes = { pageScript: gzipSync(pageScript).length, worker: gzipSync(worker).length };
    expect(searchOnly).toHaveLength(1);
    expect(sizes.pageScript, JSON.stringify(sizes)).toBeLessThanOrEqual(6 * 1024);
    expect(sizes.worker, JSON.stringify(sizes)).toBeLessThanOrEqual(40 * 1024);
  });

  it('names no Pagefind file in any page’s HTML', () => {
    expect(pages.filter((page) => page.html.includes('/pagefind/')).map((page) => page.path)).toEqual([]);
  });

  it('names no Pagefind file in the enhancement script except the highlight script', () => {
    const script = readFileSync(join(distDir, enhancement[0] ?? ''), 'utf8');
    expect([...script.matchAll(/\/pagefind\/[\w.-]+/g)].map((match) => match[0])).toEqual(['/pagefind/pagefind-highlight.js']);
  });
});

describe('the A to Z', () => {
  it('links to every content page marked for search', () => {
    const links = new Set(attributeValues(pageOf('/a-z/')?.html ?? '', 'href'));
    expect(
      indexed
        .filter((page) => !isExtraPage(page))
        .map((page) => page.path)
        .filter((path) => !links.has(path)),
    ).toEqual([]);
  });
});

describe('guide outcomes', () => {
  it('marks every outcome of the guide for search, and no guide question', () => {
    const marked = indexed.filter(isExtraPage).map((page) => page.path);
    const guide = pages.filter((page) => page.path.startsWith('/worried/') && page.path !== '/worried/');
    const outcomes = guide.filter((page) => page.html.includes('<h2 id="what-to-do"'));
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.length).toBeLessThan(guide.length);
    expect(marked.sort()).toEqual(outcomes.map((page) => page.path).sort());
  });

  it('files each outcome under the readers who reach it, as content pages are filed under their audiences', () => {
    const outcomes = readDecisionGuide()?.guide?.outcomes ?? [];
    expect(outcomes.some((outcome) => outcome.readers.length > 0)).toBe(true);
    for (const outcome of outcomes) {
      const filters = attributeValues(pageOf(stepPath(outcome.id))?.html ?? '', 'data-pagefind-filter');
      expect(filters.filter((filter) => filter.startsWith('audience:')).sort(), outcome.id).toEqual(
        outcome.readers.map((reader) => `audience:${audienceLabel(reader)}`).sort(),
      );
    }
  });
});
