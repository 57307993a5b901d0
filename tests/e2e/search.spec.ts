import { expect, type Page } from '@playwright/test';
import { test } from './support/fixtures';
import { axeViolations } from './support/axe';

const onlineHarms = '/procedures/safeguarding-children-from-online-harms/';

/**
 * A few queries through the real search page in the browser, each landing at a section: the whole
 * query set (tests/search-queries.yaml) runs against the same index and strategy in Node, in
 * tests/built-site/search-queries.test.ts, which is much faster than typing each one here.
 */
const queries: { query: string; page: string; section?: string }[] = [
  { query: 'PCOT', page: onlineHarms, section: 'police-pcot' },
  { query: 'DSL', page: onlineHarms, section: 'consultation-and-advice' },
  { query: '0344 381 4772', page: '/contacts/professionals-online-safety-helpline/' },
  { query: 'upskirting', page: '/legislation/voyeurism-offences-act-2019/', section: 'upskirting' },
  { query: 'victim blaming', page: onlineHarms, section: 'victim-blaming-language' },
  { query: 'parental controls', page: '/guidance/parental-controls-and-privacy-settings/', section: 'parental-controls' },
  { query: 'sextortion', page: '/guidance/sextortion/' },
  // A topic and a type of page: the law, not the page that explains grooming.
  { query: 'grooming law', page: '/legislation/sexual-offences-act-2003/' },
  // A concern about someone who works with children: their procedure, whatever else the words name.
  { query: 'football coach texting my son', page: '/procedures/allegations-against-staff-carers-and-volunteers/' },
];

const searchField = (page: Page) => page.locator('main').getByRole('searchbox', { name: 'Search this site' });
const results = (page: Page) => page.locator('#search-results > li');
const summary = (page: Page) => page.locator('[data-search-summary]');

/**
 * Types like a reader, then waits until the results on screen are for the whole query.
 * @param searched what the results say was searched, when words that ask for help in general were taken off
 */
async function search(page: Page, query: string, searched = query): Promise<void> {
  await page.goto('/search/');
  await searchField(page).pressSequentially(query, { delay: 15 });
  await expect(summary(page)).toContainText(`‘${searched}’`);
}

for (const { query, page: expected, section } of queries) {
  test(`typing “${query}” puts ${expected}${section ? `#${section}` : ''} first`, async ({ sharedPage: page }) => {
    await search(page, query);
    const first = results(page).first();
    await expect(first.getByRole('heading').getByRole('link')).toHaveAttribute('href', new RegExp(`^${expected}\\?highlight=`));
    if (section)
      await expect(first.locator('.search-sections a').first()).toHaveAttribute(
        'href',
        new RegExp(`^${expected}\\?highlight=[^#]*#${section}$`),
      );
  });
}

test('a result shows its title, type label, an excerpt with the matched words marked and links to matching sections', async ({
  sharedPage: page,
}) => {
  await search(page, 'PCOT');
  const first = results(page).first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Safeguarding children from online harms');
  await expect(first.getByText('Procedure', { exact: true })).toBeVisible();
  await expect(first.locator('mark').first()).toHaveText(/^(pcot|protecting|children|online|team)$/i);
  await expect(
    first.getByRole('list', { name: 'Matching sections of Safeguarding children from online harms' }).getByRole('link').first(),
  ).toBeVisible();
});

test('an acronym is searched with its full name from the glossary, and the destination marks both', async ({
  sharedPage: page,
}) => {
  await search(page, 'DSL');
  await expect(summary(page)).toHaveText(/^\d+ results for ‘DSL’ or ‘Designated safeguarding lead’$/);
  await results(page).first().locator('.search-sections a').first().click();
  await expect(page).toHaveURL(/#consultation-and-advice$/);
  await expect(page.locator('main mark', { hasText: /^designated$/i }).first()).toBeVisible();
});

test('the result count is announced in a live region', async ({ sharedPage: page }) => {
  await search(page, 'Childline');
  await expect(page.locator('main').getByRole('status')).toHaveText(/^\d+ results? for ‘Childline’$/);
});

test('the address follows what the reader types, so a search can be linked', async ({ sharedPage: page }) => {
  await search(page, 'parental controls');
  await expect(page).toHaveURL(/\/search\/\?q=parental\+controls$/);
  await expect(page).toHaveTitle(/^Search results for ‘parental controls’/);
});

test('a link with ?q= opens the search page with the query filled in and its results shown', async ({ sharedPage: page }) => {
  await page.goto('/search/?q=CEOP');
  await expect(searchField(page)).toHaveValue('CEOP');
  await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', /^\/contacts\/ceop-safety-centre\//);
});

test('the header search form sends the query to the search page', async ({ sharedPage: page }) => {
  await page.goto('/');
  await page.getByRole('banner').locator('summary', { hasText: 'Search' }).click();
  await page.getByRole('banner').getByRole('searchbox').fill('Report Remove');
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Report\+Remove$/);
  await expect(summary(page)).toContainText('‘Report Remove’');
});

test('arrow keys move from the field through the results and back', async ({ sharedPage: page }) => {
  await search(page, 'helpline');
  const links = page.locator('#search-results a');
  await searchField(page).press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(searchField(page)).toBeFocused();
});

test('results come five at a time, and Show more results moves focus to the first new one', async ({ sharedPage: page }) => {
  await search(page, 'online safety');
  await expect(results(page)).toHaveCount(5);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results(page)).toHaveCount(10);
  await expect(results(page).nth(5).getByRole('heading').getByRole('link')).toBeFocused();
});

test('Escape on a result goes back to the search field', async ({ sharedPage: page }) => {
  await search(page, 'helpline');
  await searchField(page).press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(searchField(page)).toBeFocused();
});

test('Ctrl+K moves focus to the header search field on a content page', async ({ sharedPage: page }) => {
  await page.goto('/contacts/childline/');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('banner').getByRole('searchbox')).toBeFocused();
});

test('Ctrl+K moves focus to the search page’s own field on the search page', async ({ sharedPage: page }) => {
  await page.goto('/search/');
  await page.keyboard.press('Control+k');
  await expect(searchField(page)).toBeFocused();
});

test('the letter k on its own does not move focus (no single-key shortcut)', async ({ sharedPage: page }) => {
  await page.goto('/contacts/childline/');
  await page.keyboard.press('k');
  await expect(page.locator('#site-search')).not.toBeFocused();
});

test('filters for type, audience and area come from the index and narrow the results', async ({ sharedPage: page }) => {
  await search(page, 'helpline');
  await page.getByText('Filter results').click();
  const type = page.getByRole('group', { name: 'Type of page' });
  await expect(page.getByRole('group', { name: 'Written for' }).getByRole('checkbox', { name: 'Professionals' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Area' }).getByRole('checkbox', { name: 'Derbyshire' })).toBeVisible();
  await type.getByRole('checkbox', { name: 'Contact' }).check();
  await expect(summary(page)).toContainText('with the filters you chose');
  await expect(page).toHaveURL(/\?q=helpline&type=Contact$/);
  const labels = await results(page).locator('p.text-muted').allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  expect(new Set(labels)).toEqual(new Set(['Contact']));
});

test('filters start closed, and open when the reader asks for them', async ({ sharedPage: page }) => {
  await search(page, 'helpline');
  await expect(page.getByRole('group', { name: 'Type of page' })).toBeHidden();
  await page.getByText('Filter results').click();
  await expect(page.getByRole('group', { name: 'Type of page' }).getByRole('checkbox', { name: 'Contact' })).toBeVisible();
});

test('a mistyped query finds the page for the word meant, and offers it as “Did you mean”', async ({ sharedPage: page }) => {
  await page.goto('/search/');
  await searchField(page).pressSequentially('parental contrls', { delay: 15 });
  await expect(page.getByText('Did you mean parental controls?')).toBeVisible();
  await expect(summary(page)).toContainText('for ‘parental controls’');
  await expect(results(page).first().getByRole('heading').getByRole('link')).toHaveAttribute(
    'href',
    /^\/guidance\/parental-controls-and-privacy-settings\//,
  );
  await page.getByRole('link', { name: 'parental controls', exact: true }).click();
  await expect(searchField(page)).toHaveValue('parental controls');
  await expect(page.getByText('Did you mean')).toBeHidden();
});

test('an everyday word the pages do not use is read as typed, not offered as a mistake for a word they do', async ({
  sharedPage: page,
}) => {
  // "counts" is one letter from "county" (county lines), and was offered as "Did you mean county online abuse?".
  await page.goto('/search/?q=what+counts+as+online+abuse');
  await expect(summary(page)).toContainText('for ‘what counts as online abuse’');
  await expect(page.getByText('Did you mean')).toBeHidden();
  await expect(results(page).first().getByRole('heading').getByRole('link')).toHaveAttribute(
    'href',
    new RegExp(`^${onlineHarms}`),
  );
});

test('a search that finds nothing says how to search again, and gives the emergency number and the guide', async ({
  sharedPage: page,
}) => {
  const none = page.locator('[data-search-none]');
  await page.goto('/search/?q=xyzzyq&type=Contact');
  await expect(summary(page)).toHaveText('No results for ‘xyzzyq’ with the filters you chose');
  await expect(none.getByText('checking the spelling')).toBeVisible();
  await expect(none.getByText('clearing the filters you chose')).toBeVisible();
  await expect(none.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
  await expect(none.getByRole('link', { name: 'Answer a few questions to find out what to do' })).toHaveAttribute(
    'href',
    '/worried/',
  );
  await expect(results(page)).toHaveCount(0);

  await page.goto('/search/?q=xyzzyq');
  await expect(summary(page)).toHaveText('No results for ‘xyzzyq’');
  await expect(none.getByText('clearing the filters you chose')).toBeHidden();

  await searchField(page).fill('');
  await searchField(page).pressSequentially('sexting', { delay: 15 });
  await expect(summary(page)).toContainText('‘sexting’');
  await expect(none).toBeHidden();
});

test('a service name with “number” puts the service’s contact page first', async ({ sharedPage: page }) => {
  await search(page, 'childline number');
  await expect(results(page).first().getByRole('heading').getByRole('link')).toHaveAttribute('href', /^\/contacts\/childline\//);
});

test('the printable key numbers sheet is found by its name, as a contact page, with its opening line', async ({
  sharedPage: page,
}) => {
  await search(page, 'key numbers');
  const first = results(page).first();
  await expect(first.getByRole('heading').getByRole('link')).toHaveAttribute('href', /^\/contacts\/key-numbers\/\?highlight=/);
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Key numbers');
  await expect(first.getByText('Contact', { exact: true })).toBeVisible();
  await expect(first).toContainText('Print this page and keep it by the phone');
});

test('a parent’s question about their own child puts a page for parents before the professionals’ procedure', async ({
  sharedPage: page,
}) => {
  // "stop" asks for help in general, and the results say what was searched.
  await search(page, 'how do i stop my child seeing porn', 'my child seeing porn');
  const links = results(page).getByRole('heading').getByRole('link');
  await expect(links.first()).not.toHaveAttribute('href', new RegExp(`^${onlineHarms}`));
  const hrefs = await links.evaluateAll((found) => found.slice(0, 3).map((link) => link.getAttribute('href')));
  expect(hrefs.some((href) => href?.startsWith('/guidance/parental-controls-and-privacy-settings/'))).toBe(true);
});

test('a threat to post a picture finds Sextortion, and the results name the query as typed', async ({ sharedPage: page }) => {
  // Searched as "threatening to share", which the reader never typed: the summary keeps their words.
  await search(page, 'he says he will post my nudes');
  await expect(results(page).first().getByRole('heading').getByRole('link')).toHaveAttribute('href', /^\/guidance\/sextortion\//);
});

test('a linked filter is ticked when the page opens', async ({ sharedPage: page }) => {
  await page.goto('/search/?q=consultation&area=Derbyshire');
  await expect(page.getByRole('group', { name: 'Area' }).getByRole('checkbox', { name: 'Derbyshire' })).toBeChecked();
  await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', /^\/contacts\/starting-point\//);
});

test('following a result marks the searched words on the destination page', async ({ sharedPage: page }) => {
  await search(page, 'Report Remove');
  await results(page).first().getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(/\/contacts\/report-remove\/\?highlight=/);
  await expect(page.locator('main mark').first()).toHaveText(/^(report|remove)$/i);
});

/** The Pagefind files the page itself fetched, not its workers. */
const pagefindOnPage = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/pagefind/')),
  );

test('a content page loads nothing from Pagefind, and the search page loads it in its worker once the reader searches', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) requested.push(new URL(request.url()).pathname);
  });
  await page.goto('/guidance/bullying-online/');
  await page.waitForLoadState('networkidle');
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(requested).toEqual([]);
  await searchField(page).pressSequentially('trolling');
  await expect(summary(page)).toContainText('‘trolling’');
  // Pagefind's script once, in the site's search worker: not on the page, and not Pagefind's own worker.
  expect(requested).toContain('/pagefind/pagefind.js');
  expect(requested).not.toContain('/pagefind/pagefind-worker.js');
  expect(await pagefindOnPage(page)).toEqual([]);
});

test('focusing the search field starts Pagefind, and no part of the index is fetched until the reader types', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) requested.push(new URL(request.url()).pathname);
  });
  await page.goto('/search/');
  await searchField(page).focus();
  await expect.poll(() => requested.some((path) => path.endsWith('.pf_meta'))).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => /\.pf_(index|fragment|filter)$/.test(path))).toEqual([]);
});

test('where the search worker cannot start, the page loads Pagefind itself and search still works', async ({ page }) => {
  await page.route('**/_astro/workers/**', (route) => route.abort());
  await page.goto('/search/?q=trolling');
  await expect(summary(page)).toContainText('‘trolling’');
  await expect(results(page).first()).toBeVisible();
  expect(await pagefindOnPage(page)).toContain('/pagefind/pagefind.js');
});

test('without JavaScript the search page says search needs it and offers the A to Z of all pages', async ({
  sharedPageWithoutScripts: page,
}) => {
  await page.goto('/search/?q=sexting');
  // Playwright's text matchers skip <noscript>; innerText is what a reader sees.
  expect(await page.locator('main').innerText()).toContain(
    'Search needs JavaScript, which is turned off or not available in your browser.',
  );
  await expect(searchField(page)).toBeHidden();
  await page.locator('noscript a[href="/a-z/"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A to Z of all pages');
  await expect(page.locator('main').getByRole('link', { name: 'Childline', exact: true })).toHaveAttribute(
    'href',
    '/contacts/childline/',
  );
});

test('searching logs no errors and breaks no Content-Security-Policy rule', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await search(page, 'sexting');
  await results(page).first().getByRole('heading').getByRole('link').click();
  await expect(page.locator('main mark').first()).toBeVisible();
  // A link to a search runs it as the page opens, before the reader focuses anything.
  await page.goto('/search/?q=grooming');
  await expect(results(page).first()).toBeVisible();
  expect(problems).toEqual([]);
});

for (const path of ['/search/?q=sexting', '/search/?q=helpline&type=Contact', '/search/?q=xyzzyq', '/a-z/']) {
  test(`${path} has no axe violations`, async ({ sharedPage: page }) => {
    await page.goto(path);
    if (path.startsWith('/search/')) await expect(summary(page)).not.toBeEmpty();
    expect(await axeViolations(page)).toEqual([]);
  });
}
