import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authEndpoints } from '../../../../shared/api/auth.ts';
import { matricesEndpoints } from '../../../../shared/api/matrices.ts';
import type { UserEvent, WorkspaceEvent } from '../../../../shared/schemas/events.ts';
import type { MatrixItem } from '../../../../shared/schemas/matrices/index.ts';
import type { CadreServer } from '../../../../server/server.ts';
import type { ApiClient } from '../../../../server/testing/api-client.ts';
import { nodeEventSources } from '../../../../server/testing/event-source.ts';
import { subscribeToWorkspace as rawStream } from '../../../../server/testing/sse-client.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../../../../server/testing/test-server.ts';
import type { SyncReason } from './event-streams.ts';
import { createLiveEvents, type LiveEvents, type LiveListener } from './live-events.ts';

/**
 * The client's live events against a real server, through an EventSource that behaves like a
 * browser's. Listeners are a page's view of the SWOT matrix and the inbox of the top bar,
 * loading as pages do: in `onSync`.
 */
let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer({ events: { maxStreamsPerUser: 2 } });
});
afterAll(() => server.close());

const swotParams = (workspaceId: string) => ({ id: workspaceId, kind: 'swot' as const });
const addSwot = async (client: ApiClient, workspaceId: string, text: string): Promise<string> =>
  (await client.call(matricesEndpoints.create, { params: swotParams(workspaceId), body: { data: { quadrant: 'threats', text } } })).item.id;
const userIdOf = async (client: ApiClient): Promise<string> => (await client.call(authEndpoints.me, {})).user.id;

/** Counts how often, and why, a view loaded. */
function loads(load: () => Promise<void>) {
  const state = { fetches: 0, inFlight: 0, reasons: [] as SyncReason[] };
  return {
    state,
    onSync: (reason: SyncReason) => {
      state.reasons.push(reason);
      state.fetches++;
      state.inFlight++;
      void load().finally(() => state.inFlight--);
    },
  };
}

function swotView(client: ApiClient, workspaceId: string) {
  const items = new Map<string, MatrixItem>();
  const { state, onSync } = loads(async () => {
    try {
      const { items: fetched } = await client.call(matricesEndpoints.list, { params: swotParams(workspaceId) });
      items.clear();
      for (const item of fetched) items.set(item.id, item);
    } catch {
      // Refused (removed, signed out): the view keeps what it shows.
    }
  });
  const listener: LiveListener<WorkspaceEvent> = {
    onSync,
    on: {
      'matrix:swot': (event) => {
        if (event.item) items.set(event.item.id, event.item);
      },
    },
  };
  return { items, state, listener };
}

async function setup(fallbackMs = 60_000) {
  const { facilitator, workspaceId } = await seedWorkspace(server.url);
  const drafter = await addMember(server, workspaceId, 'drafter');
  const sources = nodeEventSources(server.url, facilitator.cookie);
  const live = createLiveEvents({ open: sources.open, retryBaseMs: 20, retryMaxMs: 100, fallbackMs });
  const view = swotView(facilitator, workspaceId);
  return { facilitator, drafter, workspaceId, sources, live, view };
}

const subscribed = (workspaceId: string, count = 1) =>
  waitFor(() => server.services.events.subscriberCount(workspaceId) === count, `${count} subscriber(s) on the server`);

/** A page that subscribed and loaded once, then lost its network until `release()`. */
async function setupOffline() {
  const page = await setup();
  const { workspaceId, sources, live, view } = page;
  const stop = live.workspace(workspaceId, view.listener);
  await waitFor(() => view.state.fetches === 1 && view.state.inFlight === 0, 'the first load');
  const release = sources.hold();
  sources.drop();
  await subscribed(workspaceId, 0);
  return { ...page, stop, release };
}

describe('workspace streams (client)', () => {
  it('misses no change made after the page’s first load and before its stream reached the server', async () => {
    const { drafter, workspaceId, sources, live, view } = await setup();
    const release = sources.hold();
    const stop = live.workspace(workspaceId, view.listener);
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
    const { drafter, workspaceId, sources, live, view } = await setup(20);
    const release = sources.hold();
    const stop = live.workspace(workspaceId, view.listener);
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

    server.services.bus.emit({ type: 'membership.changed', workspaceId, userId: await userIdOf(facilitator) });
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

describe('typed listeners', () => {
  it('hand each handler only its resource’s events, and `onChange` every event', async () => {
    const { facilitator, workspaceId, live } = await setup();
    const swot: string[] = [];
    const all: string[] = [];
    let ready = false;
    const stop = live.workspace(workspaceId, {
      onSync: () => (ready = true),
      on: { 'matrix:swot': (event) => swot.push(String(event.item?.data.text)) },
      onChange: (event) => all.push(event.resource),
    });
    await waitFor(() => ready, 'the stream to be live');
    await facilitator.call(matricesEndpoints.create, { params: { id: workspaceId, kind: 'glossary' }, body: { data: { term: 'Migrant', definition: 'A person who moves' } } });
    await addSwot(facilitator, workspaceId, 'Strong mandate');
    await waitFor(() => all.length === 2, 'both changes');
    expect([swot, all]).toEqual([['Strong mandate'], ['matrix:glossary', 'matrix:swot']]);
    stop();
  });
});

/** The inbox of the top bar: it refetches its count on every notification and every sync. */
function inboxView(live: LiveEvents, onSync?: () => void) {
  const received: UserEvent[] = [];
  const { state, onSync: load } = loads(async () => {});
  const stop = live.mine({
    onSync: (reason) => {
      onSync?.();
      load(reason);
    },
    on: { notifications: (event) => received.push(event) },
  });
  return { received, state, stop };
}

describe('one stream per tab (client)', () => {
  const ownStreamRequests = (sources: ReturnType<typeof nodeEventSources>) => sources.requests.filter((r) => r.url.startsWith('/api/me/events'));

  it('opens no stream of the person’s own while a workspace’s is open: its events come on that one', async () => {
    const { facilitator, workspaceId, sources, live, view } = await setup();
    const userId = await userIdOf(facilitator);
    // The inbox of the top bar subscribes first, the page's views right after, as pages mount.
    const inbox = inboxView(live);
    const stop = live.workspace(workspaceId, view.listener);
    await waitFor(() => inbox.state.reasons.length === 1 && view.state.reasons.length === 1, 'the first loads');
    expect([inbox.state.reasons, view.state.reasons]).toEqual([['initial'], ['initial']]);
    server.services.events.publishToUser(userId, { resource: 'notifications', action: 'created', id: 'live' });
    await waitFor(() => inbox.received.length === 1, 'the notification');

    // Offline, then back: the workspace's stream replays the person's events too.
    const release = sources.hold();
    sources.drop();
    await subscribed(workspaceId, 0);
    server.services.events.publishToUser(userId, { resource: 'notifications', action: 'created', id: 'missed' });
    release();
    await waitFor(() => inbox.received.length === 2, 'the missed notification');
    expect(inbox.received.map((event) => event.id)).toEqual(['live', 'missed']);
    expect(inbox.state.reasons).toEqual(['initial']);
    expect(ownStreamRequests(sources)).toEqual([]);
    expect(server.services.events.streamCount(userId)).toBe(1);
    stop();
    inbox.stop();
  });

  it('opens the person’s own stream when the workspace’s closes, and the inbox reloads once it is live', async () => {
    const { facilitator, workspaceId, sources, live, view } = await setup();
    const userId = await userIdOf(facilitator);
    const stop = live.workspace(workspaceId, view.listener);
    // Whether the server has the person's new stream when the inbox reloads: if so, nothing
    // published since the workspace's stream closed is lost.
    const carriedAtSync: number[] = [];
    const inbox = inboxView(live, () => carriedAtSync.push(server.services.events.userSubscriberCount(userId)));
    await waitFor(() => inbox.state.reasons.length === 1, 'the first load');

    const release = sources.hold();
    stop();
    await subscribed(workspaceId, 0);
    server.services.events.publishToUser(userId, { resource: 'notifications', action: 'created', id: 'in the switch' });
    release();
    await waitFor(() => inbox.state.reasons.length === 2, 'the reload on the person’s own stream');
    expect(inbox.state.reasons).toEqual(['initial', 'resync']);
    expect(carriedAtSync).toEqual([1, 1]);
    expect(ownStreamRequests(sources)).toHaveLength(1);
    server.services.events.publishToUser(userId, { resource: 'notifications', action: 'created', id: 'after' });
    await waitFor(() => inbox.received.length === 1, 'the next notification');
    expect(inbox.received.map((event) => event.id)).toEqual(['after']);

    // A workspace's stream opening again takes over: the person's own stream closes.
    const again = live.workspace(workspaceId, view.listener);
    await waitFor(() => inbox.state.reasons.length === 3, 'the reload on the workspace’s stream');
    expect(inbox.state.reasons[2]).toBe('resync');
    await waitFor(() => server.services.events.streamCount(userId) === 1, 'the person’s own stream to close');
    again();
    inbox.stop();
  });

  it('moves the person’s events to their own stream when the workspace’s is refused', async () => {
    const { workspaceId } = await seedWorkspace(server.url);
    const drafter = await addMember(server, workspaceId, 'drafter');
    const sources = nodeEventSources(server.url, drafter.client.cookie);
    const live = createLiveEvents({ open: sources.open, retryBaseMs: 20, retryMaxMs: 100 });
    const view = swotView(drafter.client, workspaceId);
    const stop = live.workspace(workspaceId, view.listener);
    const carriedAtSync: number[] = [];
    const inbox = inboxView(live, () => carriedAtSync.push(server.services.events.userSubscriberCount(drafter.user.id)));
    await waitFor(() => inbox.state.reasons.length === 1, 'the first load');

    // Removed from the workspace: its stream is refused (404) from now on, the person's own is not.
    server.services.members.end(drafter.memberId);
    server.services.bus.emit({ type: 'membership.changed', workspaceId, userId: drafter.user.id });
    await waitFor(() => view.state.reasons.includes('refused') && ownStreamRequests(sources).length === 1, 'the person’s own stream to open');
    await waitFor(() => carriedAtSync.length === 3, 'the inbox to reload on it');
    // Told of the access change on the workspace's stream, then reloaded once the person's own is live.
    expect([inbox.state.reasons, carriedAtSync.at(-1)]).toEqual([['initial', 'resync', 'resync'], 1]);
    server.services.events.publishToUser(drafter.user.id, { resource: 'notifications', action: 'created' });
    await waitFor(() => inbox.received.length === 1, 'the notification');
    stop();
    inbox.stop();
  });
});

describe('a person’s own stream (client)', () => {
  it('tells the inbox of the person’s notifications on any page, and what it missed offline', async () => {
    const { facilitator } = await seedWorkspace(server.url);
    const userId = await userIdOf(facilitator);
    const sources = nodeEventSources(server.url, facilitator.cookie);
    const inbox = inboxView(createLiveEvents({ open: sources.open, retryBaseMs: 20, retryMaxMs: 100 }));
    await waitFor(() => inbox.state.reasons.length === 1, 'the first load');
    expect(inbox.state.reasons).toEqual(['initial']);
    server.services.events.publishToUser(userId, { resource: 'notifications', action: 'created', id: 'first' });
    await waitFor(() => inbox.received.length === 1, 'the notification');

    const release = sources.hold();
    sources.drop();
    await waitFor(() => server.services.events.userSubscriberCount(userId) === 0, 'the server to notice the disconnection');
    server.services.events.publishToUser(userId, { resource: 'notifications', action: 'created', id: 'missed' });
    release();
    await waitFor(() => inbox.received.length === 2, 'the missed notification');
    expect(inbox.received.map((event) => event.id)).toEqual(['first', 'missed']);
    expect(inbox.state.reasons).toEqual(['initial']);
    inbox.stop();
  });

  it('is told to reload once when signed out, and its stream closes with the last listener', async () => {
    const { facilitator } = await seedWorkspace(server.url);
    const userId = await userIdOf(facilitator);
    const sources = nodeEventSources(server.url, facilitator.cookie);
    const inbox = inboxView(createLiveEvents({ open: sources.open, retryBaseMs: 20, retryMaxMs: 100 }));
    await waitFor(() => inbox.state.reasons.length === 1, 'the first load');
    await facilitator.call(authEndpoints.logout, {});
    await waitFor(() => inbox.state.reasons.includes('refused'), 'the refusal after signing out');
    expect(inbox.state.reasons.filter((reason) => reason === 'refused')).toHaveLength(1);
    inbox.stop();
    expect(server.services.events.userSubscriberCount(userId)).toBe(0);
  });
});
