import { test, expect } from '@playwright/test';
import { WINTER, openProgram, signIn, unique } from './helpers';

test("a coordinator's announcement appears for a mentee without a reload", async ({ page, browser }) => {
  await signIn(page, 'mentee@mentorhub.test');
  await openProgram(page, WINTER);
  await expect(page.getByRole('heading', { name: 'New announcement' })).toHaveCount(0);

  const other = await browser.newContext();
  const coordinator = await other.newPage();
  await signIn(coordinator, 'coordinator@mentorhub.test');
  await openProgram(coordinator, WINTER);
  const title = unique('Live notice');
  await coordinator.getByLabel('Title').fill(title);
  await coordinator.getByLabel('Message').fill('Everyone sees this at once.');
  await coordinator.getByRole('button', { name: 'Post the announcement' }).click();
  await expect(coordinator.getByRole('heading', { level: 3, name: title })).toBeVisible();

  await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
  await page.getByRole('link', { name: 'My programs' }).click();
  await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
  await other.close();
});
