/**
 * Reach benchmark: what each main page costs on a slow link (issue #11). Chromium, with the
 * link emulated through CDP (400 ms round trip, 400 kbit/s each way), opens each page with an
 * empty cache (a new browser context) and again with the cache of that first visit (warm), and
 * measures the first paint, the time until the page is usable, and the bytes: transferred (as
 * sent: brotli), and what the same files weigh gzip'ed, from the build's `.gz` files.
 *
 *   npm run build && npm run bench:reach           # 3 runs of each page, medians
 *   BENCH_RUNS=5 npm run bench:reach
 *   BENCH_REACH_WATERFALL=document npm run bench:reach   # also prints that page's requests in time
 *   BENCH_REACH_PAGES=sign-in,sign-in-fr npm run bench:reach   # only these pages
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { productionCommand, SERVER_BUNDLE } from '../scripts/production-command.ts';
import { findTemplate, templateHeadings } from '../shared/templates/index.ts';
import { openCadreSession, createCadreDoc } from './lib/cadre-api.ts';
import { RESULTS_DIR } from './lib/server-proc.ts';
import { overSlowLink, SLOW_LINK } from './lib/slow-link.ts';
import { envNumber, fmtMs } from './lib/stats.ts';
import { markdownTable } from './lib/table.ts';

const RUNS = envNumber('BENCH_RUNS', 3);
const PORT = envNumber('BENCH_REACH_PORT', 8193);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const TIMEOUT_MS = 60_000;
const WATERFALL_PAGE = process.env.BENCH_REACH_WATERFALL;

type PageName = 'sign-in' | 'sign-in-fr' | 'workspaces' | 'workspace' | 'document';

/**
 * The document opened is made from a template, so that a first visit has text to wait for, as a
 * person's would (~2 KB of Yjs update): it is usable when that text is shown and a keystroke
 * lands in it.
 */
const DOCUMENT_TEMPLATE = { templateId: 'municipal-action-plan', templateLanguage: 'en' } as const;
const documentHeading = ((): string => {
  const template = findTemplate(DOCUMENT_TEMPLATE.templateId);
  const [first] = template ? templateHeadings(template, DOCUMENT_TEMPLATE.templateLanguage) : [];
  if (!first) throw new Error(`the template ${DOCUMENT_TEMPLATE.templateId} has no heading`);
  return first;
})();
type Seed = { cookie: string; workspaceId: string; documentId: string };
type Target = { usableMs?: { cold: number; warm?: number }; scriptGzip?: number; allGzip?: number };

/** The targets; pages without one are measured for comparison. */
const TARGETS: Partial<Record<PageName, Target>> = {
  'sign-in': { usableMs: { cold: 4000 }, scriptGzip: 80_000 },
  'sign-in-fr': { usableMs: { cold: 4000 }, scriptGzip: 80_000 },
  document: { usableMs: { cold: 6000, warm: 1500 }, allGzip: 250_000 },
};

interface PageSpec {
  name: PageName;
  path: (seed: Seed) => string;
  signedIn: boolean;
  /** Resolves once a person could use the page: type into it, read what it is for. */
  usable: (page: Page) => Promise<void>;
  /** The API answers the service worker keeps for the next visit (besides the app's files). */
  kept: (seed: Seed) => string[];
  /** The browser's language (English when not given). */
  locale?: string;
}

/** The sign-in form, usable: it takes typing and shows its button, named in the page's language. */
const signInUsable = (button: string) => async (page: Page) => {
  const email = page.locator('#auth-email');
  await email.fill('someone@example.org', { timeout: TIMEOUT_MS });
  await page.getByRole('button', { name: button, exact: true }).last().waitFor({ timeout: TIMEOUT_MS });
};

const PAGES: PageSpec[] = [
  {
    name: 'sign-in',
    path: () => '/',
    signedIn: false,
    usable: signInUsable('Sign in'),
    kept: () => [],
  },
  // Most of Cadre's users read another language than English, whose words are not in the app's code.
  { name: 'sign-in-fr', path: () => '/', signedIn: false, locale: 'fr-FR', usable: signInUsable('Se connecter'), kept: () => [] },
  {
    name: 'workspaces',
    path: () => '/',
    signedIn: true,
    usable: (page) => page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: TIMEOUT_MS }),
    kept: () => ['/api/workspaces'],
  },
  {
    name: 'workspace',
    path: (s) => `/w/${s.workspaceId}`,
    signedIn: true,
    usable: (page) => page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: TIMEOUT_MS }),
    kept: (s) => [`/api/workspaces/${s.workspaceId}`],
  },
  {
    name: 'document',
    path: (s) => `/d/${s.documentId}`,
    signedIn: true,
    usable: async (page) => {
      // Its text is shown and a keystroke lands in it.
      await page.waitForFunction((text) => document.querySelector('.ProseMirror')?.textContent?.includes(text) === true, documentHeading, { timeout: TIMEOUT_MS, polling: 'raf' });
      const editor = page.locator('.ProseMirror[contenteditable="true"]');
      await editor.click({ timeout: TIMEOUT_MS });
      await page.keyboard.type('§');
      await page.waitForFunction(() => document.querySelector('.ProseMirror')?.textContent?.includes('§') === true, null, { timeout: TIMEOUT_MS, polling: 'raf' });
    },
    kept: (s) => [`/api/documents/${s.documentId}`],
  },
];

interface Load {
  firstPaintMs: number;
  usableMs: number;
  transferred: number;
  requests: number;
  /** Files of the build this load used (path → resource type). */
  files: Map<string, string>;
  /** Each request: when it was sent and when its last byte arrived (ms from the navigation), and its size. */
  waterfall: { url: string; sentMs: number; doneMs: number; bytes: number }[];
}

/** Opens `path` in a fresh tab of `context` over the slow link; the cache is the context's. */
async function load(context: BrowserContext, path: string, spec: PageSpec, kept?: string[]): Promise<Load> {
  const page = await context.newPage();
  try {
    const cdp = await overSlowLink(context, page);
    const types = new Map<string, { url: string; type: string }>();
    const sentAt = new Map<string, { url: string; timestamp: number }>();
    const waterfall: Load['waterfall'] = [];
    let navigationTimestamp: number | undefined;
    const files = new Map<string, string>();
    let transferred = 0;
    let requests = 0;
    cdp.on('Network.requestWillBeSent', (event) => {
      navigationTimestamp ??= event.timestamp;
      sentAt.set(event.requestId, { url: event.request.url, timestamp: event.timestamp });
    });
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, { url: event.response.url, type: event.type }));
    // The sync socket, for the waterfall: when it was asked for, opened, and its first frames.
    const socketEvent = (what: string) => (event: { requestId: string; timestamp: number }) => {
      if (navigationTimestamp === undefined) return;
      const at = Math.round((event.timestamp - navigationTimestamp) * 1000);
      waterfall.push({ url: `socket ${what}`, sentMs: at, doneMs: at, bytes: 0 });
    };
    cdp.on('Network.webSocketWillSendHandshakeRequest', socketEvent('handshake sent'));
    cdp.on('Network.webSocketHandshakeResponseReceived', socketEvent('open'));
    cdp.on('Network.webSocketFrameSent', socketEvent('frame sent'));
    cdp.on('Network.webSocketFrameReceived', socketEvent('frame received'));
    cdp.on('Network.loadingFinished', (event) => {
      transferred += event.encodedDataLength;
      const sent = sentAt.get(event.requestId);
      if (sent && navigationTimestamp !== undefined) {
        const ms = (timestamp: number) => Math.round((timestamp - (navigationTimestamp ?? timestamp)) * 1000);
        waterfall.push({ url: sent.url.replace(ORIGIN, ''), sentMs: ms(sent.timestamp), doneMs: ms(event.timestamp), bytes: event.encodedDataLength });
      }
      const response = types.get(event.requestId);
      if (!response) return;
      if (event.encodedDataLength > 0) requests++;
      const url = new URL(response.url);
      if (url.origin === ORIGIN && !url.pathname.startsWith('/api/')) files.set(url.pathname.startsWith('/assets/') ? url.pathname : '/index.html', response.type);
    });
    const started = Date.now();
    await page.goto(`${ORIGIN}${path}`, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    await spec.usable(page);
    const usableMs = Date.now() - started;
    const firstPaintMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
    // What came after the page was usable is not counted.
    await cdp.detach();
    if (kept) await untilKeptForNextVisit(page, kept);
    return { firstPaintMs, usableMs, transferred, requests, files, waterfall };
  } finally {
    await page.close();
  }
}

/**
 * Waits, after the cold visit was measured, until the service worker controls the page and keeps
 * the answers in `paths`, as it would by a person's next visit. It starts installing once the
 * page's code is in and its own requests are not on the emulated link, but a visit measured
 * right after the first would otherwise often come before it.
 */
async function untilKeptForNextVisit(page: Page, paths: string[]): Promise<void> {
  // Polled from here: `waitForFunction` would take the predicate's promise itself for true.
  const deadline = Date.now() + TIMEOUT_MS;
  const kept = () =>
    page.evaluate(async (wanted) => navigator.serviceWorker.controller !== null && (await Promise.all(wanted.map((path) => caches.match(path)))).every(Boolean), paths);
  while (!(await kept())) {
    if (Date.now() > deadline) throw new Error(`the service worker did not keep ${paths.join(', ') || 'the app'} within ${TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What the files of a load weigh compressed as the build wrote them (plain when not smaller). */
function compressedBytes(clientDir: string, files: Map<string, string>, suffix: '.gz' | '.br', only?: string): number {
  let total = 0;
  for (const [file, type] of files) {
    if (only && type !== only) continue;
    const plain = join(clientDir, file);
    total += statSync(existsSync(plain + suffix) ? plain + suffix : plain).size;
  }
  return total;
}

function printWaterfall(name: string, load: Load | undefined): void {
  const rows = [...(load?.waterfall ?? [])].sort((a, b) => a.sentMs - b.sentMs);
  process.stderr.write(`${name}, usable at ${load?.usableMs ?? '?'} ms:\n`);
  for (const row of rows) process.stderr.write(`${String(row.sentMs).padStart(6)} → ${String(row.doneMs).padStart(6)} ms ${kb(row.bytes).padStart(9)}  ${row.url}\n`);
}

async function newContext(browser: Browser, spec: PageSpec, seed: Seed): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: spec.locale ?? 'en-US' });
  if (spec.signedIn) {
    const [name = '', ...value] = seed.cookie.split('=');
    await context.addCookies([{ name, value: value.join('='), url: ORIGIN }]);
    // What the app keeps on a browser someone signed in on (`Session.signedInBefore`): the cache
    // is empty, the browser's storage is not.
    await context.addInitScript(() => localStorage.setItem('cadre.signedIn', '1'));
  }
  return context;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
const verdict = (value: number, limit: number | undefined): string => (limit === undefined ? '' : value <= limit ? ' ✓' : ' ✗');

/**
 * A copy of the build (server bundle and client) to run from: the working tree is shared, and a
 * rebuild during a run (tests, other work) would otherwise change the files under the pages.
 */
function snapshotBuild(into: string): void {
  cpSync('dist', join(into, 'dist'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(into, 'node_modules'));
  cpSync('package.json', join(into, 'package.json'));
}

async function startServer(root: string, dataDir: string): Promise<ChildProcess> {
  const production = productionCommand();
  const child = spawn(process.execPath, [...production.nodeFlags, SERVER_BUNDLE], {
    cwd: root,
    env: { ...process.env, ...production.env, PORT: String(PORT), HOST: '127.0.0.1', CADRE_DATA_DIR: dataDir, CADRE_PUBLIC_ORIGIN: ORIGIN, CADRE_AUTH_ATTEMPTS_PER_ADDRESS: '1000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${ORIGIN}/api/health`)).ok) return child;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('the server did not answer /api/health within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main(): Promise<void> {
  if (!existsSync('dist/client/index.html.br') || !existsSync(SERVER_BUNDLE)) throw new Error('run `npm run build` first');
  const root = mkdtempSync(join(tmpdir(), 'cadre-reach-'));
  snapshotBuild(root);
  const clientDir = join(root, 'dist/client');
  const dataDir = join(root, 'data');
  const server = await startServer(root, dataDir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    const session = await openCadreSession(ORIGIN);
    if (!session.cookie || !session.workspaceId) throw new Error('could not sign up the bench user');
    const seed: Seed = { cookie: session.cookie, workspaceId: session.workspaceId, documentId: await createCadreDoc(ORIGIN, session, 'Reach document', DOCUMENT_TEMPLATE) };
    const rows: string[][] = [];
    const json: Record<string, unknown> = {};
    const only = process.env.BENCH_REACH_PAGES?.split(',');
    for (const spec of PAGES.filter((page) => !only || only.includes(page.name))) {
      const cold: Load[] = [];
      const warm: Load[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await newContext(browser, spec, seed);
        try {
          cold.push(await load(context, spec.path(seed), spec, spec.kept(seed)));
          warm.push(await load(context, spec.path(seed), spec));
        } finally {
          await context.close();
        }
      }
      if (spec.name === WATERFALL_PAGE) {
        printWaterfall(`${spec.name}, cold`, cold[0]);
        printWaterfall(`${spec.name}, warm`, warm[0]);
      }
      const files = cold[0]?.files ?? new Map<string, string>();
      const target = TARGETS[spec.name] ?? {};
      const result = {
        scriptGzip: compressedBytes(clientDir, files, '.gz', 'Script'),
        allGzip: compressedBytes(clientDir, files, '.gz'),
        allBrotli: compressedBytes(clientDir, files, '.br'),
        coldTransferred: median(cold.map((l) => l.transferred)),
        warmTransferred: median(warm.map((l) => l.transferred)),
        coldFirstPaintMs: median(cold.map((l) => l.firstPaintMs)),
        coldUsableMs: median(cold.map((l) => l.usableMs)),
        warmUsableMs: median(warm.map((l) => l.usableMs)),
        coldRequests: median(cold.map((l) => l.requests)),
        warmRequests: median(warm.map((l) => l.requests)),
        files: [...files.keys()],
      };
      json[spec.name] = result;
      rows.push([
        spec.name,
        kb(result.scriptGzip) + verdict(result.scriptGzip, target.scriptGzip),
        kb(result.allGzip) + verdict(result.allGzip, target.allGzip),
        kb(result.allBrotli),
        `${kb(result.coldTransferred)} / ${kb(result.warmTransferred)}`,
        `${result.coldRequests} / ${result.warmRequests}`,
        fmtMs(result.coldFirstPaintMs),
        fmtMs(result.coldUsableMs) + verdict(result.coldUsableMs, target.usableMs?.cold),
        fmtMs(result.warmUsableMs) + verdict(result.warmUsableMs, target.usableMs?.warm),
      ]);
      console.error(`${spec.name}: done`);
    }
    const table = markdownTable(
      ['page', 'script (gzip)', 'all files (gzip)', 'all files (brotli)', 'transferred cold / warm', 'requests cold / warm', 'first paint (cold)', 'usable (cold)', 'usable (warm)'],
      rows,
    );
    process.stdout.write(`\n400 ms RTT, 400 kbit/s down and up (CDP emulation), Chromium; medians of ${RUNS} runs.\n\n${table}\n`);
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, 'reach.json');
    writeFileSync(file, JSON.stringify({ link: SLOW_LINK, runs: RUNS, pages: json }, null, 2));
    process.stdout.write(`\nwritten to ${file}\n`);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
