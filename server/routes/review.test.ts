import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOC_CONTENT_FIELD, CloseCode } from '../../shared/collab/protocol.ts';
import { ROLES } from '../../shared/policy/abilities.ts';
import { expectedAbilities } from '../../shared/policy/expected-abilities.ts';
import { anchorInText, plainText } from '../../shared/review/anchors.ts';
import type { Anchor, Notification, Thread } from '../../shared/schemas/review.ts';
import { updateMessage } from '../collab/messages.ts';
import { createReviewService } from '../services/review.ts';
import type { CadreServer } from '../server.ts';
import { connectClient, openRawSocket, waitSynced, type SyncClient } from '../testing/sync-clients.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';

let server: CadreServer;
const clients: SyncClient[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const client of clients) client.provider.destroy();
  await server.close();
});

const SENTENCE = 'Migrants have access to basic services';

/** A seeded document holding a heading and one paragraph, written on the server. */
async function reviewedDocument() {
  const seeded = await seedWorkspace(server.url);
  server.sync.change(seeded.documentId, (doc) => {
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', '2');
    heading.insert(0, [new Y.XmlText('Guiding principles')]);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(SENTENCE)]);
    doc.getXmlFragment(DOC_CONTENT_FIELD).insert(0, [heading, paragraph]);
  });
  return seeded;
}

const paragraphText = (documentId: string): string =>
  server.sync.read(documentId, (doc) => {
    const paragraph = doc.getXmlFragment(DOC_CONTENT_FIELD).get(1) as Y.XmlElement;
    return plainText(paragraph.get(0) as Y.XmlText);
  });

/** An anchor over `word` in the paragraph. */
const anchorOn = (documentId: string, word: string): Anchor =>
  server.sync.read(documentId, (doc) => {
    const text = (doc.getXmlFragment(DOC_CONTENT_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText;
    const from = plainText(text).indexOf(word);
    return anchorInText(text, from, from + word.length);
  });

const base = (documentId: string) => `/api/documents/${documentId}`;

describe('review threads and suggestions', () => {
  it('lets an expert comment and suggest over the API while the socket refuses their content updates', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const expert = addMember(server, workspaceId, 'expert', 'Elena Expert');
    const thread = await expert.client.expect<Thread>(201, 'POST', `${base(documentId)}/threads`, {
      kind: 'question',
      anchor: anchorOn(documentId, 'basic services'),
      quote: 'basic services',
      body: 'Which services are meant here?',
    });
    expect(thread).toMatchObject({ kind: 'question', status: 'open', detached: false, currentText: 'basic services', section: 'Guiding principles' });
    await expert.client.expect(201, 'POST', `${base(documentId)}/suggestions`, {
      anchor: anchorOn(documentId, 'basic'),
      quote: 'basic',
      text: 'essential',
      reason: 'Closer to the wording of the law',
    });

    const watcher = connectClient(server.url, documentId, facilitator.cookie);
    clients.push(watcher);
    await waitSynced(watcher);
    const socket = await openRawSocket(server.url, documentId, expert.client.cookie);
    const rogue = new Y.Doc();
    rogue.getXmlFragment(DOC_CONTENT_FIELD).insert(0, [new Y.XmlText('injected')]);
    socket.socket.send(updateMessage(Y.encodeStateAsUpdate(rogue)));
    expect((await socket.closed).code).toBe(CloseCode.forbidden);
    expect(paragraphText(documentId)).toBe(SENTENCE);
    expect(watcher.doc.getXmlFragment(DOC_CONTENT_FIELD).toString()).not.toContain('injected');
    expect(server.sync.read(documentId, (doc) => doc.getXmlFragment(DOC_CONTENT_FIELD).length)).toBe(2);
  });

  it('applies exactly the suggested text on accept, live for open editors, and nothing on reject', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const expert = addMember(server, workspaceId, 'expert');
    const drafter = addMember(server, workspaceId, 'drafter');
    const editor = connectClient(server.url, documentId, drafter.client.cookie);
    clients.push(editor);
    await waitSynced(editor);

    const suggest = (word: string, text: string) =>
      expert.client.expect<Thread>(201, 'POST', `${base(documentId)}/suggestions`, { anchor: anchorOn(documentId, word), quote: word, text, reason: '' });
    const rejected = await suggest('access', 'no access');
    const accepted = await suggest('basic', 'essential public');

    const afterReject = await drafter.client.expect<Thread>(200, 'POST', `${base(documentId)}/threads/${rejected.id}/reject`, { reason: 'Changes the meaning' });
    expect(afterReject.suggestion).toMatchObject({ status: 'rejected', decisionReason: 'Changes the meaning' });
    expect(paragraphText(documentId)).toBe(SENTENCE);

    const done = await drafter.client.expect<Thread>(200, 'POST', `${base(documentId)}/threads/${accepted.id}/accept`, {});
    expect(done).toMatchObject({ status: 'resolved', suggestion: { status: 'accepted', change: 'replace' } });
    expect(paragraphText(documentId)).toBe('Migrants have access to essential public services');
    await waitFor(() => editor.doc.getXmlFragment(DOC_CONTENT_FIELD).toString().includes('essential public services'), 'the editor to see it');
    await facilitator.expect(409, 'POST', `${base(documentId)}/threads/${accepted.id}/accept`, {});

    // A suggestion on text that changed since is refused and the document stays as it is.
    const stale = await suggest('Migrants', 'All migrants');
    server.sync.change(documentId, (doc) => ((doc.getXmlFragment(DOC_CONTENT_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(3, 'X'));
    const before = paragraphText(documentId);
    const refused = await facilitator.request('POST', `${base(documentId)}/threads/${stale.id}/accept`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('text_changed');
    expect(paragraphText(documentId)).toBe(before);
  });

  it('keeps a thread whose text was deleted, detached, with its quote', async () => {
    const { documentId, facilitator } = await reviewedDocument();
    const thread = await facilitator.expect<Thread>(201, 'POST', `${base(documentId)}/threads`, {
      kind: 'revisionRequest',
      anchor: anchorOn(documentId, 'access'),
      quote: 'access',
      body: 'Say which access',
    });
    server.sync.change(documentId, (doc) => doc.getXmlFragment(DOC_CONTENT_FIELD).delete(1, 1));
    const { threads } = await facilitator.expect<{ threads: Thread[] }>(200, 'GET', `${base(documentId)}/threads`);
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ id: thread.id, detached: true, quote: 'access', section: 'Guiding principles' });
    const filtered = await facilitator.expect<{ threads: Thread[] }>(200, 'GET', `${base(documentId)}/threads?status=resolved`);
    expect(filtered.threads).toHaveLength(0);
  });

  it('authorizes every thread action per role as the ability table says', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const othersThread = await facilitator.expect<Thread>(201, 'POST', `${base(documentId)}/threads`, {
      kind: 'comment', anchor: anchorOn(documentId, 'Migrants'), quote: 'Migrants', body: 'Whose thread is this',
    });
    for (const role of ROLES) {
      const { client } = addMember(server, workspaceId, role);
      const may = (action: keyof typeof expectedAbilities) => expectedAbilities[action][role];
      await client.expect(200, 'GET', `${base(documentId)}/threads`);
      const create = await client.request('POST', `${base(documentId)}/threads`, {
        kind: 'comment', anchor: anchorOn(documentId, 'have'), quote: 'have', body: `from ${role}`,
      });
      expect(create.status, `${role} creates`).toBe(may('comment') ? 201 : 403);
      const reply = await client.request('POST', `${base(documentId)}/threads/${othersThread.id}/messages`, { body: 'reply' });
      expect(reply.status, `${role} replies`).toBe(may('comment') ? 201 : 403);
      const resolveOthers = await client.request('POST', `${base(documentId)}/threads/${othersThread.id}/resolve`);
      expect(resolveOthers.status, `${role} resolves another's thread`).toBe(may('resolve') ? 200 : 403);
      if (may('resolve')) await client.expect(200, 'POST', `${base(documentId)}/threads/${othersThread.id}/reopen`);
      if (create.status === 201) {
        // Everyone who may comment may resolve their own thread (experts included).
        await client.expect(200, 'POST', `${base(documentId)}/threads/${(create.body as Thread).id}/resolve`);
      }
      const suggestion = await facilitator.expect<Thread>(201, 'POST', `${base(documentId)}/suggestions`, {
        anchor: anchorOn(documentId, 'to'), quote: 'to', text: 'to all', reason: '',
      });
      const reject = await client.request('POST', `${base(documentId)}/threads/${suggestion.id}/reject`, {});
      expect(reject.status, `${role} rejects`).toBe(may('resolve') ? 200 : 403);
      const accept = await client.request('POST', `${base(documentId)}/threads/${suggestion.id}/accept`, {});
      expect(accept.status, `${role} accepts a decided one`).toBe(may('edit') && may('resolve') ? 409 : 403);
      const csv = await fetch(`${server.url}${base(documentId)}/review.csv`, { headers: { cookie: client.cookie } });
      expect(csv.status, `${role} exports`).toBe(may('export') ? 200 : 403);
    }
    const outsider = addMember(server, (await seedWorkspace(server.url)).workspaceId, 'facilitator');
    await outsider.client.expect(404, 'GET', `${base(documentId)}/threads`);
  });

  it('lets members edit and delete only their own messages', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const expert = addMember(server, workspaceId, 'expert');
    const thread = await expert.client.expect<Thread>(201, 'POST', `${base(documentId)}/threads`, {
      kind: 'recommendation', anchor: anchorOn(documentId, 'services'), quote: 'services', body: 'First version',
    });
    const messageId = thread.messages[0]?.id ?? '';
    const path = `${base(documentId)}/threads/${thread.id}/messages/${messageId}`;
    await facilitator.expect(403, 'PATCH', path, { body: 'Not mine' });
    const edited = await expert.client.expect<Thread>(200, 'PATCH', path, { body: 'Second version' });
    expect(edited.messages[0]).toMatchObject({ body: 'Second version', deleted: false });
    expect(edited.messages[0]?.editedAt).not.toBeNull();
    await facilitator.expect(403, 'DELETE', path);
    const deleted = await expert.client.expect<Thread>(200, 'DELETE', path);
    expect(deleted.messages[0]).toMatchObject({ body: '', deleted: true });
  });
});

describe('mentions, notifications and the activity record', () => {
  it('notifies mentioned members and thread participants, and records who did what', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const expert = addMember(server, workspaceId, 'expert', 'Elena Expert');
    const drafter = addMember(server, workspaceId, 'drafter', 'Dario Drafter');
    const thread = await expert.client.expect<Thread>(201, 'POST', `${base(documentId)}/threads`, {
      kind: 'question', anchor: anchorOn(documentId, 'basic'), quote: 'basic', body: '@dario drafter could you check this?',
    });
    const inbox = () => drafter.client.expect<{ notifications: Notification[]; unreadCount: number }>(200, 'GET', '/api/notifications');
    expect(await inbox()).toMatchObject({ unreadCount: 1, notifications: [{ kind: 'mention', threadId: thread.id, actorName: 'Elena Expert' }] });
    expect((await facilitator.expect<{ unreadCount: number }>(200, 'GET', '/api/notifications')).unreadCount).toBe(0);

    await drafter.client.expect(201, 'POST', `${base(documentId)}/threads/${thread.id}/messages`, { body: 'Checked, fine.' });
    const expertInbox = await expert.client.expect<{ notifications: Notification[] }>(200, 'GET', '/api/notifications');
    expect(expertInbox.notifications).toMatchObject([{ kind: 'reply', excerpt: 'Checked, fine.' }]);

    await drafter.client.expect(204, 'POST', '/api/notifications/read', { all: true });
    expect((await inbox()).unreadCount).toBe(0);
    await expert.client.expect(200, 'PATCH', '/api/notifications/settings', { mentions: false });
    await drafter.client.expect(201, 'POST', `${base(documentId)}/threads/${thread.id}/messages`, { body: '@Elena Expert see above' });
    expect((await expert.client.expect<{ unreadCount: number }>(200, 'GET', '/api/notifications')).unreadCount).toBe(1);

    // An edit session over the socket is recorded too.
    const editor = connectClient(server.url, documentId, drafter.client.cookie);
    clients.push(editor);
    await waitSynced(editor);
    editor.doc.getXmlFragment(DOC_CONTENT_FIELD).insert(0, [new Y.XmlElement('paragraph')]);
    type Entry = { action: string; actorName: string; count: number };
    let entries: Entry[] = [];
    const deadline = Date.now() + 10_000;
    while (!entries.some((e) => e.action === 'document.edited')) {
      if (Date.now() > deadline) throw new Error('the edit session was not recorded');
      entries = (await facilitator.expect<{ activity: Entry[] }>(200, 'GET', `/api/workspaces/${workspaceId}/activity`)).activity;
    }
    expect(entries).toContainEqual(expect.objectContaining({ action: 'document.edited', actorName: 'Dario Drafter' }));
    expect(entries).toContainEqual(expect.objectContaining({ action: 'thread.created', actorName: 'Elena Expert' }));
    const byExpert = await facilitator.expect<{ activity: Entry[] }>(200, 'GET', `/api/workspaces/${workspaceId}/activity?actor=${expert.user.id}`);
    expect(byExpert.activity.every((e) => e.actorName === 'Elena Expert')).toBe(true);

    // The record outlives membership: a member who leaves stays named in it.
    await facilitator.expect(204, 'DELETE', `/api/workspaces/${workspaceId}/members/${expert.memberId}`);
    const after = await facilitator.expect<{ activity: Entry[] }>(200, 'GET', `/api/workspaces/${workspaceId}/activity`);
    expect(after.activity).toContainEqual(expect.objectContaining({ action: 'thread.created', actorName: 'Elena Expert' }));
    expect(after.activity).toContainEqual(expect.objectContaining({ action: 'member.removed', actorName: 'Fatou Facilitator' }));
    const csv = await fetch(`${server.url}/api/workspaces/${workspaceId}/activity?format=csv`, { headers: { cookie: facilitator.cookie } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('thread.created');
    const review = await fetch(`${server.url}${base(documentId)}/review.csv`, { headers: { cookie: facilitator.cookie } });
    const text = await review.text();
    expect(text).toContain('basic');
    expect(text).toContain('Checked, fine.');
  });
});

describe('who wrote this', () => {
  it('attributes a paragraph’s characters to the members whose updates carried them', async () => {
    const { workspaceId, documentId } = await reviewedDocument();
    const drafter = addMember(server, workspaceId, 'drafter', 'Dario Drafter');
    const expert = addMember(server, workspaceId, 'expert', 'Elena Expert');
    const editor = connectClient(server.url, documentId, drafter.client.cookie);
    clients.push(editor);
    await waitSynced(editor);
    const text = (editor.doc.getXmlFragment(DOC_CONTENT_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert(SENTENCE.length, ' and to justice');
    await waitFor(() => paragraphText(documentId).endsWith('justice'), 'the edit to reach the server');

    const suggestion = await expert.client.expect<Thread>(201, 'POST', `${base(documentId)}/suggestions`, {
      anchor: anchorOn(documentId, 'basic'), quote: 'basic', text: 'public', reason: '',
    });
    await drafter.client.expect(200, 'POST', `${base(documentId)}/threads/${suggestion.id}/accept`, {});
    const whole = server.sync.read(documentId, (doc) => {
      const t = (doc.getXmlFragment(DOC_CONTENT_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText;
      return anchorInText(t, 0, t.length);
    });
    const { authors } = await drafter.client.expect<{ authors: Array<{ name: string; characters: number }> }>(
      200, 'GET', `${base(documentId)}/authorship?start=${encodeURIComponent(whole.start)}&end=${encodeURIComponent(whole.end)}`,
    );
    // The seeded sentence was written server-side (no member); the rest by who typed or proposed it.
    expect(authors).toEqual(
      expect.arrayContaining([
        { userId: drafter.user.id, name: 'Dario Drafter', characters: ' and to justice'.length },
        { userId: expert.user.id, name: 'Elena Expert', characters: 'public'.length },
        { userId: null, name: '', characters: SENTENCE.length - 'basic'.length },
      ]),
    );
  });
});

describe('email digest', () => {
  it('emails unread notifications once to members who asked for a daily digest', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const expert = addMember(server, workspaceId, 'expert', 'Elena Expert');
    await expert.client.expect(200, 'PATCH', '/api/notifications/settings', { emailDigest: 'daily' });
    await facilitator.expect(201, 'POST', `${base(documentId)}/threads`, {
      kind: 'comment', anchor: anchorOn(documentId, 'basic'), quote: 'basic', body: '@Elena Expert your view?',
    });
    const sent: Array<{ to: string; text: string }> = [];
    const previous = server.services.mailer;
    server.services.mailer = { send: async (message) => void sent.push(message) };
    try {
      const service = createReviewService(server.services);
      expect(await service.sendDigests()).toBe(1);
      expect(sent).toEqual([expect.objectContaining({ to: expert.user.email, text: expect.stringContaining('your view?') })]);
      expect(await service.sendDigests()).toBe(0);
    } finally {
      server.services.mailer = previous;
    }
  });
});
