import { describe, expect, it } from 'vitest';
import type { WorkspaceEvent } from '../../shared/schemas/events.ts';
import { createReplayBuffers } from './replay-buffer.ts';

const event: WorkspaceEvent = { resource: 'matrix:swot', action: 'changed' };

function buffers(overrides: { capacity?: number; maxIdleTopics?: number } = {}) {
  const clock = { now: 0 };
  const replay = createReplayBuffers<WorkspaceEvent>({ capacity: overrides.capacity ?? 3, idleMs: 1000, maxIdleTopics: overrides.maxIdleTopics ?? 10, now: () => clock.now });
  return { replay, clock };
}

describe('replay buffers', () => {
  it('replays what came after a position, and nothing from before the first watcher', () => {
    const { replay } = buffers();
    replay.append('w1', { seq: 1, event });
    replay.watch('w1', 1);
    replay.append('w1', { seq: 2, event });
    replay.append('w2', { seq: 3, event });
    replay.append('w1', { seq: 4, event });
    expect(replay.since('w1', 1)?.map((e) => e.seq)).toEqual([2, 4]);
    expect(replay.since('w1', 4)).toEqual([]);
    // Events of w1 before anyone watched were not kept: no replay from there.
    expect(replay.since('w1', 0)).toBeUndefined();
    expect(replay.since('w2', 2)).toBeUndefined();
  });

  it('keeps `capacity` events; a position older than the oldest kept cannot be replayed', () => {
    const { replay } = buffers({ capacity: 2 });
    replay.watch('w1', 0);
    for (const seq of [1, 2, 3]) replay.append('w1', { seq, event });
    expect(replay.since('w1', 0)).toBeUndefined();
    expect(replay.since('w1', 1)?.map((e) => e.seq)).toEqual([2, 3]);
  });

  it('drops a topic nobody watched for `idleMs`, and never one that is watched', () => {
    const { replay, clock } = buffers();
    const stopW1 = replay.watch('w1', 0);
    replay.watch('w2', 0);
    stopW1();
    stopW1();
    clock.now = 999;
    replay.watch('w3', 0);
    expect(replay.size()).toBe(3);
    clock.now = 1000;
    replay.watch('w3', 0);
    expect(replay.size()).toBe(2);
    expect(replay.since('w1', 0)).toBeUndefined();
    expect(replay.since('w2', 0)).toEqual([]);
  });

  it('keeps at most `maxIdleTopics` unwatched topics, dropping the longest idle first', () => {
    const { replay, clock } = buffers({ maxIdleTopics: 2 });
    for (const topic of ['a', 'b', 'c']) {
      clock.now++;
      replay.watch(topic, 0)();
    }
    replay.watch('d', 0);
    expect(replay.size()).toBe(3);
    expect(replay.since('a', 0)).toBeUndefined();
    expect(replay.since('b', 0)).toEqual([]);
  });
});
