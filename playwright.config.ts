import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { productionShellCommand } from './scripts/production-command.ts';

const PORT = Number(process.env['CADRE_E2E_PORT'] ?? 8091);
const baseURL = `http://127.0.0.1:${PORT}`;

// A fresh data directory per run, so journeys never see documents from an earlier run.
// The config is evaluated again in each worker; only the main process starts the server,
// so the directory is created once per run where it matters.
const dataDir =
  process.env['CADRE_E2E_DATA_DIR'] ?? mkdtempSync(path.join(tmpdir(), 'cadre-e2e-'));
process.env['CADRE_E2E_DATA_DIR'] = dataDir;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  // Two cores: one worker for the app server, one for the browsers.
  workers: 1,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 860 },
    launchOptions: {
      // Debian's Chromium; Playwright must never download its own browsers here.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 860 } } }],
  webServer: {
    // The production bundle, as `npm start` runs it; rebuilt here (under a second) so a journey
    // never runs against a server bundle older than the code.
    command: `npm run build:server && ${productionShellCommand()}`,
    // The built client's index page: ready once the server serves files and routes.
    url: `${baseURL}/`,
    reuseExistingServer: false,
    // Generous: the machine has two cores, shared with the browser.
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // The browser reaches the server at baseURL: that is the one origin it accepts and links to.
    // Every journey signs people up and in from 127.0.0.1, like a ministry behind one NAT address.
    env: { PORT: String(PORT), HOST: '127.0.0.1', CADRE_DATA_DIR: dataDir, CADRE_PUBLIC_ORIGIN: baseURL, CADRE_AUTH_ATTEMPTS_PER_ADDRESS: '1000' },
  },
});
