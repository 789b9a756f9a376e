import { describe, expect, it } from 'vitest';
import { HttpError } from '../http/errors.ts';
import { createWorkGate } from './gate.ts';

/** A task that runs until the test lets it finish, and says when it has started. */
function controlledTask() {
  let finish!: () => void;
  let markStarted!: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const done = new Promise<void>((resolve) => (finish = resolve));
  let running = false;
  return {
    started,
    get running() {
      return running;
    },
    finish: () => finish(),
    run: async () => {
      running = true;
      markStarted();
      await done;
      running = false;
      return 'done';
    },
  };
}

async function rejection(promise: Promise<unknown>): Promise<HttpError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof HttpError)) throw new Error(`expected an HttpError, got ${String(error)}`);
  return error;
}

describe('export gate', () => {
  it('runs two at once, queues a bounded few, and answers 429 with Retry-After past that', async () => {
    const gate = createWorkGate({ maxRunning: 2, maxQueued: 1, maxPerUser: 1, retryAfterSeconds: 7 });
    const [a, b, c] = [controlledTask(), controlledTask(), controlledTask()];
    const ra = gate('user-a', a.run);
    const rb = gate('user-b', b.run);
    const rc = gate('user-c', c.run);
    await Promise.all([a.started, b.started]);
    expect(c.running).toBe(false);

    const full = await rejection(gate('user-d', async () => 'never'));
    expect(full).toMatchObject({ status: 429, code: 'export_busy', retryAfterSeconds: 7 });

    a.finish();
    expect(await ra).toBe('done');
    await c.started;
    b.finish();
    c.finish();
    expect(await Promise.all([rb, rc])).toEqual(['done', 'done']);
  });

  it('lets one user have one export at a time, and frees the slot when it fails', async () => {
    const gate = createWorkGate({ maxRunning: 2, maxQueued: 4, maxPerUser: 1 });
    const first = controlledTask();
    const running = gate('user-a', first.run);
    await first.started;
    expect(await rejection(gate('user-a', async () => 'twice'))).toMatchObject({ status: 429, code: 'export_busy' });
    // Another user is not held up by it.
    expect(await gate('user-b', async () => 'other')).toBe('other');
    first.finish();
    await running;

    await expect(gate('user-a', () => Promise.reject(new Error('converter crashed')))).rejects.toThrow('converter crashed');
    expect(await gate('user-a', async () => 'again')).toBe('again');
  });

  it('refuses in the words and code it is given, for other work than exports', async () => {
    const gate = createWorkGate({ maxRunning: 1, maxQueued: 0, maxPerUser: 2, retryAfterSeconds: 2, refusal: { code: 'busy', mine: 'yours', full: 'everyone’s' } });
    const first = controlledTask();
    const running = gate('user-a', first.run);
    await first.started;
    expect(await rejection(gate('user-b', async () => 'queued'))).toMatchObject({ status: 429, code: 'busy', message: 'everyone’s', retryAfterSeconds: 2 });
    first.finish();
    await running;
  });
});
