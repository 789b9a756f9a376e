import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { UpdateStore } from './collab/update-store.ts';

/** What the gauges read when Prometheus scrapes; set once the sync server and streams exist. */
export type LiveCounts = { connections(): number; rooms(): number; streams(): number };

/**
 * This instance's metrics in Prometheus' text format (`GET /metrics`): sockets, rooms and
 * streams open, updates committed, commit latency, and the lag of announcements from other
 * instances. One registry per server, so tests may run several servers in one process.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'cadre_process_' });
  let counts: LiveCounts = { connections: () => 0, rooms: () => 0, streams: () => 0 };
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({ name, help, registers: [registry], collect() {
      this.set(read());
    } });
  gauge('cadre_sync_connections', 'Open sync sockets on this instance', () => counts.connections());
  gauge('cadre_rooms_loaded', 'Documents loaded on this instance', () => counts.rooms());
  gauge('cadre_event_streams', 'Open live event streams on this instance', () => counts.streams());
  const updates = new Counter({ name: 'cadre_updates_committed_total', help: 'Sync updates committed by this instance', registers: [registry] });
  const commits = new Histogram({
    name: 'cadre_commit_seconds',
    help: 'Time to commit one batch of sync updates (group commit)',
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  const relayLag = new Histogram({
    name: 'cadre_relay_lag_seconds',
    help: 'Delay between another instance announcing an update and this instance receiving it',
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });

  return {
    contentType: registry.contentType,
    text: (): Promise<string> => registry.metrics(),
    setLiveCounts(live: LiveCounts): void {
      counts = live;
    },
    relayLag: (ms: number): void => relayLag.observe(ms / 1000),
    /** The store, timing each commit and counting what it commits. */
    timed(store: UpdateStore): UpdateStore {
      return {
        ...store,
        async append(documentId, batch) {
          const end = commits.startTimer();
          const range = await store.append(documentId, batch);
          end();
          updates.inc(batch.length);
          return range;
        },
      };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
