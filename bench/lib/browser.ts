/**
 * A document in Chromium, as a user opens it: time from navigation to the document's text shown
 * and to a typed character in the editor's DOM, then the latency of single keystrokes with the
 * caret near the start, in the middle and at the end of the document. Chromium runs on every
 * core the machine has (no pinning), as users have it.
 *
 * Keystroke latency is measured in the page: from the key event's timestamp to the end of the
 * first frame rendered after the editor handled it (a message posted from that frame's
 * requestAnimationFrame callback runs once its style, layout and paint are done).
 * With `profileDir`, Chromium's CPU profiler records the load and the typing
 * (`<label>-load.cpuprofile`, `<label>-typing.cpuprofile`, readable in DevTools).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { percentiles, sleep, type Percentiles } from './stats.ts';

export const CARET_PLACES = ['start', 'middle', 'end'] as const;
export type CaretPlace = (typeof CARET_PLACES)[number];

export interface BrowserTiming {
  textVisibleMs: number;
  editableMs: number;
  /** Key event → first frame painted after it, per caret place. */
  keystrokes: Record<CaretPlace, Percentiles>;
}

export interface BrowserRun {
  url: string;
  firstHeading: string;
  cookie: string | undefined;
  timeoutMs: number;
  keystrokes: number;
  /** Writes CPU profiles of the load and of the typing there when set. */
  profileDir?: string;
  /** With `profileDir`: a Chromium performance trace of the load or of the typing instead of its CPU profile. */
  trace?: 'load' | 'typing';
  label: string;
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Not present in any generated document, so its appearance proves our keystroke landed. */
const MARKER = '§';
/** The key typed for latency samples: a plain letter, so no input rule or completion reacts. */
const KEY = 'q';
/** Pause between keystrokes: a fast typist, and room for the work each key leaves behind. */
const KEY_GAP_MS = 60;
/** What a performance trace records: tasks, layout and paint, scripts, and the network's requests. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute', 'loading'];
const PLACE_FRACTION: Record<CaretPlace, number> = { start: 0.02, middle: 0.5, end: 0.98 };

/** In the page before any script: records the latency of every keydown of KEY. */
function installRecorder(key: string): void {
  const samples: number[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== key) return;
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          samples.push(performance.now() - start);
          for (const waiter of waiters.filter((w) => samples.length >= w.count)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve();
          }
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  Object.assign(window, {
    benchKeys: {
      samples,
      until: (count: number) =>
        samples.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve })),
    },
  });
}

type BenchWindow = { benchKeys: { samples: number[]; until: (count: number) => Promise<void> } };

async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

async function stopProfile(cdp: CDPSession, file: string): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
}

/**
 * Resolves once the frame in which a `polling: 'raf'` wait found what it waited for is laid out
 * and painted: the wait's check runs in the frame's animation callbacks, before its style, layout
 * and paint (0.7 s for a 10 MB document's first frame), and a script sent to the page runs only
 * once those are done.
 */
async function afterPaint(page: Page): Promise<void> {
  await page.evaluate(() => undefined);
}

/** Puts the caret at the end of the first line of a paragraph about `fraction` into the document. */
async function placeCaret(page: Page, fraction: number): Promise<void> {
  const index = await page.evaluate((f) => {
    const blocks = [...(document.querySelector('.ProseMirror')?.children ?? [])];
    const wanted = Math.floor(f * (blocks.length - 1));
    // The nearest paragraph with text, looking forward then backward.
    const order = [...blocks.keys()].sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted));
    const found = order.find((i) => blocks[i]?.tagName === 'P' && (blocks[i]?.textContent ?? '').length > 20);
    if (found === undefined) throw new Error('no paragraph to type in');
    blocks[found]?.scrollIntoView({ block: 'center' });
    return found;
  }, fraction);
  await page.locator(`.ProseMirror > :nth-child(${index + 1})`).click();
  await page.keyboard.press('End');
}

async function typeSamples(page: Page, count: number): Promise<number[]> {
  const already = await page.evaluate(() => (window as unknown as BenchWindow).benchKeys.samples.length);
  for (let i = 1; i <= count; i++) {
    await page.keyboard.press(KEY);
    await page.evaluate((n) => (window as unknown as BenchWindow).benchKeys.until(n), already + i);
    await sleep(KEY_GAP_MS);
  }
  return page.evaluate((from) => (window as unknown as BenchWindow).benchKeys.samples.slice(from), already);
}

export async function measureEditable(run: BrowserRun): Promise<BrowserTiming> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    if (run.cookie) {
      const [name, ...rest] = run.cookie.split('=');
      await context.addCookies([{ name: name ?? '', value: rest.join('='), url: new URL(run.url).origin }]);
    }
    // As source text: the TypeScript loader wraps named functions in a `__name` helper that
    // does not exist in the page.
    await context.addInitScript({ content: `var __name = (f) => f; (${installRecorder.toString()})(${JSON.stringify(KEY)});` });
    const page = await context.newPage();
    const cdp = run.profileDir ? await context.newCDPSession(page) : null;
    if (run.profileDir) mkdirSync(run.profileDir, { recursive: true });
    const loadTrace = run.trace === 'load' && run.profileDir ? join(run.profileDir, `${run.label}-load.trace.json`) : null;
    if (loadTrace) await browser.startTracing(page, { path: loadTrace, categories: TRACE_CATEGORIES });
    else if (cdp) await startProfile(cdp);
    // The app bundle is NOT warmed on purpose: a first visit is what the target is about.
    const t0 = performance.now();
    await page.goto(run.url, { waitUntil: 'commit', timeout: run.timeoutMs });
    // Polled with one querySelector per frame: a locator's wait runs Playwright's selector
    // engine over the whole editor each time, ~0.5 s of the page's main thread at 10 MB.
    await page.waitForFunction((t) => document.querySelector('.ProseMirror h1, .ProseMirror h2')?.textContent?.includes(t) === true, run.firstHeading, { timeout: run.timeoutMs, polling: 'raf' });
    await afterPaint(page);
    const textVisibleMs = performance.now() - t0;
    // Clicked where the heading is, found with one querySelector: a locator's click runs
    // Playwright's selector engine over the whole editor (0.3 s of the page's main thread at
    // 10 MB), which no person's click costs.
    const { x, y } = await page.evaluate(() => {
      const box = document.querySelector('.ProseMirror h1, .ProseMirror h2')?.getBoundingClientRect();
      if (!box) throw new Error('the first heading is gone');
      return { x: box.left + Math.min(box.width / 2, 40), y: box.top + box.height / 2 };
    });
    await page.mouse.click(x, y);
    await page.keyboard.press('End');
    await page.keyboard.type(MARKER);
    await page.waitForFunction((m) => document.querySelector('.ProseMirror h1, .ProseMirror h2')?.textContent?.includes(m) === true, MARKER, { timeout: run.timeoutMs, polling: 'raf' });
    await afterPaint(page);
    const editableMs = performance.now() - t0;
    if (loadTrace) await browser.stopTracing();
    else if (cdp && run.profileDir) await stopProfile(cdp, join(run.profileDir, `${run.label}-load.cpuprofile`));
    // Let the work deferred past the first paint finish, so typing is measured in a settled page.
    await sleep(2000);
    const tracing = run.trace === 'typing' && run.profileDir ? join(run.profileDir, `${run.label}-typing.trace.json`) : null;
    if (tracing) await browser.startTracing(page, { path: tracing, categories: TRACE_CATEGORIES });
    else if (cdp) await startProfile(cdp);
    const keystrokes = {} as Record<CaretPlace, Percentiles>;
    for (const place of CARET_PLACES) {
      await placeCaret(page, PLACE_FRACTION[place]);
      keystrokes[place] = percentiles(await typeSamples(page, run.keystrokes));
    }
    if (tracing) await browser.stopTracing();
    else if (cdp && run.profileDir) await stopProfile(cdp, join(run.profileDir, `${run.label}-typing.cpuprofile`));
    return { textVisibleMs, editableMs, keystrokes };
  } finally {
    await browser.close();
  }
}
