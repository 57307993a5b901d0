import { expect, type Page } from '@playwright/test';
import { test } from './support/fixtures';

const card = (page: Page, id: string) => page.locator(`[data-contact="${id}"]`);

test.describe('without JavaScript', () => {
  test("behind the Filter contacts button, the area links lead to a page of that area's contacts, with 999, Childline and the NSPCC Helpline", async ({
    sharedPageWithoutScripts: page,
  }) => {
    await page.goto('/contacts/');
    await expect(page.locator('form[data-contact-filter]')).toBeHidden();
    const areaLinks = page.getByRole('navigation', { name: 'Contacts by area' });
    await expect(areaLinks).toBeHidden();
    await page.getByText('Filter contacts', { exact: true }).click();
    await areaLinks.getByRole('link', { name: 'Derbyshire' }).click();
    await expect(page).toHaveURL('/contacts/area/derbyshire/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts in Derbyshire');
    await expect(card(page, 'starting-point')).toBeVisible();
    await expect(card(page, 'derby-professional-consultation-line')).toHaveCount(0);
    for (const id of ['emergency-999', 'childline', 'nspcc-helpline']) await expect(card(page, id)).toBeVisible();
  });

  test('a closed line names where to go instead: out of hours, and 999 in an emergency', async ({
    sharedPageWithoutScripts: page,
  }) => {
    await page.goto('/contacts/derby-professional-consultation-line/');
    const whenClosed = page.locator('[data-when-closed]');
    await expect(whenClosed.getByRole('link', { name: '01332 641172' })).toHaveAttribute('href', 'tel:+441332641172');
    await expect(whenClosed.getByRole('link', { name: 'Derby City Care Line (out of hours)' })).toBeVisible();
    await expect(whenClosed).toContainText('In an emergency, call 999');
  });

  test('Childline is shown as open 24 hours', async ({ sharedPageWithoutScripts: page }) => {
    await page.goto('/contacts/');
    await expect(card(page, 'childline')).toContainText('Every day, 24 hours');
  });

  test('the key numbers page lists every number and prints on one sheet of A4', async ({ sharedPageWithoutScripts: page }) => {
    await page.goto('/contacts/key-numbers/');
    const list = page.locator('[data-key-number]');
    await expect(list.first()).toContainText('999');
    await expect(
      page.locator('[data-key-number="call-derbyshire"]').getByRole('link', { name: '01629 532 600' }),
    ).toHaveAttribute('href', 'tel:+441629532600');
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
  });

  test('the audience links lead to a page of the contacts for that audience', async ({ sharedPageWithoutScripts: page }) => {
    await page.goto('/contacts/');
    await page.getByText('Filter contacts', { exact: true }).click();
    await page.getByRole('navigation', { name: 'Contacts by who it is for' }).getByRole('link', { name: 'Young people' }).click();
    await expect(page).toHaveURL('/contacts/for/young-people/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contacts for young people');
    await expect(card(page, 'childline')).toBeVisible();
    await expect(card(page, 'starting-point')).toHaveCount(0);
  });

  test('the kind links jump to that kind of contact', async ({ sharedPageWithoutScripts: page }) => {
    await page.goto('/contacts/');
    await page.getByRole('navigation', { name: 'Kinds of contact' }).getByRole('link', { name: 'Reporting routes' }).click();
    await expect(page).toHaveURL('/contacts/#report');
    await expect(page.getByRole('heading', { level: 2, name: 'Reporting routes' })).toBeInViewport();
  });

  test('a card shows what the service is for, who it is for, the area, click-to-call and opening hours', async ({
    sharedPageWithoutScripts: page,
  }) => {
    await page.goto('/contacts/');
    const startingPoint = card(page, 'starting-point');
    await expect(startingPoint).toContainText('Practitioners working with children and families in Derbyshire');
    await expect(startingPoint).toContainText('Derbyshire');
    await expect(startingPoint.getByRole('link', { name: '01629 535 353' })).toHaveAttribute('href', 'tel:+441629535353');
    await expect(startingPoint).toContainText('Monday to Friday, 10am to 4pm (UK time)');
    await expect(
      card(page, 'professionals-online-safety-helpline').getByRole('link', { name: 'helpline@saferinternet.org.uk' }),
    ).toHaveAttribute('href', 'mailto:helpline@saferinternet.org.uk');
  });

  test('shows an opening badge only for lines open around the clock, because a static page cannot know the time', async ({
    sharedPageWithoutScripts: page,
  }) => {
    await page.goto('/contacts/');
    const badges = await page.locator('.open-badge').allTextContents();
    expect([badges.length > 0, [...new Set(badges)]]).toEqual([true, ['Open now, 24 hours a day']]);
  });
});

test.describe('with JavaScript', () => {
  test('choosing an area filters the cards in place and announces the count', async ({ sharedPage: page }) => {
    await page.goto('/contacts/');
    const count = page.locator('[data-contact-count]');
    const total = await page.locator('[data-directory] [data-contact]').count();
    await expect(page.locator('[data-filter-links]')).toBeHidden();
    await expect(count).toHaveText(`Showing all ${total} contacts`);
    await page.getByText('Filter contacts', { exact: true }).click();
    await page.getByRole('group', { name: 'Area' }).getByRole('radio', { name: 'Derbyshire' }).check();
    const shown = await page.locator('[data-directory] [data-contact]:visible').count();
    await expect(count).toHaveText(`Showing ${shown} of ${total} contacts`);
    await expect(count).toHaveAttribute('role', 'status');
    await expect(card(page, 'starting-point')).toBeVisible();
    await expect(card(page, 'derby-professional-consultation-line')).toBeHidden();
    await expect(page).toHaveURL('/contacts/?area=derbyshire');
  });

  test("a filtered list's address reproduces it, and never hides 999, Childline or the NSPCC Helpline", async ({
    sharedPage: page,
  }) => {
    await page.goto('/contacts/?area=derby-city&audience=parents-carers');
    await expect(page.getByRole('group', { name: 'Area' }).getByRole('radio', { name: 'Derby City' })).toBeChecked();
    await expect(
      page.getByRole('group', { name: 'Who it is for' }).getByRole('radio', { name: 'Parents and carers' }),
    ).toBeChecked();
    await expect(card(page, 'derby-initial-response-team')).toBeVisible();
    await expect(card(page, 'derbyshire-constabulary')).toBeVisible();
    await expect(card(page, 'starting-point')).toBeHidden();
    for (const id of ['emergency-999', 'childline', 'nspcc-helpline']) await expect(card(page, id)).toBeVisible();
  });

  test('filters combine, and empty kinds disappear from the page and its links', async ({ sharedPage: page }) => {
    await page.goto('/contacts/?audience=young-people&kind=helpline');
    await expect(card(page, 'childline')).toBeVisible();
    await expect(card(page, 'professionals-online-safety-helpline')).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: 'Reporting routes' })).toBeHidden();
    await expect(
      page.getByRole('navigation', { name: 'Kinds of contact' }).getByRole('link', { name: 'Reporting routes' }),
    ).toBeHidden();
  });

  test('a filter that matches nothing says how to see more', async ({ sharedPage: page }) => {
    await page.goto('/contacts/?audience=young-people');
    await page
      .getByRole('group', { name: 'Kind of contact' })
      .getByRole('radio', { name: 'Consultation and advice lines' })
      .check();
    await expect(page.locator('[data-contact-count]')).toHaveText(
      'No contacts match. Choose “All” in one of the groups to see more.',
    );
  });

  test('shows "Open now" on a weekday afternoon in British Summer Time', async ({ page }) => {
    // Monday 31 March 2025, 09:30 UTC: 10:30 in London, the day after the clocks went forward.
    await page.clock.setFixedTime(new Date('2025-03-31T09:30:00Z'));
    await page.goto('/contacts/');
    await expect(card(page, 'starting-point').locator('.open-badge')).toHaveText('Open now, closes at 4pm');
  });

  test('shows "Closed now" and the next opening on a Saturday', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-03-29T12:00:00Z'));
    await page.goto('/contacts/');
    const consultationLine = card(page, 'derby-professional-consultation-line');
    await expect(consultationLine.locator('.open-badge')).toHaveText('Closed now, opens on Monday at 10am');
    await expect(consultationLine.locator('[data-when-closed]').getByRole('link', { name: '01332 641172' })).toBeVisible();
  });

  test('shows "Closed now" at 4pm London time, which is 3pm UTC in summer', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-06-02T15:00:00Z'));
    await page.goto('/contacts/starting-point/');
    await expect(page.locator('.open-badge')).toHaveText('Closed now, opens tomorrow at 10am');
  });

  test('shows Childline as open in the small hours of a Sunday, since it is open 24 hours', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-03-30T02:30:00Z'));
    await page.goto('/contacts/childline/');
    await expect(page.locator('.open-badge')).toHaveText('Open now, 24 hours a day');
  });

  test('shows the Derby City Care Line open from Friday evening until Monday morning', async ({ page }) => {
    // Friday 14 March 2025, 18:00 in London.
    await page.clock.setFixedTime(new Date('2025-03-14T18:00:00Z'));
    await page.goto('/contacts/derby-city-care-line/');
    await expect(page.locator('.open-badge')).toHaveText('Open now, closes on Monday at 9am');
  });

  test('says in the working day that the Care Line opens at 5pm, and is open on bank holidays', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-03-13T12:00:00Z'));
    await page.goto('/contacts/derby-city-care-line/');
    await expect(page.locator('.open-badge')).toHaveText('Closed now, opens today at 5pm; open 24 hours on bank holidays');
  });

  test('a contact page names its source and its date, and claims no check', async ({ sharedPage: page }) => {
    await page.goto('/contacts/nspcc-helpline/');
    await expect(page.locator('[data-contact-sources]')).toHaveText('Source: NSPCC, “Report abuse”, read November 2026.');
    await expect(page.getByText(/last checked/i)).toHaveCount(0);
    await expect(page.getByRole('link', { name: '0808 800 5000' })).toHaveAttribute('href', 'tel:+448088005000');
  });
});
