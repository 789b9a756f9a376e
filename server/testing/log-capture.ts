import { createLogger, type Logger, type LogFields } from '../logger.ts';

export type LoggedEvent = LogFields & { event: string; level: string };

/** A real logger whose lines are kept in memory, so tests can read what the server logged. */
export function captureLogger(): Logger & { events: LoggedEvent[] } {
  const events: LoggedEvent[] = [];
  const logger = createLogger((line) => events.push(JSON.parse(line) as LoggedEvent));
  return Object.assign(logger, { events });
}
