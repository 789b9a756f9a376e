/** Messages between the sync benchmark (parent) and its load-generator processes (load-worker.ts). */
import type { ClientKind } from './clients.ts';

/**
 * Milliseconds on a clock every process of this machine shares (wall-clock origin plus the
 * monotonic clock), so that a keystroke sent in one process and seen in another can be timed.
 */
export const sharedNow = (): number => performance.timeOrigin + performance.now();

export type Durability = 'ack' | 'ipc' | 'never';

/** A keystroke: [typist's Yjs clientID, its clock after the keystroke − 1, sent at, room]. */
export type Send = [clientId: number, lastClock: number, sentAt: number, room: string];
/** An observer's document advanced `clientId` from clock `before` to `after` at `at`. */
export type Observation = [clientId: number, before: number, after: number, at: number];

export type WorkerCommand = { id: number } & (
  | {
      type: 'connect';
      kind: ClientKind;
      url: string;
      cookie: string | undefined;
      durability: Durability;
      users: Array<{ room: string; typist: boolean }>;
      charsPerSec: number;
      cursorHz: number;
    }
  | { type: 'paragraphs' | 'type' | 'window-start' | 'window-end' | 'stop-typing' | 'idle-since' | 'report' | 'close' }
);

export type WorkerReply = { id: number } & (
  | { type: 'ready' | 'connected' | 'done' }
  | { type: 'failed'; message: string }
  | { type: 'window'; cpuSeconds: number; eldP99Ms: number; bytesReceived: number }
  | { type: 'idle-since'; at: number }
  | { type: 'report'; sends: Send[]; observations: Observation[]; acks: Array<[sentAt: number, ackedAt: number | null]>; disconnects: number }
);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export const isWorkerCommand = (value: unknown): value is WorkerCommand =>
  isObject(value) && typeof value.id === 'number' && typeof value.type === 'string';

export const isWorkerReply = (value: unknown): value is WorkerReply =>
  isObject(value) && typeof value.id === 'number' && typeof value.type === 'string';
