import { test, expect } from '@playwright/test';
import { BENEFIT, WINTER, signIn } from './helpers';

test('a mentor signs in and sees both programs with their roles', async ({ page }) => {
  await signIn(page, 'mentor@mentorhub.test');

  const winter = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: WINTER }) });
  await expect(winter.getByRole('listitem')).toHaveText(['mentor', 'panelist']);
  await expect(winter).toContainText('members');
  const benefit = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: BENEFIT }) });
  await expect(benefit.getByRole('listitem')).toHaveText(['mentor']);
  await expect(page.getByRole('heading', { level: 2, name: 'Announcements' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Nowe terminy w grafikach' })).toBeVisible();
});

test('a wrong password is refused with a message, and the person stays on the sign-in page', async ({ page }) => {
  await page.goto('/sign-in');
  await page.locator('#language-picker').selectOption('en');
  await page.getByLabel('E-mail address').fill('mentor@mentorhub.test');
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'not right' })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a page that needs a session sends to sign-in and back after it', async ({ page }) => {
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings/);
  await page.locator('#language-picker').selectOption('en');
  await page.getByLabel('E-mail address').fill('candidate@mentorhub.test');
  await page.getByLabel('Password', { exact: true }).fill('mentorhub-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page).toHaveURL(/\/settings$/);
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, 'panelist@mentorhub.test');
  await page.getByRole('button', { name: 'Sign out' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect((await page.request.get('/api/v1/auth/session')).status()).toBe(401);
});
