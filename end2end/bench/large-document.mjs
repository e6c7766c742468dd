// Time to show a 200-page document in the browser: `node bench/large-document.mjs` with
// MENTORHUB_URL pointing at a demo server (`cargo xtask run`, or the server with --demo).
//
// Signs in as the demo mentee, starts a project, uploads a Markdown document of 200 pages
// (about 3,000 characters a page: headings, paragraphs and lists) and adds it as a version, then
// opens the project in headless Chromium at 360×640 and measures, five times over on fresh
// pages, from navigation start until the document's last block is in the page. The baseline of
// the same run is the time until the (small) dashboard shows its programs.
import { chromium } from '@playwright/test';

const base = process.env.MENTORHUB_URL ?? 'http://127.0.0.1:3000';
const PAGES = 200;
const RUNS = 5;

function makeDocument() {
  const words = 'the client plans three tasks each morning and reviews the week on friday with the mentor'.split(' ');
  let out = '';
  let n = 0;
  for (let page = 1; page <= PAGES; page++) {
    out += `## Part ${page}\n\n`;
    while (out.length < page * 3000) {
      n++;
      const sentence = Array.from({ length: 14 }, (_, i) => words[(n * 7 + i * 3) % words.length]).join(' ');
      out += n % 9 === 0 ? `- ${sentence}.\n` : `${sentence[0].toUpperCase()}${sentence.slice(1)}. Step ${n} of the plan.\n\n`;
    }
    out += '\n';
  }
  return out + '## The end\n\nLast paragraph of the document.\n';
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
const api = context.request;
await api.post(`${base}/api/v1/auth/sign-in`, { data: { email: 'mentee@mentorhub.test', password: 'mentorhub-demo' } });
const session = await (await api.get(`${base}/api/v1/auth/session`)).json();
const headers = { 'x-csrf-token': session.csrf_token };
const dashboard = await (await api.get(`${base}/api/v1/dashboard`)).json();
const program = dashboard.programs.find((p) => p.roles.includes('mentee')).id;
const project = crypto.randomUUID();
const command = async (c) => {
  const r = await api.post(`${base}/api/v1/commands`, { headers, data: { commands: [{ id: crypto.randomUUID(), command: c }] } });
  const outcome = (await r.json()).results[0].outcome;
  if (outcome.status !== 'applied') throw new Error(JSON.stringify(outcome));
};
await command({ type: 'create_project', project_id: project, program_id: program, title: `Large document ${Date.now()}` });
const text = makeDocument();
const upload = await api.post(`${base}/api/v1/projects/${project}/uploads?name=large.md`, {
  headers: { ...headers, 'content-type': 'application/octet-stream' },
  data: Buffer.from(text),
});
const receipt = await upload.json();
await command({ type: 'add_version', version_id: crypto.randomUUID(), project_id: project, upload_id: receipt.upload_id, note: '' });

async function measure(path, ready) {
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`${base}${path}`);
  await page.waitForFunction(ready, null, { timeout: 120_000, polling: 50 });
  const ms = Date.now() - started;
  await page.close();
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const doc = [];
const dash = [];
for (let i = 0; i < RUNS; i++) {
  dash.push(await measure('/', () => document.querySelectorAll('main h2, main h3').length > 0));
  doc.push(
    await measure(`/projects/${project}`, () =>
      [...document.querySelectorAll('.document [data-start]')].some((e) => e.textContent.includes('Last paragraph of the document')),
    ),
  );
}
console.log(
  `${PAGES}-page document (${text.length} characters, ${receipt.characters} extracted): shown in median ${median(doc)} ms ` +
    `(runs: ${doc.join(', ')}); dashboard in median ${median(dash)} ms (runs: ${dash.join(', ')}); ratio ${(median(doc) / median(dash)).toFixed(1)}`,
);
await browser.close();
