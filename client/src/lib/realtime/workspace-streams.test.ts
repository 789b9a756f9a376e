import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceEvent } from '../../../../shared/schemas/events.ts';
import type { MatrixItem } from '../../../../shared/schemas/matrices/index.ts';
import type { CadreServer } from '../../../../server/server.ts';
import type { ApiClient } from '../../../../server/testing/api-client.ts';
import { nodeEventSources } from '../../../../server/testing/event-source.ts';
import { subscribeToWorkspace as rawStream } from '../../../../server/testing/sse-client.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../../../../server/testing/test-server.ts';
import { createWorkspaceStreams, type SyncReason } from './workspace-streams.ts';

/**
 * The client's stream code against a real server, through an EventSource that behaves like a
 * browser's. The listener is a page's view of the SWOT matrix, loading as pages do: in `onSync`.
 */
let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer({ events: { maxStreamsPerUser: 2 } });
});
afterAll(() => server.close());

const swotPath = (workspaceId: string) => `/api/workspaces/${workspaceId}/matrices/swot`;
const addSwot = async (client: ApiClient, workspaceId: string, text: string): Promise<string> =>
  (await client.expect<{ item: MatrixItem }>(201, 'POST', swotPath(workspaceId), { data: { quadrant: 'threats', text } })).item.id;

function swotView(cookie: string, workspaceId: string) {
  const items = new Map<string, MatrixItem>();
  const state = { fetches: 0, inFlight: 0, reasons: [] as SyncReason[] };
  const refresh = async () => {
    state.fetches++;
    state.inFlight++;
    try {
      const response = await fetch(`${server.url}${swotPath(workspaceId)}`, { headers: { cookie } });
      if (!response.ok) return;
      const { items: fetched } = (await response.json()) as { items: MatrixItem[] };
      items.clear();
      for (const item of fetched) items.set(item.id, item);
    } finally {
      state.inFlight--;
    }
  };
  return {
    items,
    state,
    onChange: (event: WorkspaceEvent) => {
      if (event.resource === 'matrix:swot' && event.id && event.item) items.set(event.id, event.item as MatrixItem);
    },
    onSync: (reason: SyncReason) => {
      state.reasons.push(reason);
      void refresh();
    },
  };
}

async function setup(fallbackMs = 60_000) {
  const { facilitator, workspaceId } = await seedWorkspace(server.url);
  const drafter = addMember(server, workspaceId, 'drafter');
  const sources = nodeEventSources(server.url, facilitator.cookie);
  const streams = createWorkspaceStreams({ open: sources.open, retryBaseMs: 20, retryMaxMs: 100, fallbackMs });
  const view = swotView(facilitator.cookie, workspaceId);
  return { facilitator, drafter, workspaceId, sources, streams, view };
}

const subscribed = (workspaceId: string, count = 1) =>
  waitFor(() => server.services.events.subscriberCount(workspaceId) === count, `${count} subscriber(s) on the server`);

/** A page that subscribed and loaded once, then lost its network until `release()`. */
async function setupOffline() {
  const page = await setup();
  const { workspaceId, sources, streams, view } = page;
  const stop = streams.subscribe(workspaceId, view.onChange, view.onSync);
  await waitFor(() => view.state.fetches === 1 && view.state.inFlight === 0, 'the first load');
  const release = sources.hold();
  sources.drop();
  await subscribed(workspaceId, 0);
  return { ...page, stop, release };
}

describe('workspace streams (client)', () => {
  it('misses no change made after the page’s first load and before its stream reached the server', async () => {
    const { drafter, workspaceId, sources, streams, view } = await setup();
    const release = sources.hold();
    const stop = streams.subscribe(workspaceId, view.onChange, view.onSync);
    // Whatever the page fetched so far has come back; its stream has not reached the server.
    await waitFor(() => view.state.inFlight === 0, 'loads in flight to finish');
    expect(server.services.events.subscriberCount(workspaceId)).toBe(0);
    const id = await addSwot(drafter.client, workspaceId, 'Changed in the gap');
    release();
    await waitFor(() => view.items.has(id), 'the change made in the gap to show');
    expect(view.state.reasons).toEqual(['initial']);
    stop();
  });

  it('shows data meanwhile when the stream is slow to open, and loads again once it is live', async () => {
    const { drafter, workspaceId, sources, streams, view } = await setup(20);
    const release = sources.hold();
    const stop = streams.subscribe(workspaceId, view.onChange, view.onSync);
    await waitFor(() => view.state.reasons.length === 1 && view.state.inFlight === 0, 'the fallback load');
    expect(view.state.reasons).toEqual(['fallback']);
    const id = await addSwot(drafter.client, workspaceId, 'Changed before the stream opened');
    release();
    await waitFor(() => view.items.has(id) && view.state.inFlight === 0, 'the load once live');
    expect(view.state.reasons).toEqual(['fallback', 'initial']);
    stop();
  });

  it('after a network loss, gets what it missed replayed, without refetching', async () => {
    const { drafter, workspaceId, sources, view, stop, release } = await setupOffline();
    const id = await addSwot(drafter.client, workspaceId, 'Added while offline');
    release();
    await waitFor(() => view.items.has(id), 'the missed change to show');
    expect(sources.requests.at(-1)?.lastEventId).toMatch(/^[0-9a-z]+:[0-9]+$/);
    expect(view.state.fetches).toBe(1);
    stop();
  });

  it('refetches when the server says it cannot replay, or that the member’s access changed', async () => {
    const { facilitator, drafter, workspaceId, sources, view, stop, release } = await setupOffline();
    const id = await addSwot(drafter.client, workspaceId, 'Added across a restart');
    // A position this server never gave out, as after a server restart.
    sources.replacePosition('0badc0de:1');
    release();
    await waitFor(() => view.items.has(id) && view.state.inFlight === 0, 'the refetch after resync');
    expect(view.state.reasons).toEqual(['initial', 'resync']);

    const { user } = await facilitator.expect<{ user: { id: string } }>(200, 'GET', '/api/me');
    server.services.access.membershipChanged(workspaceId, user.id);
    await waitFor(() => view.state.reasons.length === 3, 'a refetch after the access change');
    expect(view.state.reasons[2]).toBe('resync');
    stop();
  });

  it('reopens a refused stream by itself, resuming from its last position', async () => {
    const { facilitator, drafter, workspaceId, sources, view, stop, release } = await setupOffline();
    // Two other tabs take the user's two streams while this one is offline: it is refused (429).
    const tabs = [await rawStream(server.url, facilitator.cookie, workspaceId), await rawStream(server.url, facilitator.cookie, workspaceId)];
    const id = await addSwot(drafter.client, workspaceId, 'Added while refused');
    release();
    await waitFor(() => view.state.reasons.includes('refused'), 'the page to be told of the refusal');
    for (const tab of tabs) tab.close();
    await waitFor(() => view.items.has(id), 'the change to show');
    await waitFor(() => sources.requests.some((r) => r.url.includes('?lastEventId=')), 'a reconnect with the position in the query');
    const change = await addSwot(drafter.client, workspaceId, 'Live again');
    await waitFor(() => view.items.has(change), 'live changes again');
    stop();
  });
});
