/**
 * Load benchmark: how fast a large policy document becomes usable after a server restart, and
 * how fast typing is in it. For each generated document (~1 MB, ~10 MB, ~1 MB with 500 review
 * threads open, ~1 MB with heavy edit history): create it via the API, push it through an
 * ordinary y-websocket client, wait for the durability ack, restart the server so the document
 * must come from SQLite, then measure a fresh Node client (cold = first load from SQLite,
 * warm = already in memory) and Chromium on both cores (navigation → text shown → a typed
 * character in the DOM, then per-keystroke latency near the start, middle and end).
 *
 *   npm run bench:load     # BENCH_LOAD_SIZES_MB=1,10 BENCH_REVIEW_THREADS=500 BENCH_SHORT_KB=20
 *                          # BENCH_HISTORY_EDITS=100000 (0: skip) BENCH_KEYSTROKES=50
 *                          # BENCH_CADRE_MAX_MESSAGE_BYTES=8388608 (the 10 MB seed's message)
 *                          # BENCH_LOAD_PROFILE=1: CPU profiles in bench/results/profiles/
 *                          #   (BENCH_LOAD_TRACE=typing or =load: a performance trace of the
 *                          #   typing or of the load instead, to open in Chromium's DevTools)
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../shared/collab/protocol.ts';
import { CARET_PLACES, measureEditable, type BrowserTiming } from './lib/browser.ts';
import { connectClient } from './lib/clients.ts';
import { generateHistoryDoc, generatePolicyDoc, type GeneratedDoc } from './lib/policy-doc.ts';
import { seedThreads } from './lib/review-seed.ts';
import { REPO_DIR, RESULTS_DIR } from './lib/server-proc.ts';
import { envList, fmtBytes, fmtMs, sleep, withTimeout } from './lib/stats.ts';
import { markdownTable } from './lib/table.ts';
import { cadre, type Started } from './lib/targets.ts';
import { AckDurabilityTracker } from './lib/trackers.ts';

const SIZES_MB = envList('BENCH_LOAD_SIZES_MB', [1, 10]);
/** Non-negative integers: 0 leaves the variant out. */
function envCount(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}
const HISTORY_EDITS = envCount('BENCH_HISTORY_EDITS', 100_000);
const REVIEW_THREADS = envCount('BENCH_REVIEW_THREADS', 500);
const KEYSTROKES = envCount('BENCH_KEYSTROKES', 50);
/** A short document typed in the same run: the floor the large ones are compared with. */
const SHORT_KB = envCount('BENCH_SHORT_KB', 20);
const TRACE = traceOption(process.env.BENCH_LOAD_TRACE);
const PROFILE_DIR = process.env.BENCH_LOAD_PROFILE === '1' || TRACE ? join(RESULTS_DIR, 'profiles') : undefined;
function traceOption(raw: string | undefined): 'load' | 'typing' | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'load' || raw === 'typing') return raw;
  throw new Error(`BENCH_LOAD_TRACE must be "load" or "typing", got "${raw}"`);
}
const TIMEOUT_MS = 120_000;

interface Variant {
  name: string;
  /** Navigation → editable, and keystroke p95 wherever the caret is. */
  targetMs: number;
  typingTargetMs: number;
  threads: number;
  make: () => GeneratedDoc;
}
interface LoadResult {
  variant: string;
  stateBytes: number;
  blocks: number;
  seedSeconds: number;
  coldSyncMs: number;
  warmSyncMs: number;
  serverLoadMs: number;
  bytesToClient: number;
  browser: BrowserTiming | { error: string };
  targetMs: number;
  typingTargetMs: number;
}

async function syncFresh(s: Started, id: string, expectBlocks: number): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const c = connectClient({ kind: 'cadre', url: s.clientUrl, room: id, cookie: s.cookie() });
  try {
    await withTimeout(c.synced, TIMEOUT_MS, 'fresh client sync');
    const ms = performance.now() - t0;
    const blocks = c.doc.getXmlFragment(DOC_CONTENT_FIELD).length;
    if (blocks !== expectBlocks) throw new Error(`fresh client got ${blocks} blocks, expected ${expectBlocks}`);
    return { ms, bytes: c.bytesReceived() };
  } finally {
    c.destroy();
  }
}

async function seed(s: Started, id: string, gen: GeneratedDoc): Promise<void> {
  const acks = new AckDurabilityTracker();
  const c = connectClient({ kind: 'cadre', url: s.clientUrl, room: id, cookie: s.cookie(), onDurableAck: (n) => acks.onAck(n) });
  try {
    await withTimeout(c.synced, TIMEOUT_MS, 'seeding client sync');
    // Each chunk becomes one update message, like a long editing session replayed, paced under
    // the server's budget of structs integrated per user (burst 100,000, then 20,000/s).
    let budget = 90_000;
    let refilled = performance.now();
    for (const chunk of gen.chunks) {
      const structs = Y.decodeUpdate(chunk).structs.length;
      for (;;) {
        const now = performance.now();
        budget = Math.min(90_000, budget + ((now - refilled) / 1000) * 18_000);
        refilled = now;
        if (budget >= structs) break;
        await sleep(Math.ceil(((structs - budget) / 18_000) * 1000));
      }
      budget -= structs;
      Y.applyUpdate(c.doc, chunk);
      await sleep(0);
    }
    if (!c.sendDurabilityCheck(acks.nextNonce(performance.now(), true))) throw new Error('seeding client disconnected');
    const until = performance.now() + TIMEOUT_MS;
    while (acks.unresolvedMeasured() > 0) {
      if (performance.now() > until) throw new Error('no durability ack for the seeded document');
      if (c.disconnects() > 0) throw new Error('server closed the seeding connection (see bench/results/logs)');
      await sleep(20);
    }
  } finally {
    c.destroy();
  }
}

async function runVariant(v: Variant): Promise<LoadResult> {
  process.stderr.write(`[load] ${v.name}: generating…\n`);
  const gen = v.make();
  const blocks = gen.doc.getXmlFragment(DOC_CONTENT_FIELD).length;
  const label = `load-${v.name.replace(/[^\w.-]/g, '_')}`;
  let s = await cadre.start(`${label}-seed`);
  const dataDir = s.dataDir;
  try {
    const [id] = await s.createDocs(1);
    if (!id) throw new Error('no document created');
    const tSeed = performance.now();
    await seed(s, id, gen);
    if (v.threads > 0) {
      process.stderr.write(`[load] ${v.name}: opening ${v.threads} review threads…\n`);
      await seedThreads(s.httpBase, s.cookie(), id, gen.doc, v.threads);
    }
    const seedSeconds = (performance.now() - tSeed) / 1000;
    // Restart: the document must now be loaded from SQLite.
    await s.server.stop();
    s = await cadre.start(`${label}-cold`, { dataDir });
    process.stderr.write(`[load] ${v.name}: measuring node client…\n`);
    const cold = await syncFresh(s, id, blocks);
    const warm = await syncFresh(s, id, blocks);
    let browser: LoadResult['browser'] = { error: 'client not built (dist/client missing)' };
    if (existsSync(join(REPO_DIR, 'dist', 'client', 'index.html'))) {
      await s.server.stop();
      s = await cadre.start(`${label}-browser`, { dataDir });
      process.stderr.write(`[load] ${v.name}: measuring Chromium…\n`);
      try {
        browser = await measureEditable({
          url: `http://localhost:${s.server.port}/d/${id}`, firstHeading: gen.firstHeading, cookie: s.cookie(),
          timeoutMs: TIMEOUT_MS, keystrokes: KEYSTROKES, profileDir: PROFILE_DIR, trace: TRACE, label,
        });
      } catch (error) {
        browser = { error: error instanceof Error ? error.message.split('\n')[0] ?? 'error' : String(error) };
      }
    }
    return {
      variant: v.name, stateBytes: gen.bytes, blocks, seedSeconds,
      coldSyncMs: cold.ms, warmSyncMs: warm.ms, serverLoadMs: Math.max(0, cold.ms - warm.ms),
      bytesToClient: cold.bytes, browser, targetMs: v.targetMs, typingTargetMs: v.typingTargetMs,
    };
  } finally {
    gen.doc.destroy();
    await s.server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // The 10 MB document is seeded in one message, past the default message, item and document
  // limits: lifted for this benchmark's servers (see `benchCadreEnv`) unless set otherwise.
  process.env['BENCH_CADRE_MAX_MESSAGE_BYTES'] ||= String(8 * 1024 * 1024);
  // Not pinned: the browser gets both cores, as users have it (the server stays on its own).
  const variants: Variant[] = [
    ...(SHORT_KB > 0
      ? [{ name: `${SHORT_KB} KB (reference)`, targetMs: 1000, typingTargetMs: 16, threads: 0, make: () => generatePolicyDoc(SHORT_KB * 1024, 1) }]
      : []),
    ...SIZES_MB.map((mb): Variant => ({
      name: `${mb} MB`, targetMs: mb <= 1 ? 1000 : 3000, typingTargetMs: mb <= 1 ? 16 : 33, threads: 0,
      make: () => generatePolicyDoc(mb * 1024 * 1024, mb),
    })),
    ...(REVIEW_THREADS > 0
      ? [{ name: `1 MB + ${REVIEW_THREADS} threads`, targetMs: 1500, typingTargetMs: 16, threads: REVIEW_THREADS, make: () => generatePolicyDoc(1024 * 1024, 1) }]
      : []),
    ...(HISTORY_EDITS > 0
      ? [{ name: `1 MB + ${HISTORY_EDITS} edits`, targetMs: 1000, typingTargetMs: 16, threads: 0, make: () => generateHistoryDoc(1024 * 1024, HISTORY_EDITS) }]
      : []),
  ];
  const results: LoadResult[] = [];
  for (const v of variants) {
    try {
      results.push(await runVariant(v));
    } catch (error) {
      process.stderr.write(`[load] ${v.name} failed: ${String(error)}\n`);
    }
  }
  const cell = (b: LoadResult['browser'], k: 'textVisibleMs' | 'editableMs'): string => ('error' in b ? `error: ${b.error}` : fmtMs(b[k]));
  const typing = (b: LoadResult['browser']): string =>
    'error' in b ? '–' : CARET_PLACES.map((p) => `${fmtMs(b.keystrokes[p].p50)} / ${fmtMs(b.keystrokes[p].p95)}`).join(' · ');
  const worstP95 = (b: BrowserTiming): number => Math.max(...CARET_PLACES.map((p) => b.keystrokes[p].p95));
  const verdict = (r: LoadResult): string => {
    if ('error' in r.browser) return 'not measured';
    const open = r.browser.editableMs <= r.targetMs ? 'met' : `missed by ${fmtMs(r.browser.editableMs - r.targetMs)}`;
    const worst = worstP95(r.browser);
    const keys = worst <= r.typingTargetMs ? 'met' : `missed by ${fmtMs(worst - r.typingTargetMs)}`;
    return `open ≤ ${fmtMs(r.targetMs)}: ${open}; typing p95 ≤ ${fmtMs(r.typingTargetMs)}: ${keys}`;
  };
  const table = markdownTable(
    ['document', 'Yjs state', 'blocks', 'cold sync (Node)', 'warm sync', 'server load ≈ cold − warm', 'bytes to client', 'browser: text shown', 'browser: editable', 'keystroke p50 / p95: start · middle · end', 'targets'],
    results.map((r) => [r.variant, fmtBytes(r.stateBytes), String(r.blocks), fmtMs(r.coldSyncMs), fmtMs(r.warmSyncMs), fmtMs(r.serverLoadMs),
      fmtBytes(r.bytesToClient), cell(r.browser, 'textVisibleMs'), cell(r.browser, 'editableMs'), typing(r.browser), verdict(r)]),
  );
  process.stdout.write(`${table}\n\n`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, 'load.json');
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), results, markdown: table }, null, 2));
  process.stdout.write(`Sync times from client creation to first sync complete; bytes are WebSocket payload (after permessage-deflate decompression). Written ${file}.\n`);
}

main().then(() => process.exit(0), (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
