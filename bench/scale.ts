/**
 * Scale-out benchmark: the same load on one instance (SQLite, then PostgreSQL) and on three
 * instances sharing PostgreSQL and Redis. Each document has one writer typing steadily and two
 * readers; with three instances the three clients of a document sit on three different
 * instances, so every delivery crosses instances. Measured: keystrokes delivered per second,
 * writer → reader delivery latency (p50/p99), and the servers' own commit latency (group commit,
 * from their /metrics).
 *
 *   npm run bench:scale     # BENCH_SCALE_DOCS=300 BENCH_SCALE_SECONDS=20 BENCH_SCALE_KEYSTROKE_MS=1000
 *
 * Needs PostgreSQL and Redis on this machine (BENCH_POSTGRES_ADMIN_URL, BENCH_REDIS_URL).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentText, paragraphText } from '../server/testing/sync-clients.ts';
import { freshPostgresDatabase } from '../server/testing/test-database.ts';
import { createCadreDocs, openCadreSession } from './lib/cadre-api.ts';
import { connectClient, type BenchClient } from './lib/clients.ts';
import { CADRE_SERVER, nextPort, pinSelf, RESULTS_DIR, ServerProcess } from './lib/server-proc.ts';
import { envNumber, fmtMs, percentiles, sleep, withTimeout } from './lib/stats.ts';
import { markdownTable } from './lib/table.ts';
import { benchCadreEnv } from './lib/targets.ts';

const DOCS = envNumber('BENCH_SCALE_DOCS', 300);
const SECONDS = envNumber('BENCH_SCALE_SECONDS', 20);
const KEYSTROKE_MS = envNumber('BENCH_SCALE_KEYSTROKE_MS', 1000);
const POSTGRES_ADMIN = process.env.BENCH_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

type Setup = { name: string; instances: number; env: () => Promise<Record<string, string>> };

const SETUPS: Setup[] = [
  { name: '1 instance, SQLite', instances: 1, env: async () => ({}) },
  { name: '1 instance, PostgreSQL', instances: 1, env: async () => ({ CADRE_DATABASE_URL: await freshPostgresDatabase(POSTGRES_ADMIN) }) },
  { name: '3 instances, PostgreSQL + Redis', instances: 3, env: async () => ({ CADRE_DATABASE_URL: await freshPostgresDatabase(POSTGRES_ADMIN), CADRE_REDIS_URL: REDIS }) },
];

/** Mean and 99th percentile (upper bucket bound) of `cadre_commit_seconds`, over all instances. */
async function commitLatency(ports: number[]): Promise<{ meanMs: number; p99Ms: number }> {
  const buckets = new Map<number, number>();
  let sum = 0;
  let count = 0;
  for (const port of ports) {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    for (const line of text.split('\n')) {
      const bucket = /^cadre_commit_seconds_bucket\{le="([^"]+)"\} (\d+)/.exec(line);
      if (bucket?.[1] && bucket[2] && bucket[1] !== '+Inf') buckets.set(Number(bucket[1]), (buckets.get(Number(bucket[1])) ?? 0) + Number(bucket[2]));
      const total = /^cadre_commit_seconds_(sum|count) (\S+)/.exec(line);
      if (total?.[1] === 'sum') sum += Number(total[2]);
      if (total?.[1] === 'count') count += Number(total[2]);
    }
  }
  const bound = [...buckets.entries()].sort(([a], [b]) => a - b).find(([, below]) => below >= count * 0.99)?.[0];
  return { meanMs: count === 0 ? 0 : (sum / count) * 1000, p99Ms: (bound ?? Number.POSITIVE_INFINITY) * 1000 };
}

async function run(setup: Setup) {
  const env = { ...benchCadreEnv(), ...(await setup.env()), HOST: '127.0.0.1', CADRE_DATABASE_POOL_SIZE: '10' };
  const ports = Array.from({ length: setup.instances }, () => nextPort());
  const servers = await Promise.all(
    ports.map((port, index) =>
      ServerProcess.start({
        label: `scale-${setup.instances}-${index}`,
        port,
        script: CADRE_SERVER,
        env: { ...env, CADRE_DATA_DIR: mkdtempSync(join(tmpdir(), 'cadre-bench-scale-')) },
      }),
    ),
  );
  const clients: BenchClient[] = [];
  try {
    const httpBase = `http://127.0.0.1:${ports[0]}`;
    const session = await openCadreSession(httpBase);
    const documents = await createCadreDocs(httpBase, session, DOCS);
    const connect = (instance: number, room: string) => {
      const client = connectClient({ kind: 'cadre', url: `ws://127.0.0.1:${ports[instance % ports.length]}/collab`, room, cookie: session.cookie });
      clients.push(client);
      return client;
    };
    const latencies: number[] = [];
    let delivered = 0;
    const writers = documents.map((room, index) => {
      const writer = connect(index, room);
      const sentAt: number[] = [];
      for (const offset of [1, 2]) {
        const reader = connect(index + offset, room);
        let seen = 0;
        reader.doc.on('update', () => {
          const length = documentText(reader.doc).length;
          const now = performance.now();
          for (; seen < length; seen++) {
            const sent = sentAt[seen];
            if (sent !== undefined) latencies.push(now - sent);
            delivered++;
          }
        });
      }
      return { writer, sentAt };
    });
    await withTimeout(Promise.all(clients.map((client) => client.synced)), 120_000, 'every client to sync');

    // Writers take turns, evenly spread: each types once every KEYSTROKE_MS.
    let turn = 0;
    const typing = setInterval(() => {
      const { writer, sentAt } = writers[turn++ % writers.length] as (typeof writers)[number];
      const text = paragraphText(writer.doc);
      sentAt[text.length] = performance.now();
      text.insert(text.length, 'x');
    }, Math.max(1, KEYSTROKE_MS / writers.length));
    const began = performance.now();
    await sleep(SECONDS * 1000);
    clearInterval(typing);
    const expected = writers.reduce((sum, { writer }) => sum + 2 * documentText(writer.doc).length, 0);
    const deadline = Date.now() + 30_000;
    while (delivered < expected && Date.now() < deadline) await sleep(50);
    const elapsed = (performance.now() - began) / 1000;
    const latency = percentiles(latencies);
    const commit = await commitLatency(ports);
    return {
      setup: setup.name,
      keystrokesPerSecond: writers.reduce((sum, { writer }) => sum + documentText(writer.doc).length, 0) / SECONDS,
      deliveriesPerSecond: delivered / elapsed,
      lost: expected - delivered,
      p50Ms: latency.p50,
      p99Ms: latency.p99,
      commitMeanMs: commit.meanMs,
      commitP99Ms: commit.p99Ms,
    };
  } finally {
    for (const client of clients) client.destroy();
    await Promise.all(servers.map((server) => server.stop()));
  }
}

await pinSelf();
const results = [];
for (const setup of SETUPS) {
  process.stderr.write(`${setup.name}: ${DOCS} documents × 3 clients, a keystroke every ${KEYSTROKE_MS} ms per writer, ${SECONDS} s\n`);
  results.push(await run(setup));
}
const table = markdownTable(
  ['setup', 'keystrokes/s', 'deliveries/s', 'undelivered', 'delivery p50', 'delivery p99', 'commit mean', 'commit p99 (bucket)'],
  results.map((r) => [r.setup, r.keystrokesPerSecond.toFixed(0), r.deliveriesPerSecond.toFixed(0), String(r.lost), fmtMs(r.p50Ms), fmtMs(r.p99Ms), fmtMs(r.commitMeanMs), `≤ ${fmtMs(r.commitP99Ms)}`]),
);
process.stdout.write(`\n${table}\n`);
mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(join(RESULTS_DIR, 'scale.json'), JSON.stringify({ docs: DOCS, seconds: SECONDS, keystrokeMs: KEYSTROKE_MS, results }, null, 2));
