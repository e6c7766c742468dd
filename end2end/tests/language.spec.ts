import { test, expect } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './helpers';

test('Polish picked on the sign-in page shows Polish texts and is remembered after a reload', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Language').selectOption('pl');

  await expect(page.getByRole('heading', { level: 1, name: 'Logowanie' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Logowanie' })).toBeVisible();
  await expect(page.getByLabel('Język')).toHaveValue('pl');
});

test('a signed-in person switches to Polish; it is saved to the profile and kept after a reload', async ({ page }) => {
  await signIn(page, 'supervisor@mentorhub.test');
  await page.getByLabel('Language').selectOption('pl');

  await expect(page.getByRole('heading', { level: 1, name: 'Moje programy' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ustawienia' })).toBeVisible();
  await expect(page.locator('#connection-status')).toHaveText(/Online$/);
  await expect
    .poll(async () => (await (await page.request.get('/api/v1/auth/session')).json()).person.locale)
    .toBe('pl');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Moje programy' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
});

test('the profile language follows the person to a new device', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  // No language picked on this device: the account's own language (Polish) applies after sign-in.
  await page.locator('#signin-email').fill('klient@mentorhub.test');
  await page.locator('#signin-password').fill(DEMO_PASSWORD);
  await page.locator('form button[type=submit]').click();

  await expect(page.getByRole('heading', { level: 1, name: 'Moje programy' })).toBeVisible();
  await context.close();
});
