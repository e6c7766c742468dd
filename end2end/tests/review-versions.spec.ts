import { test, expect } from '@playwright/test';
import { linkInMail } from './helpers';
import {
  OFFER_V2, addVersion, apiAs, ensureReviewSetup, menteeProject, second, selectInDocument, thread,
  threadOn,
} from './review-helpers';

// Document review: threads over time — new versions, differences, suggestions and edits,
// offline work, who else is here, and stages.

let program: string;

test.beforeAll(async () => {
  program = await ensureReviewSetup();
});

test('a new version carries the open threads and lists the orphan, which can be seen where it was', async ({ page }) => {
  const { projectId, versionId } = await menteeProject(page, program);
  const mentor = await apiAs('mentor@mentorhub.test');
  await threadOn(mentor, versionId, 'morning batches', 'How many batches a day?');
  await threadOn(mentor, versionId, 'three bakeries in Riga', 'Which bakeries?');
  await threadOn(mentor, versionId, 'Waste report every Friday', 'Who reads it?');
  await mentor.request.dispose();

  await page.goto(`/projects/${projectId}`);
  await expect(page.locator('mark.hl')).toHaveCount(3);
  await page.getByLabel('Document').setInputFiles({ name: 'offer-v2.md', mimeType: 'text/markdown', buffer: Buffer.from(OFFER_V2) });
  await page.getByLabel('What changed (optional)').fill('Dropped the pilot, new price.');
  await page.getByRole('button', { name: 'Upload' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Version 2' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Text of version 2' })).toContainText('Offer for small bakeries');
  await expect(thread(page, 'How many batches a day?')).toContainText('Carried from version 1');
  await expect(page.locator('mark.hl')).toHaveText(['morning batches', 'Waste reports every second Friday']);
  const reworded = thread(page, 'Who reads it?');
  await expect(reworded).toContainText('Carried from version 1');
  await expect(reworded.locator('.badge-check')).toHaveText(/^Check placement: \d+ % sure$/);
  await expect(thread(page, 'How many batches a day?').locator('.badge-check')).toHaveCount(0);
  const orphan = thread(page, 'Which bakeries?');
  await expect(orphan).toContainText('Passage gone (made on version 1)');
  await expect(page.getByRole('heading', { name: 'Comments whose passage is gone' })).toBeVisible();

  await orphan.getByRole('link', { name: 'See it in version 1' }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/versions/1\\?thread=`));
  await expect(page.getByText('This is an earlier version.')).toBeVisible();
  await expect(page.locator('mark[data-opens]', { hasText: 'three bakeries in Riga' })).toBeFocused();
  await expect(thread(page, 'Which bakeries?')).toContainText('Made on version 1');
});

test('comparing two versions shows the word differences and which comments belong to which version', async ({ page }) => {
  const { projectId, versionId, mentee } = await menteeProject(page, program);
  const mentor = await apiAs('mentor@mentorhub.test');
  await threadOn(mentor, versionId, 'morning batches', 'How many batches a day?');
  await threadOn(mentor, versionId, 'three bakeries in Riga', 'Which bakeries?');
  await addVersion(mentee, projectId, 'offer-v2.md', OFFER_V2);
  await mentor.request.dispose();

  await page.goto(`/projects/${projectId}`);
  await expect(page.getByLabel('From')).toHaveValue('1');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { name: 'Differences between version 1 and version 2' })).toBeVisible();
  const diff = page.getByRole('region', { name: 'Differences', exact: true });
  await expect(diff.locator('ins').filter({ hasText: 'small' }).first()).toContainText('added:');
  await expect(diff.locator('del').filter({ hasText: 'Riga' })).toContainText('removed:');
  await expect(page.getByText(/\d+ words? added, \d+ words? removed/)).toBeVisible();

  const first = page.getByRole('region', { name: 'Version 1', exact: true });
  const second = page.getByRole('region', { name: 'Version 2', exact: true });
  await expect(first.getByRole('listitem')).toHaveCount(2);
  await expect(first).toContainText('Made on version 1');
  await expect(second.getByRole('listitem').filter({ hasText: 'morning batches' })).toContainText('Carried from version 1');
  await expect(second.getByRole('listitem').filter({ hasText: 'three bakeries' })).toContainText('Passage gone');
});

test('a suggested change is accepted with one click; comments are edited with their history kept; mentions are e-mailed', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { projectId } = await menteeProject(page, program);
  await page.goto(`/projects/${projectId}`);
  const mentor = await second(browser, 'mentor@mentorhub.test', `/projects/${projectId}`);
  const m = mentor.page;
  await selectInDocument(m, 'Price: 30 euros a month.');
  await m.getByRole('region', { name: 'Selected passage' }).getByRole('button', { name: 'Comment', exact: true }).click();
  const dialog = m.getByRole('dialog', { name: 'New comment' });
  await dialog.getByLabel('Comment', { exact: true }).fill('Too cheap?');
  await dialog.getByLabel('Suggest a replacement for the passage').check();
  await expect(dialog.getByLabel('Replacement text')).toHaveValue('Price: 30 euros a month.');
  await dialog.getByLabel('Replacement text').fill('Price: 40 euros a month.');
  await dialog.getByLabel('Елена Морозова (mentee)').check();
  const sent = Date.now();
  await dialog.getByRole('button', { name: 'Post the comment' }).click();
  const mentorThread = thread(m, 'Too cheap?');
  await expect(mentorThread).toContainText('Suggested change');

  if (process.env.MENTORHUB_DATA_DIR) {
    const link = await linkInMail('mentee@mentorhub.test', `/projects/${projectId}`, sent);
    expect(new URL(link).pathname).toBe(`/projects/${projectId}`);
  }

  await mentorThread.getByText('Edit', { exact: true }).click();
  await mentorThread.getByLabel('Text of the comment').fill('Is 30 euros too cheap?');
  await mentorThread.getByRole('button', { name: 'Save' }).click();
  await expect(mentorThread).toContainText('Is 30 euros too cheap?');
  await expect(mentorThread).toContainText('edited');
  await mentorThread.getByText('Earlier text').click();
  await expect(mentorThread.locator('.comment-history')).toContainText('Too cheap?');

  const menteeThread = thread(page, 'Is 30 euros too cheap?');
  await expect(menteeThread.locator('del')).toContainText('Price: 30 euros a month.');
  await expect(menteeThread.locator('ins')).toContainText('Price: 40 euros a month.');
  await menteeThread.getByRole('button', { name: 'Accept the suggested change' }).click();
  await expect(menteeThread).toContainText('Accepted by Елена Морозова');
  await expect(menteeThread.getByRole('button', { name: 'Accept the suggested change' })).toHaveCount(0);
  await expect(mentorThread).toContainText('Accepted by Елена Морозова');
  await mentor.context.close();
});

test('offline, a comment waits on the device and is sent later; uploading says it needs a connection', async ({ page, browser }) => {
  const { projectId, versionId } = await menteeProject(page, program);
  await page.goto(`/projects/${projectId}`);
  const mentor = await second(browser, 'mentor@mentorhub.test', `/projects/${projectId}`);
  const m = mentor.page;
  await expect(m.getByRole('region', { name: 'Text of version 1' })).toBeVisible();

  await mentor.context.setOffline(true);
  await expect(m.locator('#connection-status')).toContainText('Offline');
  await selectInDocument(m, 'Waste report every Friday');
  await m.getByRole('region', { name: 'Selected passage' }).getByRole('button', { name: 'Comment', exact: true }).click();
  await m.getByRole('dialog', { name: 'New comment' }).getByLabel('Comment', { exact: true }).fill('Why Friday?');
  await m.getByRole('button', { name: 'Post the comment' }).click();
  const waiting = thread(m, 'Why Friday?');
  await expect(waiting).toContainText('Not sent yet');
  await expect(m.locator('#connection-status')).toContainText('1 unsent change');
  await expect(m.locator('mark.hl')).toHaveText('Waste report every Friday');

  await page.context().setOffline(true);
  await expect(page.getByText('Uploading needs a connection to the server.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Upload' })).toBeDisabled();
  await page.context().setOffline(false);
  await expect(page.getByRole('button', { name: 'Upload' })).toBeEnabled();

  await mentor.context.setOffline(false);
  await expect(waiting).not.toContainText('Not sent yet');
  await expect(thread(page, 'Why Friday?')).toBeVisible();
  const view = await (await m.request.get(`/api/v1/versions/${versionId}`)).json();
  expect(view.threads.filter((t: { comments: { body: string }[] }) => t.comments[0].body === 'Why Friday?')).toHaveLength(1);
  await mentor.context.close();
});

test('everyone with the project open sees who else is here', async ({ page, browser }) => {
  const { projectId } = await menteeProject(page, program);
  await page.goto(`/projects/${projectId}`);
  const presence = page.locator('.presence');
  await expect(presence).toHaveAttribute('aria-live', 'polite');
  const mentor = await second(browser, 'mentor@mentorhub.test', `/projects/${projectId}`);
  await expect(presence).toHaveText('Also here: Anna Petrova');
  await expect(mentor.page.locator('.presence')).toHaveText('Also here: Елена Морозова');
  await mentor.page.getByRole('link', { name: 'My programs' }).click();
  await expect(presence).toHaveText('');
  await mentor.context.close();
});

test('the mentor marks a stage finished and the project shows its progress', async ({ page, browser }) => {
  const { projectId } = await menteeProject(page, program);
  const stages = (await (await page.request.get(`/api/v1/programs/${program}/projects`)).json()).stages as string[];
  await page.goto(`/projects/${projectId}`);
  const heading = page.locator('.project-heading');
  await expect(heading).toContainText(`0 of ${stages.length} stages finished`);
  await expect(page.getByRole('button', { name: `Mark “${stages[0]}” finished` })).toHaveCount(0);

  const mentor = await second(browser, 'mentor@mentorhub.test', `/projects/${projectId}`);
  await mentor.page.getByRole('button', { name: `Mark “${stages[0]}” finished` }).click();
  await expect(mentor.page.locator('#stages')).toContainText('Finished by Anna Petrova');
  await expect(heading).toContainText(`1 of ${stages.length} stages finished`);
  await expect(page.locator('.project-heading progress')).toHaveAttribute('value', '1');
  await mentor.page.getByRole('button', { name: `Reopen “${stages[0]}”` }).click();
  await expect(heading).toContainText(`0 of ${stages.length} stages finished`);
  await mentor.context.close();
});
