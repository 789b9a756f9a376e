/**
 * Sync benchmark: remote-update latency, throughput, CPU, memory and event-loop delay of
 * Cadre's sync server against the reference y-websocket@1.5.4 server and Hocuspocus, under
 * the same load in the same run (the machine is noisy, so only same-run ratios mean much).
 *
 *   npm run bench:sync                       # all scenarios, ~8 min
 *   BENCH_SECONDS=30 npm run bench:sync      # longer measurement windows
 *   BENCH_SERVERS=cadre,hocuspocus BENCH_SCENARIOS=single-10 npm run bench:sync
 *
 * The server runs on core BENCH_SERVER_CPU (0); the clients are spread over
 * BENCH_LOADGEN_PROCESSES (2) load-generator processes on BENCH_LOADGEN_CPU (1), which stamp
 * keystrokes and deliveries on one machine-wide clock. BENCH_CPU_PROFILE=1 writes a CPU profile
 * of each server (summarized by bench/lib/cpu-profile.ts), BENCH_CPU_PROFILE=window one of each
 * measured window alone; BENCH_CADRE_BUNDLE runs a Cadre bundle built beforehand (a baseline).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { probeMemory, type MemoryResult } from './lib/memory-probe.ts';
import { runScenario, type Scenario, type ScenarioResult } from './lib/scenario.ts';
import { pinSelf, RESULTS_DIR } from './lib/server-proc.ts';
import { envNumber, fmtBytes, fmtMs } from './lib/stats.ts';
import { markdownTable } from './lib/table.ts';
import { ALL_TARGETS, type Target } from './lib/targets.ts';

const SECONDS = envNumber('BENCH_SECONDS', 12);
const WARMUP = envNumber('BENCH_WARMUP_SECONDS', 3);
const CURSOR_HZ = envNumber('BENCH_CURSOR_HZ', 1);
const MULTI_CPS = envNumber('BENCH_MULTI_CPS', 3);
const MEMORY_DOCS = envNumber('BENCH_MEMORY_DOCS', 500);

const SCENARIOS: Scenario[] = [
  ...[10, 50, 100].map((n): Scenario => ({
    id: `single-${n}`, label: `1 document × ${n} clients (10 typing 5 chars/s, ${CURSOR_HZ} Hz cursors)`,
    docs: 1, clientsPerDoc: n, typistsPerDoc: 10, charsPerSec: 5, cursorHz: CURSOR_HZ,
  })),
  ...[100, 500].map((r): Scenario => ({
    id: `multi-${r}`, label: `${r} documents × 3 clients (1 typist/doc at ${MULTI_CPS} chars/s, ${CURSOR_HZ} Hz cursors)`,
    docs: r, clientsPerDoc: 3, typistsPerDoc: 1, charsPerSec: MULTI_CPS, cursorHz: CURSOR_HZ,
  })),
];

function pick<T extends { id?: string; name?: string }>(all: readonly T[], env: string, key: (t: T) => string): T[] {
  const raw = process.env[env];
  if (!raw) return [...all];
  const wanted = new Set(raw.split(',').map((s) => s.trim()));
  return all.filter((t) => wanted.has(key(t)));
}

function durableCell(r: ScenarioResult): string {
  if (r.durableMs === null) return 'never';
  const missing = r.durableUnresolved > 0 ? ` (${r.durableUnresolved} not acked)` : '';
  return `${fmtMs(r.durableMs.p50)} / ${fmtMs(r.durableMs.p99)}${missing}`;
}

/** The peer with the lowest p99 in a scenario's results (Cadre is never its own peer). */
function bestPeer(results: readonly ScenarioResult[]): ScenarioResult | undefined {
  return results.filter((r) => r.server !== 'cadre').sort((a, b) => a.latencyMs.p99 - b.latencyMs.p99)[0];
}

const ratio = (value: number, reference: number | undefined): string => (reference ? `${(value / reference).toFixed(2)}×` : '–');

function scenarioTable(sc: Scenario, results: readonly ScenarioResult[]): string {
  const best = bestPeer(results);
  const rows = results.map((r) => [
    r.server,
    fmtMs(r.latencyMs.p50), fmtMs(r.latencyMs.p95), fmtMs(r.latencyMs.p99),
    ratio(r.latencyMs.p99, best?.latencyMs.p99),
    `${r.deliveredPerSec.toFixed(0)} (${(r.deliveredRatio * 100).toFixed(1)} %)`,
    `${r.serverCpuPercent.toFixed(0)} %`,
    fmtBytes(r.serverPeakRssBytes),
    `${fmtBytes(r.serverBytesOutPerSec)}/s`,
    fmtMs(r.serverEld.p99),
    durableCell(r),
    `${r.loadgenCpuPercent.toFixed(0)} % / ${fmtMs(r.loadgenEldP99Ms)}`,
    String(r.disconnects),
  ]);
  return `### ${sc.label}\n\n${markdownTable(
    ['server', 'p50', 'p95', 'p99', 'p99 vs best peer', 'delivered/s (of expected)', 'server CPU', 'peak RSS', 'bytes out', 'ELD p99', 'send→durable p50 / p99', 'loadgen CPU / ELD p99', 'drops'],
    rows,
  )}`;
}

/** One line per scenario: Cadre against the best peer at p99, and its peak memory against the leanest peer's. */
function targetsTable(output: ReadonlyArray<{ scenario: Scenario; results: ScenarioResult[] }>): string {
  const rows = output.flatMap(({ scenario, results }) => {
    const ours = results.find((r) => r.server === 'cadre');
    const best = bestPeer(results);
    const leanest = results.filter((r) => r.server !== 'cadre').sort((a, b) => a.serverPeakRssBytes - b.serverPeakRssBytes)[0];
    if (!ours || !best || !leanest) return [];
    return [[
      scenario.id, fmtMs(ours.latencyMs.p99), `${fmtMs(best.latencyMs.p99)} (${best.server})`, ratio(ours.latencyMs.p99, best.latencyMs.p99),
      fmtBytes(ours.serverPeakRssBytes), `${fmtBytes(leanest.serverPeakRssBytes)} (${leanest.server})`, ratio(ours.serverPeakRssBytes, leanest.serverPeakRssBytes),
    ]];
  });
  return `### Cadre against the best peer (targets: p99 ratio ≤ 1.00×, peak RSS ratio ≤ 1.50×)\n\n${markdownTable(
    ['scenario', 'cadre p99', 'best peer p99', 'p99 ratio', 'cadre peak RSS', 'leanest peer RSS', 'RSS ratio'],
    rows,
  )}`;
}

function memoryTable(results: readonly MemoryResult[]): string {
  return `### Idle loaded small document (${results[0]?.docs ?? 0} docs, 1 client each; target ≤ 50 KB for cadre)\n\n${markdownTable(
    ['server', 'RSS before', 'RSS after', 'per document'],
    results.map((r) => [r.server, fmtBytes(r.baselineRssBytes), fmtBytes(r.loadedRssBytes), fmtBytes(r.perDocBytes)]),
  )}`;
}

async function main(): Promise<void> {
  await pinSelf();
  // Every y-websocket WebsocketProvider adds a process 'exit' listener; 1500 are expected here.
  process.setMaxListeners(0);
  const targets = pick<Target>(ALL_TARGETS, 'BENCH_SERVERS', (t) => t.name);
  const scenarios = pick(SCENARIOS, 'BENCH_SCENARIOS', (s) => s.id);
  const started = Date.now();
  const output: { scenario: Scenario; results: ScenarioResult[] }[] = [];
  const tables: string[] = [];
  for (const [i, sc] of scenarios.entries()) {
    // Rotate the order per scenario so no server always runs first (machine warm-up, noise).
    const order = targets.map((_, k) => targets[(k + i) % targets.length]).filter((t): t is Target => t !== undefined);
    const results: ScenarioResult[] = [];
    for (const t of order) {
      process.stderr.write(`[sync] ${sc.id} × ${t.name}…\n`);
      try {
        results.push(await runScenario(t, sc, SECONDS, WARMUP));
      } catch (error) {
        process.stderr.write(`[sync] ${sc.id} × ${t.name} failed: ${String(error)}\n`);
      }
    }
    results.sort((a, b) => targets.findIndex((t) => t.name === a.server) - targets.findIndex((t) => t.name === b.server));
    output.push({ scenario: sc, results });
    const table = scenarioTable(sc, results);
    tables.push(table);
    process.stdout.write(`${table}\n\n`);
  }
  if (output.length > 0) {
    const table = targetsTable(output);
    tables.push(table);
    process.stdout.write(`${table}\n\n`);
  }
  const memory: MemoryResult[] = [];
  if (process.env.BENCH_SKIP_MEMORY !== '1') {
    for (const t of targets) {
      process.stderr.write(`[sync] memory × ${t.name}…\n`);
      try {
        memory.push(await probeMemory(t, MEMORY_DOCS));
      } catch (error) {
        process.stderr.write(`[sync] memory × ${t.name} failed: ${String(error)}\n`);
      }
    }
    const table = memoryTable(memory);
    tables.push(table);
    process.stdout.write(`${table}\n\n`);
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, 'sync.json');
  writeFileSync(file, JSON.stringify({
    date: new Date().toISOString(), seconds: SECONDS, warmupSeconds: WARMUP, durationSeconds: (Date.now() - started) / 1000,
    scenarios: output, memory, markdown: tables.join('\n\n'),
  }, null, 2));
  process.stdout.write(`Latency = keystroke sent → applied in each observer's Y.Doc (machine-wide clock across load-generator processes). ` +
    `ELD = server event-loop delay p99. drops = client disconnects during the run. Written ${file} in ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
}

main().then(() => process.exit(0), (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
