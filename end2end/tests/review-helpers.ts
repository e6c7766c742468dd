import { expect, request as playwrightRequest, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, WINTER, signIn, unique } from './helpers';

/** A session of the API for one demo person (its own cookies), with the CSRF token writes need. */
export interface Api {
  request: APIRequestContext;
  csrf: string;
  personId: string;
}

/** The API as the person the page is signed in as (the page's cookies). */
export async function apiOf(page: Page): Promise<Api> {
  const response = await page.request.get('/api/v1/auth/session');
  expect(response.ok()).toBeTruthy();
  const session = await response.json();
  return { request: page.request, csrf: session.csrf_token, personId: session.person.id };
}

/** Signs `email` in on a fresh API context (no browser page). */
export async function apiAs(email: string): Promise<Api> {
  const request = await playwrightRequest.newContext({ baseURL: process.env.MENTORHUB_URL });
  const response = await request.post('/api/v1/auth/sign-in', { data: { email, password: DEMO_PASSWORD } });
  expect(response.ok(), `sign in ${email}`).toBeTruthy();
  const session = await response.json();
  return { request, csrf: session.csrf_token, personId: session.person.id };
}

/** Sends one command and expects it applied. */
export async function command(api: Api, body: Record<string, unknown>): Promise<void> {
  const response = await api.request.post('/api/v1/commands', {
    headers: { 'x-csrf-token': api.csrf },
    data: { commands: [{ id: randomUUID(), command: body }] },
  });
  expect(response.ok()).toBeTruthy();
  const result = await response.json();
  expect(result.results[0].outcome, JSON.stringify(body)).toMatchObject({ status: 'applied' });
}

async function winterId(api: Api): Promise<string> {
  const dashboard = await (await api.request.get('/api/v1/dashboard')).json();
  const program = dashboard.programs.find((p: { name: string }) => p.name === WINTER);
  expect(program).toBeTruthy();
  return program.id;
}

/**
 * Makes sure the review rests on what the tests need, whatever the demo holds: mentee@ paired
 * with mentor@, mentor@ supervised by supervisor@, and the winter program with stages.
 * Returns the program's id.
 */
export async function ensureReviewSetup(): Promise<string> {
  const coordinator = await apiAs('coordinator@mentorhub.test');
  const program = await winterId(coordinator);
  const members = await (await coordinator.request.get(`/api/v1/programs/${program}/members`)).json();
  const id = (email: string) => members.members.find((m: { email: string }) => m.email === email).person_id;
  const [mentee, mentor, supervisor] = ['mentee@', 'mentor@', 'supervisor@'].map((p) => id(`${p}mentorhub.test`));
  const pairs = await (await coordinator.request.get(`/api/v1/programs/${program}/pairs`)).json();
  if (!pairs.pairs.some((p: { mentee_id: string; mentor_id: string }) => p.mentee_id === mentee && p.mentor_id === mentor)) {
    await command(coordinator, { type: 'pair_mentee', program_id: program, mentee_id: mentee, mentor_id: mentor });
  }
  if (!pairs.supervisions.some((s: { mentor_id: string; supervisor_id: string }) => s.mentor_id === mentor && s.supervisor_id === supervisor)) {
    await command(coordinator, { type: 'assign_supervisor', program_id: program, mentor_id: mentor, supervisor_id: supervisor });
  }
  const projects = await (await coordinator.request.get(`/api/v1/programs/${program}/projects`)).json();
  if (projects.stages.length === 0) {
    await command(coordinator, { type: 'set_review_stages', program_id: program, stages: ['Draft', 'Revised', 'Final'] });
  }
  await coordinator.request.dispose();
  return program;
}

/** A second person in their own browser context, signed in and on `path`. */
export async function second(browser: Browser, email: string, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await page.goto(path);
  return { context, page };
}

/** Signs the mentee in on `page` and makes a project of theirs with OFFER_V1 as version 1. */
export async function menteeProject(page: Page, program: string, title = unique('Offer')) {
  await signIn(page, 'mentee@mentorhub.test');
  const mentee = await apiOf(page);
  const made = await projectWithVersion(mentee, program, title, 'offer.md', OFFER_V1);
  return { ...made, mentee, title };
}

/** The thread (its card) whose text contains `text`. */
export const thread = (page: Page, text: string) => page.locator('article.thread').filter({ hasText: text });

/** A project of the signed-in mentee with one version made of `text` (through the API). */
export async function projectWithVersion(mentee: Api, program: string, title: string, name: string, text: string) {
  const projectId = randomUUID();
  await command(mentee, { type: 'create_project', project_id: projectId, program_id: program, title });
  const versionId = await addVersion(mentee, projectId, name, text);
  return { projectId, versionId };
}

/** Uploads `text` as file `name` and makes it the project's next version (through the API). */
export async function addVersion(api: Api, projectId: string, name: string, text: string): Promise<string> {
  const upload = await api.request.post(`/api/v1/projects/${projectId}/uploads?name=${encodeURIComponent(name)}`, {
    headers: { 'x-csrf-token': api.csrf, 'content-type': 'application/octet-stream' },
    data: Buffer.from(text, 'utf8'),
  });
  expect(upload.ok(), await upload.text()).toBeTruthy();
  const receipt = await upload.json();
  const versionId = randomUUID();
  await command(api, { type: 'add_version', version_id: versionId, project_id: projectId, upload_id: receipt.upload_id, note: '' });
  return versionId;
}

/** Starts a thread on the first occurrence of `quote` in a version's text (through the API). */
export async function threadOn(api: Api, versionId: string, quote: string, body: string, extra: Record<string, unknown> = {}) {
  const view = await (await api.request.get(`/api/v1/versions/${versionId}`)).json();
  const chars = Array.from(view.body.text as string);
  const at = (view.body.text as string).indexOf(quote);
  expect(at, `“${quote}” in the text`).toBeGreaterThanOrEqual(0);
  const start = Array.from((view.body.text as string).slice(0, at)).length;
  const end = start + Array.from(quote).length;
  const threadId = randomUUID();
  await command(api, {
    type: 'start_thread',
    thread_id: threadId,
    comment_id: randomUUID(),
    version_id: versionId,
    anchor: {
      exact: chars.slice(start, end).join(''),
      prefix: chars.slice(Math.max(0, start - 32), start).join(''),
      suffix: chars.slice(end, end + 32).join(''),
      start,
      end,
    },
    body,
    ...extra,
  });
  return threadId;
}

/**
 * Selects `from` … `to` (the first occurrence of each, `to` after `from`) in the document with a
 * DOM Range, as the browser does for a mouse or touch selection; the range may cross paragraphs.
 */
export async function selectInDocument(page: Page, from: string, to = from): Promise<void> {
  await expect(page.locator('.document')).toContainText(to);
  await page.evaluate(([from, to]) => {
    const root = document.querySelector('.document')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let text = '';
    const starts: number[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      starts.push(text.length);
      nodes.push(n as Text);
      text += (n as Text).data;
    }
    const point = (at: number): [Text, number] => {
      let i = starts.length - 1;
      while (starts[i] > at) i--;
      return [nodes[i], at - starts[i]];
    };
    const a = text.indexOf(from);
    const b = text.indexOf(to, a) + to.length;
    if (a < 0 || b < a + to.length) throw new Error(`not in the document: ${from} … ${to}`);
    const range = document.createRange();
    range.setStart(...point(a));
    range.setEnd(...point(b));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, [from, to]);
}

/** Selects `words` with the mouse: pressed before the first character, released after the last. */
export async function dragOver(page: Page, words: string): Promise<void> {
  await expect(page.locator('.document')).toContainText(words);
  const box = await page.evaluate((words) => {
    const root = document.querySelector('.document')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(words);
      if (at < 0) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center', behavior: 'instant' });
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 1);
      const first = range.getBoundingClientRect();
      range.setStart(n, at + words.length - 1);
      range.setEnd(n, at + words.length);
      const last = range.getBoundingClientRect();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`not in the document: ${words}`);
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

/** The current selection's text. */
export async function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => window.getSelection()!.toString());
}

/** A Markdown offer with headings, a list, a link, inline HTML and several paragraphs. */
export const OFFER_V1 = `# Offer for bakeries

Our product helps bakeries plan their **morning batches** from yesterday's sales.

Fresh 🥐 croissants and Żółw rye bread come first.

The pilot starts in March with three bakeries in Riga.

- Daily forecast by 5 am
- Waste report every Friday

See [our site](https://example.org/bakery) and <script>window.__pwned = 1</script> nothing else.

Price: 30 euros a month.
`;

/**
 * The next version: the pilot paragraph is gone (its comments become orphans), the waste report
 * is reworded (a placement to check), the price changed, the rest kept.
 */
export const OFFER_V2 = `# Offer for small bakeries

Our product helps small bakeries plan their **morning batches** from yesterday's sales.

Fresh 🥐 croissants and Żółw rye bread come first.

- Daily forecast by 5 am
- Waste reports every second Friday

See [our site](https://example.org/bakery) and <script>window.__pwned = 1</script> nothing else.

Price: 35 euros a month, the first month free.
`;
