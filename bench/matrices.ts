/**
 * `npm run bench:matrices`: 20 members of one workspace each edit their own stakeholder item
 * concurrently; measures how long a change takes to appear at every other member through the
 * server-sent event stream (p50/p99), and the server's CPU use meanwhile. A program, not a
 * test: it prints a table and writes bench/results/matrices.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MatrixItem } from '../shared/schemas/matrices/index.ts';
import { ApiClient, signUp } from '../server/testing/api-client.ts';
import { subscribeToWorkspace } from '../server/testing/sse-client.ts';
import { cpuSeconds } from './lib/proc.ts';
import { REPO_DIR, RESULTS_DIR } from './lib/server-proc.ts';
import { envNumber, fmtMs, percentiles, sleep } from './lib/stats.ts';
import { markdownTable } from './lib/table.ts';
import { contract } from '../shared/api/index.ts';

const MEMBERS = envNumber('BENCH_MEMBERS', 20);
const ROUNDS = envNumber('BENCH_ROUNDS', 25);
const INTERVAL_MS = envNumber('BENCH_INTERVAL_MS', 400);
const PORT = envNumber('BENCH_PORT', 8297);
const base = `http://127.0.0.1:${PORT}`;

const dataDir = mkdtempSync(join(tmpdir(), 'cadre-bench-matrices-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  cwd: REPO_DIR,
  env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', CADRE_DATA_DIR: dataDir },
  stdio: 'ignore',
});
const pid = server.pid ?? 0;

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/me`)).status === 401) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server did not start');
    await sleep(200);
  }
}

try {
  await waitForServer();
  const owner = await signUp(base, 'Bench facilitator');
  const workspace = await owner.call(contract.workspaces.create, { body: { title: 'Bench workspace' } });
  const clients: ApiClient[] = [owner];
  for (let i = 1; i < MEMBERS; i++) {
    const member = await signUp(base, `Bench member ${i}`);
    const invitation = await owner.call(contract.invitations.create, { params: { id: workspace.id }, body: { email: member.email, role: 'drafter' } });
    await member.call(contract.invitations.accept, { params: { token: invitation.link.split('/invite/')[1] ?? '' } });
    clients.push(member);
  }
  const path = `/api/workspaces/${workspace.id}/matrices/stakeholder`;
  const items = await Promise.all(
    clients.map(
      async (client, i) =>
        (
          await client.call(contract.matrices.create, {
            params: { id: workspace.id, kind: 'stakeholder' },
            body: { data: { name: `Stakeholder ${i}`, category: 'ngoCso' } },
          })
        ).item,
    ),
  );

  // Every change carries a unique marker; each stream timestamps its arrival.
  const sentAt = new Map<string, { at: number; sender: number }>();
  const latencies: number[] = [];
  let expected = 0;
  const streams = await Promise.all(
    clients.map((client, receiver) =>
      subscribeToWorkspace(base, client.cookie, workspace.id, (event) => {
        const marker = (event.item as MatrixItem | undefined)?.data['focalPoint'];
        const sent = typeof marker === 'string' ? sentAt.get(marker) : undefined;
        if (sent && sent.sender !== receiver) latencies.push(performance.now() - sent.at);
      }),
    ),
  );
  while (!streams.every((s) => s.isReady())) await sleep(20);

  const cpuBefore = cpuSeconds(pid);
  const started = performance.now();
  let conflicts = 0;
  await Promise.all(
    clients.map(async (client, sender) => {
      let item = items[sender] as MatrixItem;
      await sleep(Math.random() * INTERVAL_MS);
      for (let round = 0; round < ROUNDS; round++) {
        const marker = `${sender}-${round}`;
        sentAt.set(marker, { at: performance.now(), sender });
        expected += MEMBERS - 1;
        const answer = await client.request('PATCH', `${path}/${item.id}`, { version: item.version, data: { focalPoint: marker, influence: (round % 5) + 1 } });
        if (answer.status === 409) conflicts++;
        else item = (answer.body as unknown as { item: MatrixItem }).item;
        await sleep(INTERVAL_MS);
      }
    }),
  );
  const deadline = Date.now() + 10_000;
  while (latencies.length < expected && Date.now() < deadline) await sleep(20);
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(pid) - cpuBefore;
  for (const stream of streams) stream.close();

  const p = percentiles(latencies);
  const result = {
    members: MEMBERS,
    changes: MEMBERS * ROUNDS,
    deliveries: latencies.length,
    expectedDeliveries: expected,
    conflicts,
    latencyMs: p,
    serverCpuSeconds: cpu,
    serverCpuPercent: (cpu / wallSeconds) * 100,
    wallSeconds,
  };
  process.stdout.write(
    `\n${markdownTable(
      ['members', 'changes', 'delivered', 'conflicts', 'p50', 'p99', 'max', 'server CPU'],
      [[String(MEMBERS), String(result.changes), `${latencies.length}/${expected}`, String(conflicts), fmtMs(p.p50), fmtMs(p.p99), fmtMs(p.max), `${result.serverCpuPercent.toFixed(1)}% of a core`]],
    )}\n`,
  );
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'matrices.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
