/** Messages between the benchmark (parent) and the instrumented server processes (children). */

export interface EldStats {
  /** Event-loop delay percentiles in ms, from perf_hooks.monitorEventLoopDelay. */
  p50: number;
  p99: number;
  max: number;
}

export type BenchRequest =
  | { type: 'bench:eld-reset'; id: number }
  | { type: 'bench:eld-get'; id: number }
  | { type: 'bench:gc'; id: number }
  | { type: 'bench:profile-start'; id: number }
  /** Stops the profiler started by `bench:profile-start` and writes its profile to `file`. */
  | { type: 'bench:profile-stop'; id: number; file: string };

export type BenchReply =
  | { type: 'bench:eld-reset-ok'; id: number }
  | { type: 'bench:eld'; id: number; stats: EldStats }
  | { type: 'bench:gc-ok'; id: number }
  | { type: 'bench:profile-ok'; id: number };

/** Sent unprompted by the Hocuspocus wrapper after each onStoreDocument commit. */
export interface DurableNotice {
  type: 'bench:durable';
  doc: string;
  /** Y state vector of exactly what was written, as [clientID, clock] pairs. */
  sv: [number, number][];
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export function isBenchRequest(v: unknown): v is BenchRequest {
  return isObj(v) && typeof v.id === 'number' &&
    (v.type === 'bench:eld-reset' || v.type === 'bench:eld-get' || v.type === 'bench:gc' || v.type === 'bench:profile-start' ||
      (v.type === 'bench:profile-stop' && typeof v.file === 'string'));
}

export function isBenchReply(v: unknown): v is BenchReply {
  return isObj(v) && typeof v.id === 'number' &&
    (v.type === 'bench:eld-reset-ok' || v.type === 'bench:eld' || v.type === 'bench:gc-ok' || v.type === 'bench:profile-ok');
}

export function isDurableNotice(v: unknown): v is DurableNotice {
  return isObj(v) && v.type === 'bench:durable' && typeof v.doc === 'string' && Array.isArray(v.sv);
}
