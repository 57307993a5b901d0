import { expect, type Page } from '@playwright/test';
import { test } from './support/fixtures';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const answer = (page: Page, name: string) => page.getByRole('main').getByRole('link', { name, exact: true });

test.describe('without JavaScript', () => {
  test('a reader whose child is in immediate danger is told to call 999, with a link to call', async ({
    sharedPageWithoutScripts: page,
  }) => {
    await page.goto('/worried/');
    await page.getByRole('link', { name: 'Start now' }).click();
    await expect(h1(page)).toHaveText('Is a child in immediate danger?');
    await answer(page, 'Yes').click();
    await expect(page).toHaveURL('/worried/call-999/');
    await expect(h1(page)).toHaveText('Call 999 now');
    await expect(page.getByRole('main').getByRole('link', { name: '999', exact: true })).toHaveAttribute('href', 'tel:999');
  });

  test('a parent who has seen child sexual abuse images is sent to the Internet Watch Foundation', async ({
    sharedPageWithoutScripts: page,
  }) => {
    await page.goto('/worried/');
    await page.getByRole('link', { name: 'Start now' }).click();
    await answer(page, 'No').click();
    await answer(page, 'I am a parent or carer').click();
    await answer(page, 'Images or videos of child sexual abuse').click();
    await expect(page).toHaveURL('/worried/report-child-abuse-images/');
    await expect(h1(page)).toHaveText('Report child sexual abuse images');
    const card = page.locator('[data-contact="internet-watch-foundation"]');
    await expect(card.getByRole('heading')).toHaveText('Internet Watch Foundation (IWF)');
    await expect(card.getByRole('link', { name: 'iwf.org.uk' })).toHaveAttribute('href', 'https://www.iwf.org.uk/');
    await expect(page.getByRole('heading', { name: 'What not to do' })).toBeVisible();
  });

  test('a professional is told to talk to their designated safeguarding lead first', async ({
    sharedPageWithoutScripts: page,
  }) => {
    await page.goto('/worried/who-are-you/');
    await answer(page, 'I work or volunteer with children').click();
    await answer(page, 'No').click();
    await answer(page, 'Grooming or exploitation').click();
    await expect(h1(page)).toHaveText('Respond to grooming or exploitation');
    await expect(page.getByRole('heading', { name: 'Talk to your designated safeguarding lead first' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Children at risk of exploitation' })).toHaveAttribute(
      'href',
      '/procedures/children-at-risk-of-exploitation/',
    );
  });

  test('a professional with child protection concerns is sent to make a referral, with the procedure linked', async ({
    sharedPageWithoutScripts: page,
  }) => {
    await page.goto('/worried/professional-concern/');
    await answer(page, 'Yes').click();
    await expect(h1(page)).toHaveText("Make a referral to Children's Social Care");
    await expect(page.getByRole('main').getByRole('link', { name: 'Making a referral to social care' })).toHaveAttribute(
      'href',
      '/procedures/making-a-referral-to-social-care/',
    );
  });

  test('a professional who is not sure about the threshold gets both consultation lines with their numbers', async ({
    sharedPageWithoutScripts: page,
  }) => {
    await page.goto('/worried/professional-concern/');
    await answer(page, 'I am not sure').click();
    await expect(page.locator('[data-contact="starting-point"]').getByRole('link', { name: '01629 535 353' })).toHaveAttribute(
      'href',
      'tel:+441629535353',
    );
    await expect(
      page.locator('[data-contact="derby-professional-consultation-line"]').getByRole('link', { name: '07812 300 329' }),
    ).toHaveAttribute('href', 'tel:+447812300329');
  });

  test('every path ends with a number the reader can call that is not 999, and for an adult not only Childline', async ({
    sharedPageWithoutScripts: page,
  }) => {
    const parent = ['No', 'I am a parent or carer'];
    const paths = [
      { adult: true, answers: [...parent, 'A nude or semi-nude image of someone under 18 has been shared'] },
      { adult: true, answers: [...parent, 'Someone is threatening to share a nude image of a child'] },
      { adult: true, answers: [...parent, 'Someone online is pressuring or grooming a child'] },
      { adult: true, answers: [...parent, 'Images or videos of child sexual abuse'] },
      { adult: true, answers: [...parent, 'Bullying'] },
      {
        adult: false,
        answers: ['No', 'I am a young person and this is about me', 'Someone has shared a nude or semi-nude of me'],
      },
      { adult: true, answers: ['No', 'I work or volunteer with children', 'Yes'] },
    ];
    for (const { adult, answers } of paths) {
      await page.goto('/worried/immediate-danger/');
      for (const label of answers) await answer(page, label).click();
      const numbers = await page
        .getByRole('region', { name: 'Who to contact' })
        .locator('a[href^="tel:"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      const callable = numbers.filter((href) => href !== 'tel:999' && !(adult && href === 'tel:08001111'));
      expect(callable, `${answers.join(' → ')} at ${page.url()}`).not.toEqual([]);
    }
  });

  test('a professional with child protection concerns gets both referral lines and how a phoned referral is followed up', async ({
    sharedPageWithoutScripts: page,
  }) => {
    await page.goto('/worried/professional-concern/');
    await answer(page, 'Yes').click();
    const contacts = page.getByRole('region', { name: 'Who to contact' });
    await expect(
      contacts.locator('[data-contact="call-derbyshire"]').getByRole('link', { name: '01629 532 600' }),
    ).toHaveAttribute('href', 'tel:+441629532600');
    await expect(
      contacts.locator('[data-contact="derby-initial-response-team"]').getByRole('link', { name: '01332 641172' }),
    ).toHaveAttribute('href', 'tel:+441332641172');
    await expect(page.getByRole('main')).toContainText('follow it up in writing within 48 hours');
  });

  test('a young person is asked about themselves, and both nude-image answers lead to one outcome', async ({
    sharedPageWithoutScripts: page,
  }) => {
    await page.goto('/worried/who-are-you/');
    await answer(page, 'I am a young person and this is about me').click();
    await expect(h1(page)).toHaveText("What's happened?");
    await answer(page, 'Someone says they will share a nude of me unless I do what they say').click();
    await expect(page).toHaveURL('/worried/your-nude-image/');
    await page.goBack();
    await answer(page, 'Someone has shared a nude or semi-nude of me').click();
    await expect(page).toHaveURL('/worried/your-nude-image/');
    await expect(page.getByRole('main').getByRole('link', { name: /^Sextortion/ })).toHaveAttribute(
      'href',
      '/guidance/sextortion/',
    );
  });

  test("a parent's nude-image and blackmail outcomes point to each other", async ({ sharedPageWithoutScripts: page }) => {
    await page.goto('/worried/nude-image-shared/');
    await page.getByRole('link', { name: 'Someone is threatening to share a nude image of a child' }).click();
    await expect(page).toHaveURL('/worried/online-blackmail/');
    await expect(
      page.getByRole('link', { name: 'Get help when a nude image of a young person has been shared' }),
    ).toHaveAttribute('href', '/worried/nude-image-shared/');
  });

  test('Back returns to the question before, and Start again to the start page', async ({ sharedPageWithoutScripts: page }) => {
    await page.goto('/worried/what-is-it/');
    await page.getByRole('link', { name: 'Back' }).click();
    await expect(page).toHaveURL('/worried/who-are-you/');
    await page.getByRole('link', { name: 'Start again' }).click();
    await expect(page).toHaveURL('/worried/');
  });

  test('each step has its own address that can be shared and opened directly', async ({ sharedPageWithoutScripts: page }) => {
    const response = await page.goto('/worried/professional-what-is-it/');
    expect(response?.status()).toBe(200);
    await expect(h1(page)).toHaveText('What is the concern about?');
  });

  test('every page of the guide carries the quick exit', async ({ sharedPageWithoutScripts: page }) => {
    await page.goto('/worried/nude-image-shared/');
    await expect(page.locator('.quick-exit').getByRole('link', { name: 'Exit this page' })).toBeVisible();
  });
});
