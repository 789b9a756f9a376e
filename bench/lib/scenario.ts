/**
 * Runs one load scenario against one server: start it, connect every client (spread over
 * BENCH_LOADGEN_PROCESSES load-generator processes), warm up, measure for a fixed window,
 * drain, tear down, then join what the processes recorded. Bounded: every wait has a timeout.
 */
import type { DurableNotice } from './ipc.ts';
import { sharedNow, type Observation, type Send, type WorkerReply } from './load-protocol.ts';
import { LoadWorkers } from './load-workers.ts';
import { cpuSeconds, ProcSampler } from './proc.ts';
import { envNumber, percentiles, sleep, type Percentiles } from './stats.ts';
import { PROFILE_WINDOW } from './server-proc.ts';
import type { Target } from './targets.ts';
import { ackLatencies, deliveryLatencies, measuredSends, storedLatencies, type Window } from './trackers.ts';
import type { EldStats } from './ipc.ts';

const LOADGEN_PROCESSES = envNumber('BENCH_LOADGEN_PROCESSES', 2);

export interface Scenario {
  id: string;
  label: string;
  docs: number;
  clientsPerDoc: number;
  typistsPerDoc: number;
  charsPerSec: number;
  cursorHz: number;
}

export interface ScenarioResult {
  scenario: string;
  server: string;
  seconds: number;
  latencyMs: Percentiles;
  /** Keystroke deliveries (keystroke × observer) per second of the window. */
  deliveredPerSec: number;
  /** Share of expected deliveries that arrived before the drain timeout. */
  deliveredRatio: number;
  serverCpuPercent: number;
  serverPeakRssBytes: number;
  serverEld: EldStats;
  /** null = the server never makes updates durable (in-memory). */
  durableMs: Percentiles | null;
  durableUnresolved: number;
  loadgenCpuPercent: number;
  /** Bytes all clients received from the server per second (fan-out cost). */
  serverBytesOutPerSec: number;
  loadgenEldP99Ms: number;
  connectSeconds: number;
  disconnects: number;
}

const CONNECT_BATCH = 50;

type Report = Extract<WorkerReply, { type: 'report' }>;
type WindowStats = Extract<WorkerReply, { type: 'window' }>;

/** Waits until no worker has seen anything for `quietMs` (deliveries and acks drained), or the deadline. */
async function drain(workers: LoadWorkers, quietMs: number, deadlineMs: number): Promise<void> {
  const deadline = sharedNow() + deadlineMs;
  while (sharedNow() < deadline) {
    const latest = Math.max(...(await workers.all({ type: 'idle-since' })).map((reply) => (reply.type === 'idle-since' ? reply.at : 0)));
    if (sharedNow() - latest >= quietMs) return;
    await sleep(100);
  }
}

export async function runScenario(target: Target, sc: Scenario, seconds: number, warmupSeconds: number): Promise<ScenarioResult> {
  const label = `${sc.id}-${target.name.replace(/[^\w.-]/g, '_')}`;
  const s = await target.start(label);
  const workers = await LoadWorkers.start(LOADGEN_PROCESSES);
  const notices: Array<{ notice: DurableNotice; at: number }> = [];
  const unsubscribe = s.server.onDurable((notice, at) => notices.push({ notice, at }));
  try {
    const rooms = await s.createDocs(sc.docs);
    // Clients dealt round-robin: a document's typist and its observers usually sit in different processes.
    const specs = rooms.flatMap((room) => Array.from({ length: sc.clientsPerDoc }, (_, i) => ({ room, typist: i < sc.typistsPerDoc })));
    const shares = workers.workers.map((_, w) => specs.filter((_, i) => i % workers.workers.length === w));
    const t0 = performance.now();
    for (let offset = 0; offset < Math.max(...shares.map((share) => share.length)); offset += CONNECT_BATCH) {
      await Promise.all(workers.workers.map((worker, w) => worker.request({
        type: 'connect', kind: target.kind, url: s.clientUrl, cookie: s.cookie(), durability: target.durability,
        users: shares[w]?.slice(offset, offset + CONNECT_BATCH) ?? [], charsPerSec: sc.charsPerSec, cursorHz: sc.cursorHz,
      })));
    }
    const connectSeconds = (performance.now() - t0) / 1000;

    await workers.all({ type: 'paragraphs' });
    await sleep(1000); // let paragraphs and user names reach everyone before timing starts
    await workers.all({ type: 'type' });
    await sleep(warmupSeconds * 1000);

    await s.server.resetEld();
    if (PROFILE_WINDOW) await s.server.startProfile();
    const sampler = new ProcSampler(s.server.pid);
    const loadgenCpuStart = workers.pids.map(cpuSeconds);
    await workers.all({ type: 'window-start' });
    const window: Window = { start: sharedNow(), end: Number.POSITIVE_INFINITY };
    await sleep(seconds * 1000);
    window.end = sharedNow();
    const windowStats = (await workers.all({ type: 'window-end' })) as WindowStats[];
    const loadgenCpuSeconds = workers.pids.map(cpuSeconds).reduce((sum, cpu, i) => sum + cpu - (loadgenCpuStart[i] ?? 0), 0);
    const windowSeconds = (window.end - window.start) / 1000;
    const proc = sampler.stop();
    const serverEld = await s.server.eld();
    if (PROFILE_WINDOW) await s.server.stopProfile(label);
    await workers.all({ type: 'stop-typing' });

    // Drain: deliveries and acknowledgements of keystrokes sent at the end of the window are
    // still in flight.
    await drain(workers, 1000, 5000);
    const reports = (await workers.all({ type: 'report' })) as Report[];
    const sends: Send[] = reports.flatMap((report) => report.sends);
    const observations: Observation[] = reports.flatMap((report) => report.observations);
    const latencies = deliveryLatencies(sends, observations, window);
    const expected = measuredSends(sends, window) * (sc.clientsPerDoc - 1);
    // Hocuspocus stores 2 s after the last change (debounce, at most every 10 s): wait for it.
    const storedUntil = sharedNow() + 15_000;
    while (target.durability === 'ipc' && storedLatencies(sends, notices, window).includes(null) && sharedNow() < storedUntil) await sleep(200);
    const durable =
      target.durability === 'ack' ? ackLatencies(reports.flatMap((report) => report.acks), window)
        : target.durability === 'ipc' ? storedLatencies(sends, notices, window)
          : [];
    const durableSamples = durable.filter((ms): ms is number => ms !== null);
    return {
      scenario: sc.id,
      server: target.name,
      seconds: windowSeconds,
      latencyMs: percentiles(latencies),
      deliveredPerSec: latencies.length / windowSeconds,
      deliveredRatio: expected === 0 ? Number.NaN : latencies.length / expected,
      serverCpuPercent: proc.cpuPercent,
      serverPeakRssBytes: proc.peakRssBytes,
      serverEld,
      durableMs: target.durability === 'never' ? null : percentiles(durableSamples),
      durableUnresolved: durable.length - durableSamples.length,
      loadgenCpuPercent: (loadgenCpuSeconds / windowSeconds) * 100,
      loadgenEldP99Ms: Math.max(...windowStats.map((stats) => stats.eldP99Ms)),
      serverBytesOutPerSec: windowStats.reduce((sum, stats) => sum + stats.bytesReceived, 0) / windowSeconds,
      connectSeconds,
      disconnects: reports.reduce((sum, report) => sum + report.disconnects, 0),
    };
  } finally {
    unsubscribe();
    workers.close();
    await sleep(200);
    await s.dispose();
  }
}
