import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logger.ts';
import { createIdleTimers } from './idle-timers.ts';
import type { Listener } from './listener.ts';

export type OverdueReportsOptions = {
  bus: EventBus;
  logger: Logger;
  /** Announces what is overdue; resolves with the day (YYYY-MM-DD) the next report falls due. */
  sweep: () => Promise<{ nextDue: string | null }>;
  now?: () => number;
  /** Quiet time after monitoring changes before looking again, so a burst of reports costs one sweep. */
  settleMs?: number;
  /** Longest sleep between sweeps, so a clock change or a missed change is caught within it. */
  maxSleepMs?: number;
};

/**
 * Watches for period reports falling overdue without polling: one sweep at start, then one when
 * the next report falls due (a single timer for the whole instance), and one once a burst of
 * monitoring changes settles (cadences, dates and reports move the deadlines).
 */
export function listenForOverdueReports({ bus, logger, sweep, now = Date.now, settleMs = 2000, maxSleepMs = 6 * 3_600_000 }: OverdueReportsOptions): Listener {
  let closed = false;
  let wake: NodeJS.Timeout | undefined;

  function sleepUntil(nextDue: string | null): void {
    clearTimeout(wake);
    const dueAt = nextDue === null ? Infinity : Date.parse(`${nextDue}T00:00:00Z`);
    wake = setTimeout(run, Math.max(1000, Math.min(dueAt - now(), maxSleepMs)));
    wake.unref();
  }

  function run(): void {
    if (closed) return;
    sweep().then(
      ({ nextDue }) => {
        if (!closed) sleepUntil(nextDue);
      },
      (error: unknown) => {
        logger.error('monitoring.overdue-sweep.failed', { message: String(error) });
        if (!closed) sleepUntil(null);
      },
    );
  }

  const settling = createIdleTimers<'sweep'>(settleMs, run);
  const off = bus.on('monitoring.changed', () => settling.touch('sweep'));
  run();
  return {
    close(): void {
      closed = true;
      off();
      settling.clear();
      clearTimeout(wake);
    },
  };
}
