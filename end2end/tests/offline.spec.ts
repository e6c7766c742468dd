import { test, expect } from '@playwright/test';
import { WINTER, openProgram, serverAnnouncements, signIn, unique } from './helpers';

test('an announcement posted offline waits on the device and reaches the server exactly once', async ({ page, context }) => {
  await signIn(page, 'coordinator@mentorhub.test');
  const programId = await openProgram(page, WINTER);
  const status = page.locator('#connection-status');

  await context.setOffline(true);
  await expect(status).toContainText('Offline');
  const title = unique('Offline notice');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Message').fill('Written without a connection.');
  await page.getByRole('button', { name: 'Post the announcement' }).click();

  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(item).toContainText('Not sent yet');
  await expect(status).toHaveText(/Offline · 1 unsent change$/);
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();

  await context.setOffline(false);
  await expect(status).toHaveText(/Online$/);
  await expect(item).not.toContainText('Not sent yet');
  const matching = (await serverAnnouncements(page.request, programId)).filter((a) => a.title === title);
  expect(matching).toHaveLength(1);
});

test('work queued offline survives a reload and is sent when the network returns', async ({ page, context }) => {
  await signIn(page, 'supervisor@mentorhub.test');
  const programId = await openProgram(page, WINTER);

  await context.setOffline(true);
  const title = unique('Kept across reload');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Message').fill('Queued, then the page was reloaded.');
  await page.getByRole('button', { name: 'Post the announcement' }).click();
  await expect(page.locator('#connection-status')).toContainText('1 unsent change');
  // The queue is on the device; the reload happens once the network is back.
  await context.setOffline(false);
  await page.reload();

  await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
  await expect(page.locator('#connection-status')).toHaveText(/Online$/);
  await expect
    .poll(async () => (await serverAnnouncements(page.request, programId)).filter((a) => a.title === title).length)
    .toBe(1);
});

test('a page opened offline says so and loads by itself when the network returns', async ({ page, context }) => {
  await signIn(page, 'mentee@mentorhub.test');
  await openProgram(page, WINTER);

  await context.setOffline(true);
  await page.getByRole('link', { name: 'My programs' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'No connection to the server.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 2, name: WINTER })).toBeVisible();
  await expect(page.locator('#connection-status')).toHaveText(/Online$/);
});
