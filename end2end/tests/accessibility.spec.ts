import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WINTER, expectNoHorizontalScroll, openProgram, signIn, unique } from './helpers';
import {
  OFFER_V1, OFFER_V2, addVersion, apiAs, apiOf, command, ensureReviewSetup, projectWithVersion,
  selectInDocument, threadOn,
} from './review-helpers';

async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `${what} has accessibility violations`).toEqual([]);
  await expectNoHorizontalScroll(page);
}

test('the sign-in page is accessible at 360 px', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'sign-in');
});

test('the signed-in pages are accessible at 360 px', async ({ page }) => {
  await signIn(page, 'coordinator@mentorhub.test');
  await expectAccessible(page, 'dashboard');

  await openProgram(page, WINTER);
  await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expectAccessible(page, 'program');

  await page.getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Invitations' })).toBeVisible();
  await expectAccessible(page, 'members');

  await page.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  await expectAccessible(page, 'section');

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expectAccessible(page, 'settings');
});

test('the review pages are accessible at 360 px', async ({ page }) => {
  test.setTimeout(90_000);
  const program = await ensureReviewSetup();
  await signIn(page, 'mentee@mentorhub.test');
  const mentee = await apiOf(page);
  const { projectId, versionId } = await projectWithVersion(mentee, program, unique('Accessible offer'), 'offer.md', OFFER_V1);
  const mentor = await apiAs('mentor@mentorhub.test');
  await threadOn(mentor, versionId, 'morning batches', 'How many?', { suggestion: 'evening batches' });
  const resolved = await threadOn(mentor, versionId, 'Daily forecast by 5 am', 'Why at 5?');
  await command(mentor, { type: 'resolve_thread', thread_id: resolved });
  await threadOn(mentor, versionId, 'three bakeries in Riga', 'Which ones?');
  await addVersion(mentee, projectId, 'offer-v2.md', OFFER_V2);
  await mentor.request.dispose();

  await page.goto(`/programs/${program}/review`);
  await expect(page.getByRole('heading', { level: 2, name: 'Projects' })).toBeVisible();
  await expect(page.locator('.cards .card').first()).toBeVisible();
  await expectAccessible(page, 'review section');

  await page.goto(`/projects/${projectId}`);
  await expect(page.getByRole('region', { name: 'Text of version 2' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Comments whose passage is gone' })).toBeVisible();
  await expectAccessible(page, 'project');

  await page.goto(`/projects/${projectId}/versions/1`);
  await expect(page.getByRole('region', { name: 'Text of version 1' })).toBeVisible();
  await page.getByLabel('Show resolved comments (1)').check();
  await expect(page.locator('mark.hl-resolved')).toBeVisible();
  await selectInDocument(page, 'Waste report');
  await expect(page.getByRole('region', { name: 'Selected passage' })).toBeVisible();
  await expectAccessible(page, 'version with a selection');
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'New comment' })).toBeVisible();
  await page.getByRole('dialog').getByLabel('Suggest a replacement for the passage').check();
  await expectAccessible(page, 'comment dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.goto(`/projects/${projectId}/compare?from=1&to=2`);
  await expect(page.getByRole('region', { name: 'Differences', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Version 2', exact: true }).getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page, 'compare');
});

test('the keyboard reaches the main content through the skip link', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`offline state, pending items and errors are accessible in the ${colorScheme} theme`, async ({ page, context }) => {
    await page.emulateMedia({ colorScheme });
    await signIn(page, 'supervisor@mentorhub.test');
    await openProgram(page, WINTER);
    await page.getByRole('button', { name: 'Post the announcement' }).click();
    await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');

    await context.setOffline(true);
    await page.getByLabel('Title').fill(unique('Pending in the dark'));
    await page.getByLabel('Message').fill('Waiting for the network.');
    await page.getByRole('button', { name: 'Post the announcement' }).click();
    await expect(page.locator('#connection-status')).toContainText('1 unsent change');
    await expectAccessible(page, `program offline (${colorScheme})`);
    await context.setOffline(false);
    await expect(page.locator('#connection-status')).toHaveText(/Online$/);
  });
}
