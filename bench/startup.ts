/**
 * Start-up benchmark: how long the server takes from process start to answering `/api/health`,
 * and how much memory it holds once idle, when run as compiled JavaScript (`npm start`, the
 * chunks `npm run build` writes to dist/server/) and through the run-time transpiler (`tsx`,
 * as `npm run dev` does). Runs alternate between them so machine noise hits all alike.
 *
 *   npm run build && npm run bench:startup          # 5 runs of each
 *   BENCH_RUNS=9 npm run bench:startup
 *   BENCH_BASELINE_BUNDLE=/tmp/before/main.js npm run bench:startup   # and an earlier build
 *
 * A baseline is an earlier build kept outside dist/ (node_modules linked beside it), started
 * with today's flags: before/after in the same alternating runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RESULTS_DIR } from './lib/server-proc.ts';
import { envNumber, fmtBytes, fmtMs } from './lib/stats.ts';
import { markdownTable } from './lib/table.ts';
import { productionCommand, SERVER_BUNDLE } from '../scripts/production-command.ts';

const RUNS = envNumber('BENCH_RUNS', 5);
const IDLE_MS = 3000;
const PORT = 8191;
const BASELINE = process.env.BENCH_BASELINE_BUNDLE;
const production = productionCommand();
/** Node's arguments and the environment each way of running the server adds. */
type Launch = { args: string[]; env: Record<string, string> };
// The bundles as `npm start` runs them; the transpiler as `npm run dev` does, with no tuning.
const MODES: Partial<Record<'baseline' | 'compiled' | 'tsx', Launch>> = {
  ...(BASELINE ? { baseline: { args: [...production.nodeFlags, BASELINE], env: production.env } } : {}),
  compiled: { args: [...production.nodeFlags, SERVER_BUNDLE], env: production.env },
  tsx: { args: ['--import', 'tsx', 'server/main.ts'], env: {} },
};
type Mode = keyof typeof MODES;
const LABELS: Record<Mode, string> = { baseline: `baseline (${BASELINE ?? ''})`, compiled: 'compiled (`npm start`)', tsx: 'tsx (run-time transpiler)' };

const rssOf = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB$/m);
  return line ? Number(line[1]) * 1024 : Number.NaN;
};

async function waitHealthy(deadline: number): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('the server did not answer /api/health within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** One start: milliseconds to the first healthy answer, and RSS after an idle pause. */
async function measure(mode: Mode): Promise<{ startMs: number; idleRss: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cadre-bench-startup-'));
  const started = performance.now();
  const launch = MODES[mode] ?? { args: [], env: {} };
  const child = spawn(process.execPath, launch.args, {
    env: { ...process.env, ...launch.env, PORT: String(PORT), HOST: '127.0.0.1', CADRE_DATA_DIR: dataDir },
    stdio: 'ignore',
  });
  try {
    await waitHealthy(Date.now() + 60_000);
    const startMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    return { startMs, idleRss: rssOf(child.pid ?? 0) };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  if (!existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run \`npm run build\` first`);
  const samples: Partial<Record<Mode, { startMs: number; idleRss: number }[]>> = {};
  for (let run = 0; run < RUNS; run++) {
    for (const mode of Object.keys(MODES) as Mode[]) (samples[mode] ??= []).push(await measure(mode));
  }
  const rows = (Object.keys(MODES) as Mode[]).map((mode) => {
    const startMs = median((samples[mode] ?? []).map((s) => s.startMs));
    const idleRss = median((samples[mode] ?? []).map((s) => s.idleRss));
    return { mode, startMs, idleRss };
  });
  process.stdout.write(
    `${markdownTable(
      ['server', `start to healthy (median of ${RUNS})`, 'idle RSS (median)'],
      rows.map((r) => [LABELS[r.mode], fmtMs(r.startMs), fmtBytes(r.idleRss)]),
    )}\n`,
  );
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, 'startup.json');
  writeFileSync(file, JSON.stringify({ runs: RUNS, at: new Date().toISOString(), rows, samples }, null, 2));
  process.stdout.write(`\nwritten to ${file}\n`);
}

await main();
