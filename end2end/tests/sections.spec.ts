import { test, expect } from '@playwright/test';
import { WINTER, openProgram, signIn } from './helpers';

test('a candidate sees only the selection section of a program', async ({ page }) => {
  await signIn(page, 'candidate@mentorhub.test');
  const id = await openProgram(page, WINTER);

  const nav = page.getByRole('navigation', { name: 'Sections of this program' });
  await expect(nav.getByRole('link')).toHaveText(['Overview', 'Selection']);
  await nav.getByRole('link', { name: 'Selection' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Selection' })).toBeVisible();
  await expect(page.getByText('This part of Mentorhub is not ready yet.')).toBeVisible();

  await page.goto(`/programs/${id}/booking`);
  await expect(page.getByRole('alert').filter({ hasText: 'You do not have access to this.' })).toBeVisible();
  await page.goto(`/programs/${id}/members`);
  await expect(page.getByRole('alert').filter({ hasText: 'You do not have access to this.' })).toBeVisible();
});

test('a coordinator sees every section and the coordination pages', async ({ page }) => {
  await signIn(page, 'coordinator@mentorhub.test');
  await openProgram(page, WINTER);

  const nav = page.getByRole('navigation', { name: 'Sections of this program' });
  await expect(nav.getByRole('link')).toHaveText([
    'Overview', 'Review', 'Feedback', 'Selection', 'Booking', 'Members', 'Program settings',
  ]);
});

test('unknown addresses and programs say so and lead home', async ({ page }) => {
  await signIn(page, 'mentee@mentorhub.test');
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.goto('/programs/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('alert')).toContainText('Not found');
  await page.getByRole('link', { name: 'Go to my programs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My programs' })).toBeVisible();
});
