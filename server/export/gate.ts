import { HttpError } from '../http/errors.ts';

/**
 * Bounds costly work done for a request: the exports that start an external program (PDF and
 * ODT: LibreOffice), each seconds of CPU and hundreds of MB, by default. A small server runs a
 * few at once, lets a few more wait in a short queue, and answers 429 with Retry-After beyond
 * that, so no request waits unboundedly and one user cannot fill the queue alone.
 */
export type WorkGateOptions = {
  /** Conversions running at once on this instance. */
  maxRunning: number;
  /** Conversions waiting for a free slot; more get a 429. */
  maxQueued: number;
  /** Conversions one user may have running or waiting. */
  maxPerUser: number;
  /** Sent with each 429: about one conversion's time. */
  retryAfterSeconds: number;
  /** The refusal's code, and its words when the user has enough under way and when the server has. */
  refusal: { code: string; mine: string; full: string };
};

const DEFAULT_EXPORT_GATE: WorkGateOptions = {
  maxRunning: 2,
  maxQueued: 4,
  maxPerUser: 1,
  retryAfterSeconds: 10,
  refusal: { code: 'export_busy', mine: 'you already have an export in progress: try again when it is done', full: 'too many exports in progress: try again shortly' },
};

export type WorkGate = <T>(userId: string, task: () => Promise<T>) => Promise<T>;

export function createWorkGate(overrides: Partial<WorkGateOptions> = {}): WorkGate {
  const options = { ...DEFAULT_EXPORT_GATE, ...overrides };
  let running = 0;
  const queue: Array<() => void> = [];
  const perUser = new Map<string, number>();

  const busy = (message: string) => new HttpError(429, options.refusal.code, message, undefined, options.retryAfterSeconds);

  /** A free slot is taken at once; otherwise the caller waits for one handed over by `release`. */
  const acquire = (): Promise<void> => {
    if (running < options.maxRunning) {
      running++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => queue.push(resolve));
  };
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else running--;
  };

  return async (userId, task) => {
    const mine = perUser.get(userId) ?? 0;
    if (mine >= options.maxPerUser) throw busy(options.refusal.mine);
    if (running >= options.maxRunning && queue.length >= options.maxQueued) throw busy(options.refusal.full);
    perUser.set(userId, mine + 1);
    try {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    } finally {
      const left = (perUser.get(userId) ?? 1) - 1;
      if (left > 0) perUser.set(userId, left);
      else perUser.delete(userId);
    }
  };
}
