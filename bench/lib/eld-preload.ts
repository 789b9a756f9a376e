/**
 * Preloaded (`node --import <compiled eld-preload.js> <server>`, see server-proc.ts) into every server
 * under test, ours and peers alike, so event-loop delay is measured the same way everywhere
 * without touching their code. It answers requests from the benchmark over the IPC channel.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isBenchRequest, type EldStats } from './ipc.ts';

// The histogram records the time between consecutive 10 ms timer ticks, so an idle loop
// reads ~10 ms; subtracting the resolution leaves the actual delay.
const RESOLUTION_MS = 10;
const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
histogram.enable();

const toMs = (ns: number): number => Math.max(0, ns / 1e6 - RESOLUTION_MS);

/** V8's profiler over the measured window only (`BENCH_CPU_PROFILE=window`), not start-up and set-up. */
let profiler: Session | undefined;
async function startProfile(): Promise<void> {
  profiler = new Session();
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
}
async function stopProfile(file: string): Promise<void> {
  if (!profiler) return;
  const { profile } = await profiler.post('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  profiler.disconnect();
  profiler = undefined;
}

if (process.send) {
  process.on('message', (msg: unknown) => {
    if (!isBenchRequest(msg)) return;
    if (msg.type === 'bench:eld-reset') {
      histogram.reset();
      process.send?.({ type: 'bench:eld-reset-ok', id: msg.id });
    } else if (msg.type === 'bench:eld-get') {
      const stats: EldStats = {
        p50: toMs(histogram.percentile(50)),
        p99: toMs(histogram.percentile(99)),
        max: toMs(histogram.max),
      };
      process.send?.({ type: 'bench:eld', id: msg.id, stats });
    } else if (msg.type === 'bench:gc') {
      // Only available when the benchmark started the server with --expose-gc (memory probe).
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      process.send?.({ type: 'bench:gc-ok', id: msg.id });
    } else if (msg.type === 'bench:profile-start' || msg.type === 'bench:profile-stop') {
      const id = msg.id;
      void (msg.type === 'bench:profile-start' ? startProfile() : stopProfile(msg.file)).then(() => process.send?.({ type: 'bench:profile-ok', id }));
    }
  });
  // The listener refs the IPC channel; unref so the preload never keeps a server alive.
  process.channel?.unref();
}
