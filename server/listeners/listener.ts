/**
 * A module that reacts to events of the bus (`server/events/bus.ts`) for the life of the server,
 * in the manner of Hocuspocus extensions: `server.ts` starts each one and closes it on shutdown.
 */
export type Listener = {
  /** Stops listening; resolves once what the listener still held is written. */
  close(): void | Promise<void>;
};
