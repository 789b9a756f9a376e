import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceEvent } from '../../shared/schemas/events.ts';
import type { CadreServer } from '../server.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Reads a server-sent event stream in the background, collecting `change` events. */
async function subscribe(cookie: string, workspaceId: string) {
  const controller = new AbortController();
  const response = await fetch(`${server.url}/api/workspaces/${workspaceId}/events`, {
    headers: { cookie },
    signal: controller.signal,
  });
  const received: WorkspaceEvent[] = [];
  let ended = false;
  let ready = false;
  if (response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let boundary: number;
          while ((boundary = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, boundary);
            buffer = buffer.slice(boundary + 2);
            if (frame.includes('event: ready')) ready = true;
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (frame.includes('event: change') && data) received.push(JSON.parse(data) as WorkspaceEvent);
          }
        }
      } catch {
        // aborted by the test
      }
      ended = true;
    })();
  }
  return { status: response.status, received, isEnded: () => ended, isReady: () => ready, close: () => controller.abort() };
}

describe('workspace events', () => {
  it('pushes published changes to every member and ends a removed member’s stream', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const drafter = addMember(server, workspaceId, 'drafter');
    const mine = await subscribe(facilitator.cookie, workspaceId);
    const theirs = await subscribe(drafter.client.cookie, workspaceId);
    expect([mine.status, theirs.status]).toEqual([200, 200]);
    await waitFor(() => mine.isReady() && theirs.isReady(), 'both streams to open');

    server.services.events.publish(workspaceId, { resource: 'swot', action: 'created', id: 'item1' });
    await waitFor(() => mine.received.length === 1 && theirs.received.length === 1, 'both to receive the change');
    expect(theirs.received[0]).toMatchObject({ resource: 'swot', action: 'created', id: 'item1' });

    server.services.access.membershipChanged(workspaceId, drafter.user.id);
    await waitFor(() => theirs.isEnded(), 'the revoked stream to end');
    expect(mine.isEnded()).toBe(false);
    mine.close();
  });

  it('hides a workspace’s stream from non-members', async () => {
    const { workspaceId } = await seedWorkspace(server.url);
    const outsider = (await seedWorkspace(server.url)).facilitator;
    const stream = await subscribe(outsider.cookie, workspaceId);
    expect(stream.status).toBe(404);
  });
});
