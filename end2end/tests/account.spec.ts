import { test, expect } from '@playwright/test';
import { BENEFIT, linkInMail, signIn, unique } from './helpers';

test('a forgotten password is replaced through the e-mailed link', async ({ page }) => {
  test.skip(!process.env.MENTORHUB_DATA_DIR, 'needs MENTORHUB_DATA_DIR to read the e-mail');
  const email = 'tomasz.zielinski@mentorhub.test';
  await page.goto('/sign-in');
  await page.locator('#language-picker').selectOption('en');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByLabel('E-mail address').fill(email);
  const sent = Date.now();
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'a link is on its way' })).toBeVisible();

  const link = new URL(await linkInMail(email, '/reset-password', sent));
  await page.goto(link.pathname + link.search);
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  const field = page.getByLabel('New password');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  const newPassword = unique('a fresh passphrase');
  await field.fill(newPassword);
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByText('Your password is changed.')).toBeVisible();

  await signIn(page, email, newPassword);
  await expect(page.getByRole('heading', { level: 2, name: BENEFIT })).toBeVisible();
});

test('personal settings are saved and kept after a reload', async ({ page }) => {
  await signIn(page, 'olga.lebedeva@mentorhub.test');
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const name = unique('Ольга');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Time zone').selectOption('Asia/Tbilisi');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.locator('#connection-status')).toHaveText(/Online$/);

  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue(name);
  await expect(page.getByLabel('Time zone')).toHaveValue('Asia/Tbilisi');
});

test('an empty name is refused next to the field', async ({ page }) => {
  await signIn(page, 'sergei.kozlov@mentorhub.test');
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const field = page.getByLabel('Your name');
  await field.fill('   ');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  const describedBy = await field.getAttribute('aria-describedby');
  await expect(page.locator(`#${describedBy}`)).toHaveText('Name cannot be empty.');
});

test('an administrator creates a program and becomes its coordinator', async ({ page }) => {
  await signIn(page, 'coordinator@mentorhub.test');
  await page.getByRole('link', { name: 'New program' }).click();
  const name = unique('Spring cohort');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Description').fill('Twelve weeks of mentoring for new team leads.');
  await page.getByLabel('Language of the program').selectOption('en');
  await page.getByLabel('Time zone of the program').selectOption('Europe/Riga');
  await page.getByRole('button', { name: 'Create the program' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'My programs' })).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
  await expect(card.getByRole('link', { name })).toBeVisible();
  await expect(card.getByRole('listitem')).toHaveText(['coordinator']);
  await card.getByRole('link', { name }).click();
  await expect(page.getByRole('link', { name: 'Members' })).toBeVisible();

  await page.getByRole('link', { name: 'Program settings' }).click();
  await page.getByLabel('Description').fill('Ten weeks of mentoring for new team leads.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Ten weeks of mentoring for new team leads.', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was changed.' })).toBeVisible();
});
