/**
 * The content editor at /admin/, in real Chromium against the built site, with Sveltia CMS's
 * test backend: the repository is a copy of content/ in the browser's private file storage.
 * What the editor writes is then run through the build's own content checks.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { test } from './support/fixtures';
import { findContentProblems } from '../../build/content/content-check-integration';
import { parseEntry } from '../../build/content/content-files';
import { phoneNumber } from '../../src/schemas/fields';

// Saving writes the file and reloads the collection; on a busy machine that takes more than a few seconds.
const eventually = expect.configure({ timeout: 30_000 });
const contentFolder = join(process.cwd(), 'content');
const testRepository = 'sveltia-cms-test';

/** Every file under content/, keyed by its path in the repository ("content/contacts/childline.mdx"). */
function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(contentFolder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(process.cwd(), path).split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  return files;
}

/** Serves /admin/config.yml with the test backend in place of the git host. */
async function useTestBackend(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname === '/admin/config.yml',
    async (route) => {
      const response = await route.fetch();
      const config = (await response.text()).replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n');
      await route.fulfill({ response, body: config });
    },
  );
}

/** Puts a copy of content/ where the test backend reads its repository: the origin's private file system. */
async function seedTestRepository(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(
    async ({ files, folder }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(folder, { recursive: true }).catch(() => undefined);
      const repository = await root.getDirectoryHandle(folder, { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let directory = repository;
        for (const part of parts.slice(0, -1)) directory = await directory.getDirectoryHandle(part, { create: true });
        const writable = await (await directory.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { files: contentFiles(), folder: testRepository },
  );
}

/** A file as the editor left it in the test repository. */
async function writtenFile(page: Page, path: string): Promise<string> {
  return page.evaluate(
    async ({ path, folder }) => {
      let directory = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
      const parts = path.split('/');
      for (const part of parts.slice(0, -1)) directory = await directory.getDirectoryHandle(part);
      return (await (await directory.getFileHandle(parts.at(-1) ?? '')).getFile()).text();
    },
    { path, folder: testRepository },
  );
}

/** The build's content checks (schemas, references, typed contact details, the guide) over content/ with these files replaced. */
function problemsWith(changed: Record<string, string>): string[] {
  const copy = mkdtempSync(join(tmpdir(), 'admin-content-'));
  try {
    cpSync(contentFolder, join(copy, 'content'), { recursive: true });
    for (const [path, text] of Object.entries(changed)) writeFileSync(join(copy, path), text);
    return findContentProblems(join(copy, 'content')).map((problem) => `${problem.file} → ${problem.field}: ${problem.message}`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function bodyOf(source: string): string {
  return source.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
}

async function openEntry(page: Page, collection: string, title: string): Promise<void> {
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  await page.getByRole('treeitem', { name: collection }).click();
  await page.getByRole('row', { name: title, exact: true }).click();
}

/** A field of the open entry, scrolled into view: Sveltia draws fields and list items only once they are near the screen. */
async function field(page: Page, name: string) {
  // Sveltia names each field's group “Name” Field, with the name isolated by invisible marks.
  const group = page.getByRole('group', { name: new RegExp(`^\\W*${name}\\W* Field$`) });
  await page.mouse.move(300, 400);
  for (let turn = 0; turn < 30 && (await group.count()) === 0; turn += 1) await page.mouse.wheel(0, 2000);
  // A long text field keeps growing while it is drawn, so scroll it to the top once rather than wait for it to settle.
  await group.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  return group;
}

/** The MDX comments (heading ids) and component tags in a text, in order. */
function mdxMarkup(body: string): string[] {
  return body.match(/\{\/\*.*?\*\/\}|<\/?[A-Z][A-Za-z]*\b[^>]*>/g) ?? [];
}

test.describe('the content editor at /admin/', () => {
  // Sveltia CMS reads the whole content folder and draws long forms: slower than a page of the site.
  test.describe.configure({ timeout: 120_000 });
  test.beforeEach(async ({ page }) => {
    await useTestBackend(page);
    await seedTestRepository(page);
  });

  test('loads only from this site and asks search engines not to index it', async ({ page }) => {
    const otherSites: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).hostname !== 'localhost' && !request.url().startsWith('data:')) otherSites.push(request.url());
    });
    const response = await page.goto('/admin/');
    expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self';");
    expect(await response?.text()).toContain('<meta name="robots" content="noindex, nofollow" />');
    await page.getByRole('button', { name: 'Work with Test Repository' }).click();
    await eventually(page.getByRole('treeitem', { name: 'Contacts' })).toBeVisible();
    await page.getByRole('treeitem', { name: 'Contacts' }).click();
    await eventually(page.getByRole('row', { name: 'Childline', exact: true })).toBeVisible();
    expect(otherSites).toEqual([]);
  });

  test("changes a contact's phone number, with the build's own message for a malformed one", async ({ page }) => {
    await openEntry(page, 'Contacts', 'Childline');
    const phones = await field(page, 'Phones');
    const number = phones.getByRole('textbox', { name: 'Number' });
    await number.fill('0800-1111');
    await page.getByRole('button', { name: 'Save' }).click();
    const buildMessage = phoneNumber.safeParse('0800-1111').error?.issues[0]?.message ?? 'no message';
    await eventually(phones.getByText(buildMessage)).toBeVisible();

    await number.fill('0800 1112');
    await page.getByRole('button', { name: 'Save' }).click();
    await eventually(page.getByRole('row', { name: 'Childline', exact: true })).toBeVisible();

    const path = 'content/contacts/childline.mdx';
    const written = await writtenFile(page, path);
    const parsed = parseEntry('contacts', path, written);
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toMatchObject({ phones: [{ number: '0800 1112' }] });
    expect(bodyOf(written)).toBe(bodyOf(contentFiles()[path] ?? ''));
    expect(problemsWith({ [path]: written })).toEqual([]);
  });

  test('adds an amendment to a procedure with its new version and date', async ({ page }) => {
    await openEntry(page, 'Procedures', 'Safeguarding children from online harms');
    const amendments = await field(page, 'Amendments');
    await amendments.getByRole('button', { name: /^Add\W*Amendment\W*$/ }).click();
    // The new amendment is the one with no change written yet, wherever the editor puts it in the list.
    const changes = amendments.getByRole('textbox', { name: 'Change' });
    const emptyChange = () =>
      changes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value).indexOf(''));
    await expect.poll(emptyChange).toBeGreaterThanOrEqual(0);
    const added = await emptyChange();
    await changes.nth(added).fill('The section on reporting images was rewritten.');
    await amendments.getByRole('textbox', { name: 'Date' }).nth(added).fill('2026-11-28');
    await (await field(page, 'Version')).getByRole('textbox').fill('54');
    await (await field(page, 'Last updated')).getByRole('textbox').fill('2026-11-28');
    await page.getByRole('button', { name: 'Save' }).click();
    await eventually(page.getByRole('row', { name: 'Safeguarding children from online harms', exact: true })).toBeVisible();

    const path = 'content/procedures/safeguarding-children-from-online-harms.mdx';
    const written = await writtenFile(page, path);
    const parsed = parseEntry('procedures', path, written);
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toMatchObject({
      version: '54',
      lastUpdated: new Date('2026-11-28T00:00:00Z'),
      amendments: expect.arrayContaining([
        { date: new Date('2026-11-28T00:00:00Z'), change: 'The section on reporting images was rewritten.' },
      ]),
    });
    expect(bodyOf(written)).toBe(bodyOf(contentFiles()[path] ?? ''));
    expect(problemsWith({ [path]: written })).toEqual([]);
  });

  test("edits a procedure's text and keeps its heading ids and components as they were", async ({ page }) => {
    await openEntry(page, 'Procedures', 'Safeguarding children from online harms');
    const text = (await field(page, 'Text')).getByRole('textbox', { name: 'Text' });
    const paragraph = text.getByText(
      'The consequences and impact of online child abuse can be just as severe as those of abuse experienced offline.',
    );
    await paragraph.scrollIntoViewIfNeeded();
    // At the very start of the paragraph: the editor's caret goes where the reader's pointer is.
    await paragraph.click({ position: { x: 1, y: 4 } });
    await page.keyboard.type('Online child abuse can harm a child as much as abuse offline. ');
    await page.getByRole('button', { name: 'Save' }).click();
    await eventually(page.getByRole('row', { name: 'Safeguarding children from online harms', exact: true })).toBeVisible();

    const path = 'content/procedures/safeguarding-children-from-online-harms.mdx';
    const written = await writtenFile(page, path);
    expect([
      bodyOf(written).includes('Online child abuse can harm a child as much as abuse offline.'),
      mdxMarkup(bodyOf(written)),
    ]).toEqual([true, mdxMarkup(bodyOf(contentFiles()[path] ?? ''))]);
    expect(problemsWith({ [path]: written })).toEqual([]);
  });

  test('inserts a contact card, picked by name, into a guidance page', async ({ page }) => {
    await openEntry(page, 'Guidance', 'Bullying online');
    const text = await field(page, 'Text');
    await text.getByRole('textbox', { name: 'Text' }).getByRole('paragraph').last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await text.getByRole('button', { name: 'Insert' }).click();
    await page.getByRole('menuitem', { name: 'Contact card' }).click();
    const card = text.getByRole('group', { name: 'Contact card' });
    await card.getByRole('combobox', { name: 'Which one' }).click();
    await page.getByRole('option', { name: 'Childline', exact: true }).click();
    // The choice reaches the component's text only once the picker has closed and shows it.
    await expect(page.getByRole('option', { name: 'Childline', exact: true })).toBeHidden();
    await expect(card.getByRole('combobox', { name: 'Which one' })).toContainText('Childline');
    await page.getByRole('button', { name: 'Save' }).click();
    await eventually(page.getByRole('row', { name: 'Bullying online', exact: true })).toBeVisible();

    const path = 'content/guidance/bullying-online.mdx';
    const written = bodyOf(await writtenFile(page, path));
    expect(mdxMarkup(written)).toEqual([...mdxMarkup(bodyOf(contentFiles()[path] ?? '')), '<Contact id="childline" />']);
    expect(problemsWith({ [path]: await writtenFile(page, path) })).toEqual([]);
  });
});
