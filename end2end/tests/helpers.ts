import { expect, type Page, type APIRequestContext } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every demo account's password (server/src/demo.rs). */
export const DEMO_PASSWORD = 'mentorhub-demo';

/** The demo programs' names. */
export const WINTER = 'Программа сопровождения клиентов — зимний поток';
export const BENEFIT = 'Konsultacje indywidualne — program benefitowy';

/** A value no other test run has used. */
export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * Signs in from the sign-in page with English picked first, so the interface is English
 * whatever language the account's profile had (the choice is saved to the profile).
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('#language-picker').selectOption('en');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My programs' })).toBeVisible();
  await expect(page.locator('#connection-status')).toContainText('Online');
}

/** Opens a program from the dashboard by its name. */
export async function openProgram(page: Page, name: string): Promise<string> {
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const id = new URL(page.url()).pathname.split('/')[2];
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id;
}

/** The announcements of a program as the server has them, read with the page's session. */
export async function serverAnnouncements(request: APIRequestContext, programId: string) {
  const response = await request.get(`/api/v1/programs/${programId}`);
  expect(response.ok()).toBeTruthy();
  const body = await response.json();
  return body.announcements as Array<{ id: string; title: string; body: string }>;
}

/** One e-mail as the demo server wrote it (an .eml file in DATA_DIR/outbox). */
interface Mail {
  to: string;
  body: string;
  writtenAt: number;
}

function readMail(path: string): Mail {
  const raw = readFileSync(path, 'utf8');
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  let body = raw.slice(split).trim();
  const header = (name: string) =>
    head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))?.slice(name.length + 1).trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'base64') {
    body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  } else if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    body = Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return { to: header('To'), body, writtenAt: statSync(path).mtimeMs };
}

/** The body of the newest e-mail sent to `to` since `since` (ms), if any. Needs MENTORHUB_DATA_DIR. */
export function lastMailTo(to: string, since = 0): string | undefined {
  const dir = process.env.MENTORHUB_DATA_DIR;
  if (!dir || !existsSync(join(dir, 'outbox'))) return undefined;
  const outbox = join(dir, 'outbox');
  return readdirSync(outbox)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => readMail(join(outbox, f)))
    .filter((m) => m.writtenAt >= since && m.to.toLowerCase().includes(to.toLowerCase()))
    .sort((a, b) => a.writtenAt - b.writtenAt)
    .at(-1)?.body;
}

/**
 * Waits for an e-mail to `to` written after `since` (ms since the epoch, taken before the action
 * that sends it) and returns the first link in it that contains `path`.
 */
export async function linkInMail(to: string, path: string, since: number): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(() => {
      link = lastMailTo(to, since)?.match(new RegExp(`https?://\\S*${path}\\S*`))?.[0];
      return link;
    }, { timeout: 15_000 })
    .toBeTruthy();
  return link!;
}

/** Asserts the page does not scroll sideways at its current width. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
}
