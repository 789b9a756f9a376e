/**
 * Runs one load scenario against one server: start it, connect every client, warm up,
 * measure for a fixed window, drain, tear down. Bounded: every wait has a timeout.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { connectClient, type BenchClient } from './clients.ts';
import { LoadGenerator, type SimUser } from './load-gen.ts';
import { ProcSampler } from './proc.ts';
import { percentiles, sleep, withTimeout, type Percentiles } from './stats.ts';
import type { Target } from './targets.ts';
import { AckDurabilityTracker, DeliveryTracker, StateVectorDurabilityTracker } from './trackers.ts';
import type { EldStats } from './ipc.ts';

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

export async function runScenario(target: Target, sc: Scenario, seconds: number, warmupSeconds: number): Promise<ScenarioResult> {
  const s = await target.start(`${sc.id}-${target.name.replace(/[^\w.-]/g, '_')}`);
  const clients: BenchClient[] = [];
  let gen: LoadGenerator | undefined;
  let unsubscribe: () => void = () => undefined;
  try {
    const rooms = await s.createDocs(sc.docs);
    const delivery = new DeliveryTracker();
    const acks = new AckDurabilityTracker();
    const svs = new StateVectorDurabilityTracker();
    unsubscribe = s.server.onDurable((n, at) => svs.onDurable(n, at));

    const users: SimUser[] = [];
    const t0 = performance.now();
    const specs = rooms.flatMap((room) => Array.from({ length: sc.clientsPerDoc }, (_, i) => ({ room, typist: i < sc.typistsPerDoc })));
    for (let i = 0; i < specs.length; i += CONNECT_BATCH) {
      const batch = specs.slice(i, i + CONNECT_BATCH).map(({ room, typist }) => {
        const client = connectClient({ kind: target.kind, url: s.clientUrl, room, cookie: s.cookie(), onDurableAck: (n) => acks.onAck(n) });
        delivery.observe(client.doc);
        clients.push(client);
        users.push({ client, room, typist });
        return client.synced;
      });
      await withTimeout(Promise.all(batch), 60_000, `${target.name}: clients ${i}..${i + batch.length} to sync`);
    }
    const connectSeconds = (performance.now() - t0) / 1000;

    let measuring = false;
    gen = new LoadGenerator(users, sc.charsPerSec, sc.cursorHz, (u, lastClock, sentAt) => {
      const id = u.client.doc.clientID;
      delivery.recordSend(id, lastClock, sentAt, measuring);
      if (target.durability === 'ack') {
        // Ask right behind the update: the ack means this keystroke is on disk.
        u.client.sendDurabilityCheck(acks.nextNonce(sentAt, measuring));
      } else if (target.durability === 'ipc') {
        svs.recordSend(u.room, id, lastClock, sentAt, measuring);
      }
    });
    gen.createParagraphs();
    await sleep(1000); // let paragraphs and user names reach everyone before timing starts
    gen.start();
    await sleep(warmupSeconds * 1000);

    await s.server.resetEld();
    const sampler = new ProcSampler(s.server.pid);
    // Same convention as the server preload: delay beyond the 10 ms sampling interval.
    const selfEld = monitorEventLoopDelay({ resolution: 10 });
    const bytesStart = clients.reduce((n, c) => n + c.bytesReceived(), 0);
    selfEld.enable();
    const selfCpu = process.cpuUsage();
    const tStart = performance.now();
    measuring = true;
    await sleep(seconds * 1000);
    measuring = false;
    const window = (performance.now() - tStart) / 1000;
    const bytesOut = clients.reduce((n, c) => n + c.bytesReceived(), 0) - bytesStart;
    const proc = sampler.stop();
    const cpu = process.cpuUsage(selfCpu);
    selfEld.disable();
    const serverEld = await s.server.eld();
    gen.stop();

    // Drain: deliveries of keystrokes sent at the end of the window are still in flight.
    const expected = delivery.measuredSends * (sc.clientsPerDoc - 1);
    const drainUntil = performance.now() + 5_000;
    while (delivery.samples.length < expected && performance.now() < drainUntil) await sleep(50);
    // Hocuspocus stores 2 s after the last change (debounce), so allow for that.
    const durableUntil = performance.now() + (target.durability === 'ipc' ? 15_000 : 5_000);
    const unresolved = (): number => (target.durability === 'ack' ? acks.unresolvedMeasured() : svs.unresolvedMeasured());
    if (target.durability !== 'never') {
      while (unresolved() > 0 && performance.now() < durableUntil) await sleep(50);
    }

    const durableSamples = target.durability === 'ack' ? acks.samples : svs.samples;
    return {
      scenario: sc.id,
      server: target.name,
      seconds: window,
      latencyMs: percentiles(delivery.samples),
      deliveredPerSec: delivery.samples.length / window,
      deliveredRatio: expected === 0 ? Number.NaN : delivery.samples.length / expected,
      serverCpuPercent: proc.cpuPercent,
      serverPeakRssBytes: proc.peakRssBytes,
      serverEld,
      durableMs: target.durability === 'never' ? null : percentiles(durableSamples),
      durableUnresolved: target.durability === 'never' ? 0 : unresolved(),
      loadgenCpuPercent: ((cpu.user + cpu.system) / 1e6 / window) * 100,
      loadgenEldP99Ms: Math.max(0, selfEld.percentile(99) / 1e6 - 10),
      serverBytesOutPerSec: bytesOut / window,
      connectSeconds,
      disconnects: clients.reduce((n, c) => n + c.disconnects(), 0),
    };
  } finally {
    gen?.stop();
    unsubscribe();
    for (const c of clients) c.destroy();
    await sleep(200);
    await s.dispose();
  }
}
