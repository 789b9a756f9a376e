import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-database.ts';
import { createLocks } from './locks.ts';

/** A piece of work that starts, then waits until told to end. */
function heldWork(order: string[], name: string) {
  let release = () => {};
  let started = false;
  const work = async () => {
    started = true;
    order.push(`${name} starts`);
    await new Promise<void>((resolve) => (release = resolve));
    order.push(`${name} ends`);
  };
  return { work, hasStarted: () => started, release: () => release() };
}

describe('locks (the engine under test)', () => {
  it('makes a second holder of a key wait for the first, while other keys go on', async () => {
    const database = await openTestDatabase();
    const locks = createLocks(database);
    const order: string[] = [];
    const first = heldWork(order, 'first');
    const holding = locks.exclusive('k', first.work);
    await expect.poll(first.hasStarted).toBe(true);
    const waiting = locks.exclusive('k', async () => void order.push('second runs'));
    await locks.exclusive('other', async () => void order.push('other key runs'));
    first.release();
    await Promise.all([holding, waiting]);
    expect(order).toEqual(['first starts', 'other key runs', 'first ends', 'second runs']);
    await database.close();
  });

  it('skips a periodic job while the same job runs, and runs it again afterwards', async () => {
    const database = await openTestDatabase();
    const locks = createLocks(database);
    const job = heldWork([], 'digest');
    const running = locks.ifFree('digest', job.work);
    await expect.poll(job.hasStarted).toBe(true);
    expect(await locks.ifFree('digest', async () => undefined)).toBe(false);
    job.release();
    expect(await running).toBe(true);
    expect(await locks.ifFree('digest', async () => undefined)).toBe(true);
    await database.close();
  });
});
