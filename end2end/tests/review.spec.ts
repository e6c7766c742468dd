import { test, expect } from '@playwright/test';
import { WINTER, expectNoHorizontalScroll, openProgram, signIn, unique } from './helpers';
import {
  OFFER_V1, apiAs, dragOver, ensureReviewSetup, menteeProject, projectWithVersion, second,
  selectInDocument, selectedText, thread, threadOn,
} from './review-helpers';

// Document review: a project and its upload, reading, and commenting by mouse, touch and keyboard.

let program: string;

test.beforeAll(async () => {
  program = await ensureReviewSetup();
});

test('a mentee starts a project and uploads a Markdown version with progress, then reads it rendered', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'mentee@mentorhub.test');
  await openProgram(page, WINTER);
  await page.getByRole('navigation', { name: 'Sections of this program' }).getByRole('link', { name: 'Review' }).click();
  const title = unique('Bakery offer');
  await page.getByLabel('Title of the project').fill(title);
  await page.getByRole('button', { name: 'Start the project' }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('No version has been uploaded yet.')).toBeVisible();

  // A slow connection, so that the progress can be seen on the way.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 48 * 1024,
  });
  const appendix = '\n\n## Appendix\n\n' + 'A line of the appendix with enough words to make the file large.\n\n'.repeat(2000);
  const file = Buffer.from(OFFER_V1 + appendix, 'utf8');
  await page.getByLabel('Document').setInputFiles({ name: 'offer.md', mimeType: 'text/markdown', buffer: file });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.locator('.upload-progress')).toContainText(/Uploading… [1-9]\d? %/, { timeout: 15_000 });
  const midway = Number(await page.locator('#upload-progress').getAttribute('value'));
  expect(midway).toBeLessThan(100);
  await expect(page.getByRole('status').filter({ hasText: 'offer.md is uploaded' })).toBeVisible({ timeout: 30_000 });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1,
  });
  await expect(page.locator('#upload-progress')).toHaveAttribute('value', '100');

  const doc = page.getByRole('region', { name: 'Text of version 1' });
  await expect(doc.getByRole('heading', { name: 'Offer for bakeries' })).toBeVisible();
  await expect(doc.locator('strong').first()).toHaveText('morning batches');
  await expect(doc.locator('ul > li')).toHaveCount(2);
  const link = doc.getByRole('link', { name: 'our site' });
  await expect(link).toHaveAttribute('href', 'https://example.org/bakery');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  await expect(doc).toContainText('<script>window.__pwned = 1</script>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  const download = page.getByRole('link', { name: 'Download the original file' });
  const original = await page.request.get((await download.getAttribute('href'))!);
  expect(original.headers()['content-disposition']).toContain('attachment');
  expect(Buffer.compare(await original.body(), file)).toBe(0);
});

test('an upload the server refuses says why', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'mentee@mentorhub.test');
  const mentee = await apiAs('mentee@mentorhub.test');
  const { projectId } = await projectWithVersion(mentee, program, unique('Refused'), 'offer.md', OFFER_V1);
  await mentee.request.dispose();
  await page.goto(`/projects/${projectId}`);
  const refusal = page.locator('#upload-error');

  await page.getByLabel('Document').setInputFiles({ name: 'photo.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 1, 2, 255, 254, 0, 9]) });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(refusal).toContainText('This file is not a Markdown, text, Word (DOCX) or PDF document.');

  await page.getByLabel('Document').setInputFiles({ name: 'huge.md', mimeType: 'text/markdown', buffer: Buffer.alloc(21 * 1024 * 1024, 97) });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(refusal).toContainText('That is too large to send.', { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 2, name: 'Version 1' })).toBeVisible();
});

test('a mentor comments on a passage selected with the mouse; the mentee sees it live, replies, and it is resolved', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { projectId } = await menteeProject(page, program);
  await page.goto(`/projects/${projectId}`);
  await expect(page.getByRole('region', { name: 'Text of version 1' })).toBeVisible();
  const mentor = await second(browser, 'mentor@mentorhub.test', `/projects/${projectId}`);
  const m = mentor.page;

  await dragOver(m, 'three bakeries in Riga');
  expect(await selectedText(m)).toBe('three bakeries in Riga');
  const bar = m.getByRole('region', { name: 'Selected passage' });
  await expect(bar).toContainText('three bakeries in Riga');
  // The bar with the button stays clear of the selection.
  await m.waitForTimeout(600);
  const selectionBottom = await m.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().bottom);
  const barTop = (await bar.boundingBox())!.y;
  expect(selectionBottom).toBeLessThanOrEqual(barTop);
  await bar.getByRole('button', { name: 'Comment', exact: true }).click();
  const dialog = m.getByRole('dialog', { name: 'New comment' });
  await expect(dialog).toContainText('“three bakeries in Riga”');
  await dialog.getByLabel('Comment', { exact: true }).fill('Which bakeries?');
  await dialog.getByRole('button', { name: 'Post the comment' }).click();
  await expect(dialog).toBeHidden();
  await expect(bar).toBeHidden();
  const mentorThread = thread(m, 'Which bakeries?');
  await expect(mentorThread).toContainText('“three bakeries in Riga”');
  await expect(mentorThread).toBeFocused();
  await expect(m.locator('mark.hl')).toHaveText('three bakeries in Riga');

  // The mentee's open page shows it without a reload; the highlight leads to the thread.
  const menteeThread = thread(page, 'Which bakeries?');
  await expect(menteeThread).toContainText('Anna Petrova');
  await page.locator('mark.hl', { hasText: 'three bakeries in Riga' }).click();
  await expect(menteeThread).toBeFocused();

  await menteeThread.getByText('Reply', { exact: true }).click();
  await menteeThread.getByLabel('Your reply').fill('Two in Riga, one in Jūrmala.');
  await menteeThread.getByRole('button', { name: 'Send the reply' }).click();
  await expect(menteeThread).toContainText('Two in Riga, one in Jūrmala.');
  await expect(mentorThread).toContainText('Two in Riga, one in Jūrmala.');

  await mentorThread.getByRole('button', { name: 'Resolve' }).click();
  await expect(menteeThread).toBeHidden();
  await expect(page.locator('mark.hl')).toHaveCount(0);
  await page.getByLabel('Show resolved comments (1)').check();
  await expect(menteeThread).toContainText('Resolved by Anna Petrova');
  await expect(page.locator('mark.hl-resolved')).toHaveText('three bakeries in Riga');

  await menteeThread.getByRole('button', { name: 'Reopen' }).click();
  await expect(mentorThread.getByRole('button', { name: 'Resolve' })).toBeVisible();
  await mentor.context.close();
});

test("a mentor's private note, made across paragraphs, never reaches the mentee", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { projectId, versionId } = await menteeProject(page, program);
  const mentor = await second(browser, 'mentor@mentorhub.test', `/projects/${projectId}`);
  const m = mentor.page;
  await expect(m.getByRole('region', { name: 'Text of version 1' })).toBeVisible();

  // From the paragraph with a croissant (a character JavaScript counts twice) into the next one.
  await selectInDocument(m, 'rye bread', 'starts in March');
  await m.getByRole('region', { name: 'Selected passage' }).getByRole('button', { name: 'Comment', exact: true }).click();
  const dialog = m.getByRole('dialog', { name: 'New comment' });
  await dialog.getByLabel('Comment', { exact: true }).fill('Note to self: ask about the pilot.');
  await dialog.getByLabel(/Private note/).check();
  await dialog.getByRole('button', { name: 'Post the comment' }).click();
  const note = thread(m, 'Note to self');
  await expect(note).toContainText('Private note');
  await expect(m.locator('mark.hl')).toHaveCount(2);
  await expect(note).not.toContainText('Not sent yet');

  const asMentor = await (await m.request.get(`/api/v1/versions/${versionId}`)).json();
  expect(asMentor.threads[0].anchor.exact).toBe('rye bread come first.\n\nThe pilot starts in March');
  const supervisor = await apiAs('supervisor@mentorhub.test');
  const asSupervisor = await (await supervisor.request.get(`/api/v1/versions/${versionId}`)).json();
  expect(asSupervisor.threads.map((t: { private: boolean }) => t.private)).toEqual([true]);
  await supervisor.request.dispose();

  await page.goto(`/projects/${projectId}`);
  await expect(page.getByRole('region', { name: 'Text of version 1' })).toBeVisible();
  await expect(page.getByText('No comments on this version yet.')).toBeVisible();
  await expect(page.getByText('Note to self')).toHaveCount(0);
  const asMentee = await (await page.request.get(`/api/v1/versions/${versionId}`)).json();
  expect(asMentee.threads).toEqual([]);
  await mentor.context.close();
});

test('on a phone, a passage selected by touch is commented on with taps', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const { projectId } = await menteeProject(page, program);
  await page.goto(`/projects/${projectId}`);
  // A long press and the selection handles are the browser's own; they end in a selection.
  await selectInDocument(page, 'Daily forecast by 5 am');
  const bar = page.getByRole('region', { name: 'Selected passage' });
  const button = bar.getByRole('button', { name: 'Comment', exact: true });
  expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await button.tap();
  const dialog = page.getByRole('dialog', { name: 'New comment' });
  await dialog.getByLabel('Comment', { exact: true }).fill('Is 5 am early enough?');
  await dialog.getByRole('button', { name: 'Post the comment' }).tap();
  await expect(thread(page, 'Is 5 am early enough?')).toContainText('“Daily forecast by 5 am”');
  await expect(bar).toBeHidden();

  // A tap on the text that selects nothing puts an unused selection away.
  await selectInDocument(page, 'Waste report');
  await expect(bar).toBeVisible();
  await page.getByText('Price: 30 euros a month.', { exact: true }).tap();
  await expect(bar).toBeHidden();
  await page.locator('mark.hl').tap();
  await expect(thread(page, 'Is 5 am early enough?')).toBeFocused();
  await expectNoHorizontalScroll(page);
  await context.close();
});

test('a coordinator reads a project and its comments but comments nowhere', async ({ page }) => {
  const mentee = await apiAs('mentee@mentorhub.test');
  const { projectId, versionId } = await projectWithVersion(mentee, program, unique('Read only'), 'offer.md', OFFER_V1);
  await mentee.request.dispose();
  const mentor = await apiAs('mentor@mentorhub.test');
  await threadOn(mentor, versionId, 'morning batches', 'How many batches a day?');
  await mentor.request.dispose();

  await signIn(page, 'coordinator@mentorhub.test');
  await page.goto(`/projects/${projectId}`);
  const comment = thread(page, 'How many batches a day?');
  await expect(comment).toBeVisible();
  await expect(comment.getByRole('button', { name: 'Resolve' })).toHaveCount(0);
  await expect(comment.getByText('Reply', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Comment on/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Mark/ })).toHaveCount(0);
  await expect(page.getByLabel('Document')).toHaveCount(0);
  await selectInDocument(page, 'Waste report');
  await expect(page.getByRole('region', { name: 'Selected passage' })).toHaveCount(0);
});

test('a paragraph can be commented on by keyboard, narrowed to some of its words', async ({ page, browser }) => {
  const { projectId } = await menteeProject(page, program);
  const mentor = await second(browser, 'mentor@mentorhub.test', `/projects/${projectId}`);
  const m = mentor.page;
  await m.getByRole('link', { name: 'Download the original file' }).focus();
  const target = m.getByRole('button', { name: /^Comment on “Our product helps bakeries/ });
  for (let i = 0; i < 10 && !(await target.evaluate((b) => b === document.activeElement)); i++) {
    await m.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await expect(target).toBeVisible();
  await m.keyboard.press('Enter');
  const dialog = m.getByRole('dialog', { name: 'New comment' });
  const words = dialog.getByLabel('Only these words (optional)');
  await expect(words).toBeFocused();
  await m.keyboard.type('no such words');
  await m.keyboard.press('Tab');
  await m.keyboard.type('How do you forecast?');
  await dialog.getByRole('button', { name: 'Post the comment' }).press('Enter');
  await expect(dialog.getByText('These words are not in the paragraph.')).toBeVisible();
  await words.fill('');
  await words.focus();
  await m.keyboard.type('morning batches');
  await dialog.getByRole('button', { name: 'Post the comment' }).press('Enter');
  await expect(dialog).toBeHidden();
  const created = thread(m, 'How do you forecast?');
  await expect(created).toContainText('“morning batches”');
  await expect(created).toBeFocused();

  // The highlight is reached by keyboard too, and leads back to the thread.
  await m.locator('mark[data-opens]').focus();
  await m.keyboard.press('Tab');
  await m.keyboard.press('Shift+Tab');
  await expect(m.locator('mark[data-opens]')).toBeFocused();
  await m.keyboard.press('Enter');
  await expect(created).toBeFocused();
  await mentor.context.close();
});
