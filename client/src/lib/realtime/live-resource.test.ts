import { describe, expect, it, vi } from 'vitest';
import { STREAM_EVENT } from '../../../../shared/api/stream-events.ts';
import { ApiRequestError } from '../api/http.ts';
import type { OpenSource, SourceHandlers } from './event-streams.ts';
import { createLiveEvents } from './live-events.ts';
import { LiveResource } from './live-resource.svelte.ts';

/** The server's side of the stream, played by the test: an EventSource stand-in. */
function streamStandIn() {
  const open: SourceHandlers[] = [];
  let position = 0;
  const source: OpenSource = (_url, handlers) => {
    open.push(handlers);
    return { close: () => open.splice(open.indexOf(handlers), 1) };
  };
  const send = (type: (typeof STREAM_EVENT)[keyof typeof STREAM_EVENT], data: unknown) => {
    position++;
    for (const handlers of [...open]) handlers.message(type, JSON.stringify(data), `e1:${position}`);
  };
  return {
    live: createLiveEvents({ open: source, fallbackMs: 60_000 }),
    openCount: () => open.length,
    ready: () => send(STREAM_EVENT.ready, {}),
    change: (resource: string) => send(STREAM_EVENT.change, { resource, action: 'updated' }),
  };
}

/** Fetches the test answers one by one, in any order. */
function fetches<T>() {
  const pending: Array<{ resolve: (value: T) => void; reject: (error: unknown) => void }> = [];
  return {
    pending,
    fetch: () => new Promise<T>((resolve, reject) => pending.push({ resolve, reject })),
  };
}

async function started(reloadOn?: (event: { resource: string }) => boolean) {
  const stream = streamStandIn();
  const answers = fetches<string>();
  const resource = new LiveResource<string>({ workspaceId: 'w1', live: stream.live, fetch: answers.fetch, reloadOn });
  resource.start();
  await vi.waitFor(() => expect(stream.openCount()).toBe(1));
  return { stream, answers, resource };
}

describe('LiveResource', () => {
  it('fetches once the stream is ready, then again on the changes it cares about only', async () => {
    const { stream, answers, resource } = await started((event) => event.resource === 'monitoring');
    expect(answers.pending).toHaveLength(0);
    stream.ready();
    expect(answers.pending).toHaveLength(1);
    answers.pending[0]?.resolve('first');
    await vi.waitFor(() => expect(resource.load).toEqual({ kind: 'ready' }));
    expect(resource.data).toBe('first');

    stream.change('versions');
    expect(answers.pending).toHaveLength(1);
    stream.change('monitoring');
    expect(answers.pending).toHaveLength(2);
    answers.pending[1]?.resolve('second');
    await vi.waitFor(() => expect(resource.data).toBe('second'));
    resource.destroy();
  });

  it('shows only the newest fetch’s answer when an older one comes back last', async () => {
    const { stream, answers, resource } = await started();
    stream.ready();
    stream.change('workspace');
    const [older, newer] = answers.pending;
    newer?.resolve('newer');
    await vi.waitFor(() => expect(resource.data).toBe('newer'));
    older?.resolve('older');
    await Promise.resolve();
    expect([resource.data, resource.load]).toEqual(['newer', { kind: 'ready' }]);
    resource.destroy();
  });

  it('says notFound and stops listening once refused (removed from the workspace)', async () => {
    const { stream, answers, resource } = await started();
    stream.ready();
    answers.pending[0]?.reject(new ApiRequestError(404, 'not_found', 'no such workspace'));
    await vi.waitFor(() => expect(resource.load).toEqual({ kind: 'notFound' }));
    expect(stream.openCount()).toBe(0);
  });

  it('keeps what it shows when a later fetch fails, and says failed when nothing was shown', async () => {
    const { stream, answers, resource } = await started();
    stream.ready();
    answers.pending[0]?.reject(new Error('offline'));
    await vi.waitFor(() => expect(resource.load).toMatchObject({ kind: 'failed' }));
    stream.change('workspace');
    answers.pending[1]?.resolve('back');
    await vi.waitFor(() => expect(resource.data).toBe('back'));
    stream.change('workspace');
    answers.pending[2]?.reject(new Error('offline again'));
    await Promise.resolve();
    expect([resource.data, resource.load]).toEqual(['back', { kind: 'ready' }]);
    resource.destroy();
  });

  it('stops fetching and drops an answer in flight once destroyed', async () => {
    const { stream, answers, resource } = await started();
    stream.ready();
    resource.destroy();
    answers.pending[0]?.resolve('after the page left');
    await Promise.resolve();
    expect([resource.data, resource.load, stream.openCount()]).toEqual([null, { kind: 'loading' }, 0]);
  });
});
