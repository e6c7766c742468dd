import { defineConfig } from '@playwright/test';

// The runner (`cargo xtask`) builds the client, starts the server with `--demo` and a fresh data
// folder, and sets MENTORHUB_URL (and MENTORHUB_DATA_DIR, where e-mails land in outbox/).
const baseURL = process.env.MENTORHUB_URL;
if (!baseURL) {
  throw new Error('Set MENTORHUB_URL to the address of a running `server --demo`.');
}

export default defineConfig({
  testDir: './tests',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    viewport: { width: 360, height: 640 },
    locale: 'en-US',
    timezoneId: 'Europe/Riga',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
