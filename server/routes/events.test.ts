import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authEndpoints } from '../../shared/api/auth.ts';
import { matricesEndpoints } from '../../shared/api/matrices.ts';
import { notificationsEndpoints } from '../../shared/api/notifications.ts';
import { CloseCode } from '../../shared/collab/protocol.ts';
import type { CadreServer } from '../server.ts';
import { ApiClient } from '../testing/api-client.ts';
import { captureLogger } from '../testing/log-capture.ts';
import { openRawSocket } from '../testing/sync-clients.ts';
import { subscribeToOwnEvents, subscribeToWorkspace, type StreamOptions } from '../testing/sse-client.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const subscribe = (cookie: string, workspaceId: string, options?: StreamOptions, on = server) =>
  subscribeToWorkspace(on.url, cookie, workspaceId, undefined, options);
const subscribeToMine = (cookie: string, options?: StreamOptions, on = server) => subscribeToOwnEvents(on.url, cookie, undefined, options);
const addSwot = (client: ApiClient, workspaceId: string, text: string) =>
  client.call(matricesEndpoints.create, { params: { id: workspaceId, kind: 'swot' }, body: { data: { quadrant: 'strengths', text } } });
const sequenceOf = (id: string | undefined): number => Number(id?.split(':')[1]);
const userIdOf = async (client: ApiClient): Promise<string> => (await client.call(authEndpoints.me, {})).user.id;
const notified = { resource: 'notifications', action: 'created' } as const;

describe('workspace events', () => {
  it('pushes published changes to every member and ends a removed member’s stream with a resync', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const drafter = await addMember(server, workspaceId, 'drafter');
    const mine = await subscribe(facilitator.cookie, workspaceId);
    const theirs = await subscribe(drafter.client.cookie, workspaceId);
    expect([mine.status, theirs.status]).toEqual([200, 200]);
    await waitFor(() => mine.isReady() && theirs.isReady(), 'both streams to open');

    server.services.events.publish(workspaceId, { resource: 'matrix:swot', action: 'created', id: 'item1' });
    await waitFor(() => mine.received.length === 1 && theirs.received.length === 1, 'both to receive the change');
    expect(theirs.received[0]).toMatchObject({ resource: 'matrix:swot', action: 'created', id: 'item1' });

    server.services.bus.emit({ type: 'membership.changed', workspaceId, userId: drafter.user.id });
    await waitFor(() => theirs.isEnded(), 'the revoked stream to end');
    // Its abilities changed: the client must refetch, not just resume.
    expect(theirs.resyncs).toEqual(['access-changed']);
    expect(mine.isEnded()).toBe(false);
    mine.close();
  });

  it('sends only the declared fields of an event, whatever the publisher passed', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const stream = await subscribe(facilitator.cookie, workspaceId);
    await waitFor(() => stream.isReady(), 'the stream to open');
    const published = { resource: 'invitations', action: 'created', id: 'i1', tokenHash: 'not for members' } as const;
    server.services.events.publish(workspaceId, published);
    await waitFor(() => stream.received.length === 1, 'the change');
    expect(stream.received).toEqual([{ resource: 'invitations', action: 'created', id: 'i1' }]);
    stream.close();
  });

  it('hides a workspace’s stream from non-members', async () => {
    const { workspaceId } = await seedWorkspace(server.url);
    const outsider = (await seedWorkspace(server.url)).facilitator;
    const stream = await subscribe(outsider.cookie, workspaceId);
    expect(stream.status).toBe(404);
  });
});

describe('resuming a stream', () => {
  it('numbers every event with a position that grows, and `ready` carries the current one', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const stream = await subscribe(facilitator.cookie, workspaceId);
    await waitFor(() => stream.isReady(), 'the stream to open');
    await addSwot(facilitator, workspaceId, 'One');
    await addSwot(facilitator, workspaceId, 'Two');
    await waitFor(() => stream.ids.length === 2, 'two events');
    const [epoch] = stream.position()?.split(':') ?? [];
    expect(stream.ids.every((id) => id.startsWith(`${epoch}:`))).toBe(true);
    expect(sequenceOf(stream.ids[0])).toBeGreaterThan(sequenceOf(stream.position()));
    expect(sequenceOf(stream.ids[1])).toBeGreaterThan(sequenceOf(stream.ids[0]));
    stream.close();
  });

  it.each(['header', 'query'] as const)('replays what a client missed when it resumes (Last-Event-ID in the %s)', async (lastEventIdIn) => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const first = await subscribe(facilitator.cookie, workspaceId);
    await waitFor(() => first.isReady(), 'the stream to open');
    await addSwot(facilitator, workspaceId, 'Seen');
    await waitFor(() => first.received.length === 1, 'the first change');
    const lastEventId = first.lastEventId();
    first.close();
    await waitFor(() => server.services.events.subscriberCount(workspaceId) === 0, 'the server to notice the disconnection');

    const missed = [await addSwot(facilitator, workspaceId, 'Missed 1'), await addSwot(facilitator, workspaceId, 'Missed 2')];
    const resumed = await subscribe(facilitator.cookie, workspaceId, { lastEventId, lastEventIdIn });
    await waitFor(() => resumed.isReady(), 'the resumed stream to open');
    expect(resumed.resyncs).toEqual([]);
    expect(resumed.received.map((event) => event.id)).toEqual(missed.map((m) => m.item.id));
    expect(resumed.position()).toBe(resumed.ids[1]);

    // And it goes on live from there.
    const live = await addSwot(facilitator, workspaceId, 'Live');
    await waitFor(() => resumed.received.length === 3, 'the live change');
    expect(resumed.received[2]?.id).toBe(live.item.id);
    resumed.close();
  });

  it('asks for a resync when it cannot replay: a position of another server process, or one never given', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    for (const lastEventId of ['0badc0de:1', 'x:1', 'not a position']) {
      const stream = await subscribe(facilitator.cookie, workspaceId, { lastEventId });
      await waitFor(() => stream.isReady(), 'the stream to open');
      expect(stream.resyncs).toEqual(['unknown-position']);
      stream.close();
    }
    // A position from the future of this process cannot have been given out either.
    const current = await subscribe(facilitator.cookie, workspaceId);
    await waitFor(() => current.isReady(), 'the stream to open');
    const [epoch] = current.position()?.split(':') ?? [];
    const future = await subscribe(facilitator.cookie, workspaceId, { lastEventId: `${epoch}:999999999` });
    await waitFor(() => future.isReady(), 'the stream to open');
    expect(future.resyncs).toEqual(['unknown-position']);
    current.close();
    future.close();
  });

  it('asks for a resync when the client fell further behind than the replay buffer', async () => {
    const small = await startTestServer({ events: { replayCapacity: 3 } });
    try {
      const { facilitator, workspaceId } = await seedWorkspace(small.url);
      const watcher = await subscribe(facilitator.cookie, workspaceId, undefined, small);
      await waitFor(() => watcher.isReady(), 'the watcher to open');
      const first = await subscribe(facilitator.cookie, workspaceId, undefined, small);
      await waitFor(() => first.isReady(), 'the stream to open');
      const lastEventId = first.lastEventId();
      first.close();
      for (const text of ['A', 'B', 'C']) await addSwot(facilitator, workspaceId, text);
      const within = await subscribe(facilitator.cookie, workspaceId, { lastEventId }, small);
      await waitFor(() => within.isReady(), 'the resumed stream to open');
      expect([within.resyncs, within.received.length]).toEqual([[], 3]);
      within.close();

      await addSwot(facilitator, workspaceId, 'D');
      const behind = await subscribe(facilitator.cookie, workspaceId, { lastEventId }, small);
      await waitFor(() => behind.isReady(), 'the late stream to open');
      expect([behind.resyncs, behind.received.length]).toEqual([['unknown-position'], 0]);
      behind.close();
      watcher.close();
    } finally {
      await small.close();
    }
  });

  it('refuses a malformed lastEventId query with a 400', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const stream = await subscribe(facilitator.cookie, workspaceId, { lastEventId: 'nope', lastEventIdIn: 'query' });
    expect(stream.status).toBe(400);
  });
});

describe('revoking streams', () => {
  it('ends a session’s streams, its own events’ too, when it signs out, and only that session’s', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const otherTab = new ApiClient(server.url);
    await otherTab.call(authEndpoints.login, { body: { email: facilitator.email, password: 'correct horse battery' } });
    const signingOut = [await subscribe(facilitator.cookie, workspaceId), await subscribeToMine(facilitator.cookie)];
    const staying = [await subscribe(otherTab.cookie, workspaceId), await subscribeToMine(otherTab.cookie)];
    await waitFor(() => [...signingOut, ...staying].every((s) => s.isReady()), 'the streams to open');

    await facilitator.call(authEndpoints.logout, {});
    await waitFor(() => signingOut.every((s) => s.isEnded()), 'the signed-out streams to end');
    expect(staying.map((s) => s.isEnded())).toEqual([false, false]);
    expect((await subscribe(facilitator.cookie, workspaceId)).status).toBe(401);
    expect((await subscribeToMine(facilitator.cookie)).status).toBe(401);
    for (const stream of staying) stream.close();
  });

  it('ends every stream of an account whose password is reset', async () => {
    const logger = captureLogger();
    const resets = await startTestServer({ logger });
    try {
      const { facilitator, workspaceId } = await seedWorkspace(resets.url);
      const stream = await subscribe(facilitator.cookie, workspaceId, undefined, resets);
      await waitFor(() => stream.isReady(), 'the stream to open');
      await new ApiClient(resets.url).expect(202, 'POST', '/api/auth/password-reset/request', { email: facilitator.email });
      const link = logger.events.find((e) => e.event === 'auth.password-reset-link')?.link;
      const token = String(link).split('/').pop();
      await new ApiClient(resets.url).expect(204, 'POST', '/api/auth/password-reset', { token, password: 'a brand new passphrase' });
      await waitFor(() => stream.isEnded(), 'the stream to end');
    } finally {
      await resets.close();
    }
  });

  it('ends the streams and sync sockets of a session idle past expiry, not those of active sessions', async () => {
    const sweeping = await startTestServer({ sessionSweepMs: 20 });
    try {
      const { facilitator, workspaceId, documentId } = await seedWorkspace(sweeping.url);
      const drafter = await addMember(sweeping, workspaceId, 'drafter');
      const idle = await subscribe(facilitator.cookie, workspaceId, undefined, sweeping);
      const idleOwn = await subscribeToMine(facilitator.cookie, undefined, sweeping);
      const active = await subscribe(drafter.client.cookie, workspaceId, undefined, sweeping);
      const idleSocket = await openRawSocket(sweeping.url, documentId, facilitator.cookie);
      const activeSocket = await openRawSocket(sweeping.url, documentId, drafter.client.cookie);
      await waitFor(() => idle.isReady() && idleOwn.isReady() && active.isReady(), 'the streams to open');

      // The facilitator's session was last used longer ago than the idle timeout allows; it is
      // not used again, so only the sweep can notice.
      const userId = await userIdOf(facilitator);
      await sweeping.database.db.updateTable('sessions').set({ last_seen_at: 0 }).where('user_id', '=', userId).execute();
      await waitFor(() => idle.isEnded() && idleOwn.isEnded(), 'the expired streams to end');
      expect((await idleSocket.closed).code).toBe(CloseCode.unauthenticated);
      expect(activeSocket.socket.readyState).toBe(activeSocket.socket.OPEN);
      activeSocket.socket.close();
      sweeping.services.events.publish(workspaceId, { resource: 'matrix:swot', action: 'changed' });
      await waitFor(() => active.received.length === 1, 'the active stream to go on');
      expect(active.isEnded()).toBe(false);
      expect((await subscribe(facilitator.cookie, workspaceId, undefined, sweeping)).status).toBe(401);
      active.close();
    } finally {
      await sweeping.close();
    }
  });
});

describe('streams per user', () => {
  it('answers 429 with Retry-After beyond the cap, logs who, and admits again once a stream closes', async () => {
    const logger = captureLogger();
    const capped = await startTestServer({ logger, events: { maxStreamsPerUser: 2 } });
    try {
      const { facilitator, workspaceId } = await seedWorkspace(capped.url);
      const other = await addMember(capped, workspaceId, 'drafter');
      // A workspace's stream and the person's own events count together, a workspace's stream
      // once though it carries the person's events too.
      const open = [await subscribe(facilitator.cookie, workspaceId, undefined, capped), await subscribeToMine(facilitator.cookie, undefined, capped)];
      expect(open.map((s) => s.status)).toEqual([200, 200]);

      const refused = [await subscribe(facilitator.cookie, workspaceId, undefined, capped), await subscribeToMine(facilitator.cookie, undefined, capped)];
      expect(refused.map((s) => s.status)).toEqual([429, 429]);
      expect(refused.map((s) => Number(s.headers.get('retry-after')) > 0)).toEqual([true, true]);
      const userId = await userIdOf(facilitator);
      expect(logger.events).toContainEqual(expect.objectContaining({ level: 'warn', event: 'events.refused.too-many-streams', userId }));
      // Someone else's streams are counted apart.
      expect((await subscribe(other.client.cookie, workspaceId, undefined, capped)).status).toBe(200);

      open[0]?.close();
      await waitFor(() => capped.services.events.streamCount(userId) === 1, 'the closed stream to be released');
      const admitted = await subscribeToMine(facilitator.cookie, undefined, capped);
      expect(admitted.status).toBe(200);
      admitted.close();
      open[1]?.close();
    } finally {
      await capped.close();
    }
  });
});

describe('one stream per tab: a workspace’s stream carries its viewer’s own events', () => {
  it('sends the caller’s own events as `personal`, and nobody else’s', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const colleague = await addMember(server, workspaceId, 'drafter');
    const mine = await subscribe(facilitator.cookie, workspaceId);
    const theirs = await subscribe(colleague.client.cookie, workspaceId);
    await waitFor(() => mine.isReady() && theirs.isReady(), 'both streams to open');

    server.services.events.publishToUser(await userIdOf(facilitator), notified);
    server.services.events.publish(workspaceId, { resource: 'matrix:swot', action: 'changed' });
    // Streams deliver in order: once the later change is in, the personal event would be too.
    await waitFor(() => mine.received.length === 1 && theirs.received.length === 1, 'the change on both streams');
    expect([mine.names, mine.personal]).toEqual([['personal', 'change'], [notified]]);
    expect([theirs.names, theirs.personal]).toEqual([['change'], []]);
    for (const stream of [mine, theirs]) stream.close();
  });

  it('replays both kinds in the order they were numbered when it resumes', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const colleague = await addMember(server, workspaceId, 'drafter');
    const userId = await userIdOf(facilitator);
    const first = await subscribe(facilitator.cookie, workspaceId);
    await waitFor(() => first.isReady(), 'the stream to open');
    const lastEventId = first.lastEventId();
    first.close();
    await waitFor(() => server.services.events.userSubscriberCount(userId) === 0, 'the server to notice the disconnection');

    const read = { resource: 'notifications', action: 'updated' } as const;
    const swot = await addSwot(facilitator, workspaceId, 'Missed');
    server.services.events.publishToUser(userId, notified);
    server.services.events.publishToUser(colleague.user.id, { ...notified, id: 'not theirs' });
    server.services.events.publish(workspaceId, { resource: 'matrix:swot', action: 'changed' });
    server.services.events.publishToUser(userId, read);
    const resumed = await subscribe(facilitator.cookie, workspaceId, { lastEventId });
    await waitFor(() => resumed.isReady(), 'the resumed stream to open');
    expect(resumed.resyncs).toEqual([]);
    expect(resumed.names).toEqual(['change', 'personal', 'change', 'personal']);
    expect(resumed.received).toEqual([expect.objectContaining({ id: swot.item.id }), { resource: 'matrix:swot', action: 'changed' }]);
    expect(resumed.personal).toEqual([notified, read]);
    expect(resumed.ids.map(sequenceOf)).toEqual(resumed.ids.map(sequenceOf).sort((a, b) => a - b));
    expect(resumed.position()).toBe(resumed.ids.at(-1));
    resumed.close();
  });

  it('asks for a resync when the person’s events cannot be replayed, even if the workspace’s can', async () => {
    const small = await startTestServer({ events: { replayCapacity: 2 } });
    try {
      const { facilitator, workspaceId } = await seedWorkspace(small.url);
      const userId = await userIdOf(facilitator);
      // Another tab keeps both topics watched, so only the capacity limits the replay.
      const watcher = await subscribe(facilitator.cookie, workspaceId, undefined, small);
      const first = await subscribe(facilitator.cookie, workspaceId, undefined, small);
      await waitFor(() => watcher.isReady() && first.isReady(), 'the streams to open');
      const lastEventId = first.lastEventId();
      first.close();
      for (const id of ['1', '2', '3']) small.services.events.publishToUser(userId, { ...notified, id });
      const behind = await subscribe(facilitator.cookie, workspaceId, { lastEventId }, small);
      await waitFor(() => behind.isReady(), 'the resumed stream to open');
      expect([behind.resyncs, behind.ids]).toEqual([['unknown-position'], []]);
      for (const stream of [watcher, behind]) stream.close();
    } finally {
      await small.close();
    }
  });

  it('tells a person’s other tabs when they read their notifications', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const otherTab = await subscribe(facilitator.cookie, workspaceId);
    await waitFor(() => otherTab.isReady(), 'the stream to open');
    await facilitator.call(notificationsEndpoints.markRead, { body: { all: true } });
    await waitFor(() => otherTab.personal.length === 1, 'the read to be announced');
    expect(otherTab.personal).toEqual([{ resource: 'notifications', action: 'updated' }]);
    otherTab.close();
  });
});

describe('a person’s own events', () => {
  it('reach every stream of that person, on any page, and nobody else’s', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const colleague = await addMember(server, workspaceId, 'drafter');
    const userId = await userIdOf(facilitator);
    const tabs = [await subscribeToMine(facilitator.cookie), await subscribeToMine(facilitator.cookie)];
    const theirs = await subscribeToMine(colleague.client.cookie);
    const workspace = await subscribe(facilitator.cookie, workspaceId);
    await waitFor(() => [...tabs, theirs, workspace].every((s) => s.isReady()), 'the streams to open');

    server.services.events.publishToUser(userId, notified);
    await waitFor(() => tabs.every((tab) => tab.received.length === 1), 'every tab to be told');
    expect(tabs.map((tab) => tab.received)).toEqual([[notified], [notified]]);
    // Streams deliver in order: had the colleague been told of the first, it would come before theirs.
    const theirEvent = { ...notified, id: 'their notification' };
    server.services.events.publishToUser(colleague.user.id, theirEvent);
    await waitFor(() => theirs.received.length > 0, 'the colleague’s own event');
    expect(theirs.received).toEqual([theirEvent]);
    // Nor are a person's events published to the workspaces they view as changes; the stream
    // of the person viewing it carries them (in order, so before this change), told apart.
    server.services.events.publish(workspaceId, { resource: 'matrix:swot', action: 'changed' });
    await waitFor(() => workspace.received.length === 1, 'the workspace change');
    expect(workspace.received).toEqual([{ resource: 'matrix:swot', action: 'changed' }]);
    expect(workspace.personal).toEqual([notified]);
    expect(tabs.map((tab) => tab.received.length)).toEqual([1, 1]);
    for (const stream of [...tabs, theirs, workspace]) stream.close();
  });

  it('replays what a person missed when their stream resumes, or asks for a resync', async () => {
    const { facilitator } = await seedWorkspace(server.url);
    const userId = await userIdOf(facilitator);
    const first = await subscribeToMine(facilitator.cookie);
    await waitFor(() => first.isReady(), 'the stream to open');
    const lastEventId = first.lastEventId();
    first.close();
    await waitFor(() => server.services.events.userSubscriberCount(userId) === 0, 'the server to notice the disconnection');

    server.services.events.publishToUser(userId, notified);
    const resumed = await subscribeToMine(facilitator.cookie, { lastEventId });
    await waitFor(() => resumed.isReady(), 'the resumed stream to open');
    expect([resumed.resyncs, resumed.received]).toEqual([[], [notified]]);
    resumed.close();

    const lost = await subscribeToMine(facilitator.cookie, { lastEventId: '0badc0de:1', lastEventIdIn: 'query' });
    await waitFor(() => lost.isReady(), 'the stream to open');
    expect(lost.resyncs).toEqual(['unknown-position']);
    lost.close();
  });

  it('stays open when the person’s access to a workspace changes, and is refused signed out', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const userId = await userIdOf(facilitator);
    const own = await subscribeToMine(facilitator.cookie);
    await waitFor(() => own.isReady(), 'the stream to open');
    server.services.bus.emit({ type: 'membership.changed', workspaceId, userId });
    server.services.events.publishToUser(userId, notified);
    await waitFor(() => own.received.length === 1, 'the event after the access change');
    expect([own.isEnded(), own.resyncs]).toEqual([false, []]);
    own.close();
    expect((await subscribeToMine('')).status).toBe(401);
  });
});
