import { test, expect } from '@playwright/test';
import { BENEFIT, WINTER, openProgram, signIn } from './helpers';

test('a coordinator pairs a mentee with a mentor and ends the pairing', async ({ page }) => {
  await signIn(page, 'coordinator@mentorhub.test');
  await openProgram(page, WINTER);
  await page.getByRole('link', { name: 'Members' }).click();
  const pairs = page.getByRole('region', { name: 'Pairs' });
  await expect(pairs).toContainText('Елена Морозова with Anna Petrova');

  await pairs.locator('#pair-mentee-mentee').selectOption({ label: 'Сергей Козлов' });
  await pairs.locator('#pair-mentee-mentor').selectOption({ label: 'Мария Кузнецова' });
  await pairs.getByRole('button', { name: 'Pair them' }).click();
  const end = pairs.getByRole('button', { name: 'End the pairing of Сергей Козлов with Мария Кузнецова' });
  await expect(end).toBeVisible();
  await page.reload();
  await expect(end).toBeVisible();
  await end.click();
  await expect(end).toHaveCount(0);
  await expect(pairs.getByText('Сергей Козлов with Мария Кузнецова')).toHaveCount(0);
});

test('a coordinator puts a mentor under a supervisor', async ({ page }) => {
  await signIn(page, 'koordynator@mentorhub.test');
  await openProgram(page, BENEFIT);
  await page.getByRole('link', { name: 'Members' }).click();
  const pairs = page.getByRole('region', { name: 'Pairs' });
  await pairs.locator('#pair-mentor-mentor').selectOption({ label: 'Tomasz Zieliński' });
  await pairs.locator('#pair-mentor-supervisor').selectOption({ label: 'Jānis Bērziņš' });
  await pairs.getByRole('button', { name: 'Assign the supervisor' }).click();
  const row = pairs.getByRole('listitem').filter({ hasText: 'Tomasz Zieliński, supervised by Jānis Bērziņš' });
  await expect(row).toBeVisible();
  await expect(row).not.toContainText('Not sent yet');
  await page.reload();
  await expect(row).toBeVisible();
});
