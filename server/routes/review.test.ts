import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { activityEndpoints } from '../../shared/api/activity.ts';
import { notificationsEndpoints as notifications } from '../../shared/api/notifications.ts';
import { reviewEndpoints as review } from '../../shared/api/review.ts';
import { DOC_CONTENT_FIELD, CloseCode } from '../../shared/collab/protocol.ts';
import { TEAM_ROLES } from '../../shared/policy/abilities.ts';
import { expectedAbilities } from '../../shared/policy/expected-abilities.ts';
import { anchorInText, plainText } from '../../shared/review/anchors.ts';
import { MAX_MENTIONS, mentionToken } from '../../shared/review/mentions.ts';
import type { ActivityEntry } from '../../shared/schemas/activity.ts';
import type { UserEvent } from '../../shared/schemas/events.ts';
import type { Anchor } from '../../shared/schemas/review.ts';
import { updateMessage } from '../collab/messages.ts';
import { createNotificationService } from '../services/notifications.ts';
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
  await server.services.collab.change(seeded.documentId, (doc) => {
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', '2');
    heading.insert(0, [new Y.XmlText('Guiding principles')]);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(SENTENCE)]);
    doc.getXmlFragment(DOC_CONTENT_FIELD).insert(0, [heading, paragraph]);
  });
  return seeded;
}

const paragraphText = (documentId: string): Promise<string> =>
  server.services.collab.read(documentId, (doc) => {
    const paragraph = doc.getXmlFragment(DOC_CONTENT_FIELD).get(1) as Y.XmlElement;
    return plainText(paragraph.get(0) as Y.XmlText);
  });

/** Polls the server's paragraph until `holds` (`waitFor` takes only conditions it can check at once). */
/** An anchor over `word` in the paragraph. */
const anchorOn = (documentId: string, word: string): Promise<Anchor> =>
  server.services.collab.read(documentId, (doc) => {
    const text = (doc.getXmlFragment(DOC_CONTENT_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText;
    const from = plainText(text).indexOf(word);
    return anchorInText(text, from, from + word.length);
  });

const base = (documentId: string) => `/api/documents/${documentId}`;

describe('review threads and suggestions', () => {
  it('lets an expert comment and suggest over the API while the socket refuses their content updates', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const expert = await addMember(server, workspaceId, 'expert', 'Elena Expert');
    const thread = await expert.client.call(review.createThread, {
      params: { id: documentId },
      body: { kind: 'question', anchor: await anchorOn(documentId, 'basic services'), quote: 'basic services', body: 'Which services are meant here?' },
    });
    expect(thread).toMatchObject({ kind: 'question', status: 'open', detached: false, currentText: 'basic services', section: 'Guiding principles' });
    await expert.client.call(review.suggest, {
      params: { id: documentId },
      body: { anchor: await anchorOn(documentId, 'basic'), quote: 'basic', text: 'essential', reason: 'Closer to the wording of the law' },
    });

    const watcher = connectClient(server.url, documentId, facilitator.cookie);
    clients.push(watcher);
    await waitSynced(watcher);
    const socket = await openRawSocket(server.url, documentId, expert.client.cookie);
    const rogue = new Y.Doc();
    rogue.getXmlFragment(DOC_CONTENT_FIELD).insert(0, [new Y.XmlText('injected')]);
    socket.socket.send(updateMessage(Y.encodeStateAsUpdate(rogue)));
    expect((await socket.closed).code).toBe(CloseCode.forbidden);
    expect(await paragraphText(documentId)).toBe(SENTENCE);
    expect(watcher.doc.getXmlFragment(DOC_CONTENT_FIELD).toString()).not.toContain('injected');
    expect(await server.services.collab.read(documentId, (doc) => doc.getXmlFragment(DOC_CONTENT_FIELD).length)).toBe(2);
  });

  it('applies exactly the suggested text on accept, live for open editors, and nothing on reject', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const expert = await addMember(server, workspaceId, 'expert');
    const drafter = await addMember(server, workspaceId, 'drafter');
    const editor = connectClient(server.url, documentId, drafter.client.cookie);
    clients.push(editor);
    await waitSynced(editor);

    const suggest = async (word: string, text: string) =>
      expert.client.call(review.suggest, { params: { id: documentId }, body: { anchor: await anchorOn(documentId, word), quote: word, text } });
    const rejected = await suggest('access', 'no access');
    const accepted = await suggest('basic', 'essential public');

    const afterReject = await drafter.client.call(review.reject, { params: { id: documentId, threadId: rejected.id }, body: { reason: 'Changes the meaning' } });
    expect(afterReject.suggestion).toMatchObject({ status: 'rejected', decisionReason: 'Changes the meaning' });
    expect(await paragraphText(documentId)).toBe(SENTENCE);

    const done = await drafter.client.call(review.accept, { params: { id: documentId, threadId: accepted.id }, body: {} });
    expect(done).toMatchObject({ status: 'resolved', suggestion: { status: 'accepted', change: 'replace' } });
    expect(await paragraphText(documentId)).toBe('Migrants have access to essential public services');
    await waitFor(() => editor.doc.getXmlFragment(DOC_CONTENT_FIELD).toString().includes('essential public services'), 'the editor to see it');
    await facilitator.expect(409, 'POST', `${base(documentId)}/threads/${accepted.id}/accept`, {});

    // A suggestion on text that changed since is refused and the document stays as it is.
    const stale = await suggest('Migrants', 'All migrants');
    await server.services.collab.change(documentId, (doc) => ((doc.getXmlFragment(DOC_CONTENT_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(3, 'X'));
    const before = await paragraphText(documentId);
    const refused = await facilitator.request('POST', `${base(documentId)}/threads/${stale.id}/accept`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('text_changed');
    expect(await paragraphText(documentId)).toBe(before);
  });

  it('keeps a thread whose text was deleted, detached, with its quote', async () => {
    const { documentId, facilitator } = await reviewedDocument();
    const thread = await facilitator.call(review.createThread, {
      params: { id: documentId },
      body: { kind: 'revisionRequest', anchor: await anchorOn(documentId, 'access'), quote: 'access', body: 'Say which access' },
    });
    await server.services.collab.change(documentId, (doc) => doc.getXmlFragment(DOC_CONTENT_FIELD).delete(1, 1));
    const { threads } = await facilitator.call(review.list, { params: { id: documentId } });
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ id: thread.id, detached: true, quote: 'access', section: 'Guiding principles' });
    const filtered = await facilitator.call(review.list, { params: { id: documentId }, query: { status: 'resolved' } });
    expect(filtered.threads).toHaveLength(0);
  });

  it('authorizes every thread action per role as the ability table says', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const othersThread = await facilitator.call(review.createThread, {
      params: { id: documentId },
      body: { kind: 'comment', anchor: await anchorOn(documentId, 'Migrants'), quote: 'Migrants', body: 'Whose thread is this' },
    });
    for (const role of TEAM_ROLES) {
      const { client } = await addMember(server, workspaceId, role);
      const may = (action: keyof typeof expectedAbilities) => expectedAbilities[action][role];
      await client.call(review.list, { params: { id: documentId } });
      const create = await client.request('POST', `${base(documentId)}/threads`, {
        kind: 'comment', anchor: await anchorOn(documentId, 'have'), quote: 'have', body: `from ${role}`,
      });
      expect(create.status, `${role} creates`).toBe(may('comment') ? 201 : 403);
      const reply = await client.request('POST', `${base(documentId)}/threads/${othersThread.id}/messages`, { body: 'reply' });
      expect(reply.status, `${role} replies`).toBe(may('comment') ? 201 : 403);
      const resolveOthers = await client.request('POST', `${base(documentId)}/threads/${othersThread.id}/resolve`);
      expect(resolveOthers.status, `${role} resolves another's thread`).toBe(may('resolve') ? 200 : 403);
      if (may('resolve')) await client.call(review.reopen, { params: { id: documentId, threadId: othersThread.id } });
      if (create.status === 201) {
        // Everyone who may comment may resolve their own thread (experts included).
        await client.call(review.resolve, { params: { id: documentId, threadId: String(create.body.id) } });
      }
      const suggestion = await facilitator.call(review.suggest, {
        params: { id: documentId },
        body: { anchor: await anchorOn(documentId, 'to'), quote: 'to', text: 'to all' },
      });
      const reject = await client.request('POST', `${base(documentId)}/threads/${suggestion.id}/reject`, {});
      expect(reject.status, `${role} rejects`).toBe(may('resolve') ? 200 : 403);
      const accept = await client.request('POST', `${base(documentId)}/threads/${suggestion.id}/accept`, {});
      expect(accept.status, `${role} accepts a decided one`).toBe(may('edit') && may('resolve') ? 409 : 403);
      const csv = await client.request('GET', `${base(documentId)}/review.csv`);
      expect(csv.status, `${role} exports`).toBe(may('export') ? 200 : 403);
      const mentionable = await client.request('GET', `${base(documentId)}/mentionable`);
      expect(mentionable.status, `${role} lists whom to mention`).toBe(may('comment') ? 200 : 403);
    }
    const outsider = await addMember(server, (await seedWorkspace(server.url)).workspaceId, 'facilitator');
    await outsider.client.expect(404, 'GET', `${base(documentId)}/threads`);
  });

  it('lets members edit and delete only their own messages', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const expert = await addMember(server, workspaceId, 'expert');
    const thread = await expert.client.call(review.createThread, {
      params: { id: documentId },
      body: { kind: 'recommendation', anchor: await anchorOn(documentId, 'services'), quote: 'services', body: 'First version' },
    });
    const params = { id: documentId, threadId: thread.id, messageId: thread.messages[0]?.id ?? '' };
    const path = `${base(documentId)}/threads/${thread.id}/messages/${params.messageId}`;
    await facilitator.expect(403, 'PATCH', path, { body: 'Not mine' });
    const edited = await expert.client.call(review.editMessage, { params, body: { body: 'Second version' } });
    expect(edited.messages[0]).toMatchObject({ body: 'Second version', deleted: false });
    expect(edited.messages[0]?.editedAt).not.toBeNull();
    await facilitator.expect(403, 'DELETE', path);
    const deleted = await expert.client.call(review.deleteMessage, { params });
    expect(deleted.messages[0]).toMatchObject({ body: '', deleted: true });
  });
});

describe('mentions, notifications and the activity record', () => {
  it('tells only the recipient, on their own stream, that a notification came', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const drafter = await addMember(server, workspaceId, 'drafter', 'Dario Drafter');
    const bystander = await addMember(server, workspaceId, 'expert');
    const received = new Map<string, UserEvent[]>();
    const streams = [drafter.user.id, bystander.user.id].map((userId) =>
      server.services.events.openUserStream({ userId, send: (event) => received.set(userId, [...(received.get(userId) ?? []), event]), close: () => {} }),
    );
    try {
      await facilitator.call(review.createThread, {
        params: { id: documentId },
        body: { kind: 'comment', anchor: await anchorOn(documentId, 'basic'), quote: 'basic', body: '@Dario Drafter please check' },
      });
      expect(received.get(drafter.user.id)).toEqual([{ resource: 'notifications', action: 'created' }]);
      expect(received.get(bystander.user.id)).toBeUndefined();
    } finally {
      for (const stream of streams) if (!stream.refused) stream.unsubscribe();
    }
  });

  it('notifies mentioned members and thread participants, and records who did what', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const expert = await addMember(server, workspaceId, 'expert', 'Elena Expert');
    const drafter = await addMember(server, workspaceId, 'drafter', 'Dario Drafter');
    const thread = await expert.client.call(review.createThread, {
      params: { id: documentId },
      body: { kind: 'question', anchor: await anchorOn(documentId, 'basic'), quote: 'basic', body: '@dario drafter could you check this?' },
    });
    const inbox = () => drafter.client.call(notifications.list, {});
    expect(await inbox()).toMatchObject({ unreadCount: 1, notifications: [{ kind: 'mention', threadId: thread.id, actorName: 'Elena Expert' }] });
    expect((await facilitator.call(notifications.list, {})).unreadCount).toBe(0);

    const threadParams = { id: documentId, threadId: thread.id };
    await drafter.client.call(review.reply, { params: threadParams, body: { body: 'Checked, fine.' } });
    const expertInbox = await expert.client.call(notifications.list, {});
    expect(expertInbox.notifications).toMatchObject([{ kind: 'reply', excerpt: 'Checked, fine.' }]);

    await drafter.client.call(notifications.markRead, { body: { all: true } });
    expect((await inbox()).unreadCount).toBe(0);
    await expert.client.call(notifications.saveSettings, { body: { mentions: false } });
    await drafter.client.call(review.reply, { params: threadParams, body: { body: '@Elena Expert see above' } });
    expect((await expert.client.call(notifications.list, {})).unreadCount).toBe(1);

    // An edit session over the socket is recorded too.
    const editor = connectClient(server.url, documentId, drafter.client.cookie);
    clients.push(editor);
    await waitSynced(editor);
    editor.doc.getXmlFragment(DOC_CONTENT_FIELD).insert(0, [new Y.XmlElement('paragraph')]);
    const activity = (query: { actor?: string } = {}) => facilitator.call(activityEndpoints.list, { params: { id: workspaceId }, query });
    let entries: ActivityEntry[] = [];
    await waitFor(async () => (entries = (await activity()).activity).some((e) => e.action === 'document.edited'), 'the edit session to be recorded');
    expect(entries).toContainEqual(expect.objectContaining({ action: 'document.edited', actorName: 'Dario Drafter' }));
    expect(entries).toContainEqual(expect.objectContaining({ action: 'thread.created', actorName: 'Elena Expert' }));
    const byExpert = await activity({ actor: expert.user.id });
    expect(byExpert.activity.every((e) => e.actorName === 'Elena Expert')).toBe(true);

    // The record outlives membership: a member who leaves stays named in it.
    await facilitator.expect(204, 'DELETE', `/api/workspaces/${workspaceId}/members/${expert.memberId}`);
    const after = await activity();
    expect(after.activity).toContainEqual(expect.objectContaining({ action: 'thread.created', actorName: 'Elena Expert' }));
    expect(after.activity).toContainEqual(expect.objectContaining({ action: 'member.removed', actorName: 'Fatou Facilitator' }));
    const csv = await facilitator.request('GET', `/api/workspaces/${workspaceId}/activity.csv?actor=${expert.user.id}`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="activity-${workspaceId}.csv"`);
    expect(csv.body).toContain('thread.created');
    expect(csv.body).not.toContain('member.removed');
    const reviewCsv = await facilitator.request('GET', `${base(documentId)}/review.csv`);
    expect(reviewCsv.body).toContain('basic');
    expect(reviewCsv.body).toContain('Checked, fine.');
    // Headers in the reader's language: named by the page, else by Accept-Language.
    expect(reviewCsv.body).toMatch(/^Thread,Kind,Status,/);
    const inFrench = await facilitator.request('GET', `${base(documentId)}/review.csv?language=fr`);
    expect(inFrench.body).toMatch(/^Fil,Type,Statut,Section,Texte d’ancrage,/);
    const inArabic = await facilitator.request('GET', `${base(documentId)}/review.csv`, undefined, { 'accept-language': 'ar-MA,fr;q=0.8' });
    expect(inArabic.body).toMatch(/^السلسلة,النوع,/);
  });
});

describe('mentions by id', () => {
  const token = (user: { id: string }, name: string) => mentionToken(user.id, name);
  const inboxOf = (member: Awaited<ReturnType<typeof addMember>>) => member.client.call(notifications.list, {});

  it('offers the workspace’s current members but the caller', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const expert = await addMember(server, workspaceId, 'expert', 'Elena Expert');
    const drafter = await addMember(server, workspaceId, 'drafter', 'Dario Drafter');
    const leaving = await addMember(server, workspaceId, 'observer', 'Lea Leaving');
    await facilitator.expect(204, 'DELETE', `/api/workspaces/${workspaceId}/members/${leaving.memberId}`);
    const { members } = await expert.client.call(review.mentionable, { params: { id: documentId } });
    expect(members.map((m) => m.name)).toEqual(['Fatou Facilitator', 'Dario Drafter']);
    expect(members[1]).toEqual({ userId: drafter.user.id, name: 'Dario Drafter' });
  });

  it('notifies a member mentioned by id after a rename, and shows their current name', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const drafter = await addMember(server, workspaceId, 'drafter', 'Dario Drafter');
    const expert = await addMember(server, workspaceId, 'expert', 'Elena Expert');
    const thread = await expert.client.call(review.createThread, {
      params: { id: documentId },
      body: { kind: 'question', anchor: await anchorOn(documentId, 'basic'), quote: 'basic', body: `${token(drafter.user, 'Dario Drafter')} is this right?` },
    });
    expect(thread.messages[0]?.mentions).toEqual([{ userId: drafter.user.id, name: 'Dario Drafter' }]);

    // Cadre has no account rename yet: the name changes in the store, as one would.
    await server.database.db.updateTable('users').set({ name: 'Dario Dupont' }).where('id', '=', drafter.user.id).execute();
    const threadParams = { id: documentId, threadId: thread.id };
    // A list loaded before the rename still labels the token with the old name: the id decides.
    await expert.client.call(review.reply, { params: threadParams, body: { body: `${token(drafter.user, 'Dario Drafter')} once more` } });
    // Plain text with the old name names nobody any more.
    await facilitator.call(review.reply, { params: threadParams, body: { body: '@Dario Drafter in plain text' } });

    const inbox = await inboxOf(drafter);
    expect(inbox.unreadCount).toBe(2);
    expect(inbox.notifications).toMatchObject([
      { kind: 'mention', actorName: 'Elena Expert', excerpt: '@Dario Dupont once more' },
      { kind: 'mention', actorName: 'Elena Expert', excerpt: '@Dario Drafter is this right?' },
    ]);
    const { threads } = await facilitator.call(review.list, { params: { id: documentId } });
    const renamed = [{ userId: drafter.user.id, name: 'Dario Dupont' }];
    expect(threads[0]?.messages.map((m) => m.mentions)).toEqual([renamed, renamed, []]);
    // Exports write mentions with current names too, never the stored token.
    for (const path of [`${base(documentId)}/review.csv`, `${base(documentId)}/export?format=md&comments=1`]) {
      const exported = await facilitator.request('GET', path);
      expect(String(exported.body)).toContain('@Dario Dupont is this right?');
      expect(String(exported.body)).not.toContain('user:');
    }
  });

  it('refuses a mention of someone outside the workspace, storing and notifying nothing', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const drafter = await addMember(server, workspaceId, 'drafter', 'Dario Drafter');
    const outsider = await addMember(server, (await seedWorkspace(server.url)).workspaceId, 'drafter', 'Olga Outsider');
    const comment = async (body: string) =>
      facilitator.request('POST', `${base(documentId)}/threads`, { kind: 'comment', anchor: await anchorOn(documentId, 'basic'), quote: 'basic', body });

    const refused = await comment(`${token(drafter.user, 'Dario Drafter')} and ${token(outsider.user, 'Olga Outsider')}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'invalid_mention', fields: { body: [{ code: 'notAMember' }] } });
    expect((await facilitator.call(review.list, { params: { id: documentId } })).threads).toHaveLength(0);
    expect((await inboxOf(drafter)).unreadCount).toBe(0);
    expect((await inboxOf(outsider)).unreadCount).toBe(0);

    // Past members too, in a suggestion's reason as in a reply.
    const thread = await facilitator.call(review.createThread, {
      params: { id: documentId },
      body: { kind: 'comment', anchor: await anchorOn(documentId, 'basic'), quote: 'basic', body: 'Open question' },
    });
    await facilitator.expect(204, 'DELETE', `/api/workspaces/${workspaceId}/members/${drafter.memberId}`);
    const suggestion = await facilitator.request('POST', `${base(documentId)}/suggestions`, {
      anchor: await anchorOn(documentId, 'basic'), quote: 'basic', text: 'essential', reason: `${token(drafter.user, 'Dario Drafter')} agreed`,
    });
    expect(suggestion.status).toBe(400);
    expect(Object.keys(suggestion.body.error?.fields ?? {})).toEqual(['reason']);
    const reply = await facilitator.request('POST', `${base(documentId)}/threads/${thread.id}/messages`, { body: token(drafter.user, 'Dario') });
    expect(reply.body.error?.code).toBe('invalid_mention');

    // And at most MAX_MENTIONS members in one message, checked with the body.
    const crowd = Array.from({ length: MAX_MENTIONS + 1 }, (_, i) => mentionToken(`member-${String(i).padStart(8, '0')}`, 'Someone')).join(' ');
    const tooMany = await comment(crowd);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toMatchObject({ code: 'invalid_request', fields: { body: [{ code: 'tooMany', params: { max: MAX_MENTIONS } }] } });
  });

  it('notifies those an edit mentions for the first time, once, and keeps a departed member’s mention editable', async () => {
    const { workspaceId, documentId, facilitator } = await reviewedDocument();
    const drafter = await addMember(server, workspaceId, 'drafter', 'Dario Drafter');
    const expert = await addMember(server, workspaceId, 'expert', 'Elena Expert');
    const thread = await expert.client.call(review.createThread, {
      params: { id: documentId },
      body: { kind: 'comment', anchor: await anchorOn(documentId, 'access'), quote: 'access', body: 'First thought' },
    });
    const params = { id: documentId, threadId: thread.id, messageId: thread.messages[0]?.id ?? '' };
    const edit = (body: string) => expert.client.call(review.editMessage, { params, body: { body } });
    await edit(`First thought, ${token(drafter.user, 'Dario Drafter')}?`);
    await edit(`First thought, ${token(drafter.user, 'Dario Drafter')}, what do you say?`);
    expect(await inboxOf(drafter)).toMatchObject({ unreadCount: 1, notifications: [{ kind: 'mention', excerpt: 'First thought, @Dario Drafter?' }] });

    await facilitator.expect(204, 'DELETE', `/api/workspaces/${workspaceId}/members/${drafter.memberId}`);
    const edited = await edit(`Earlier thought, ${token(drafter.user, 'Dario Drafter')}`);
    expect(edited.messages[0]?.mentions).toEqual([{ userId: drafter.user.id, name: 'Dario Drafter' }]);
  });
});

describe('decisions', () => {
  it('tells the author whether their suggestion was accepted or rejected, and that their thread was resolved', async () => {
    const { workspaceId, documentId } = await reviewedDocument();
    const expert = await addMember(server, workspaceId, 'expert', 'Elena Expert');
    const drafter = await addMember(server, workspaceId, 'drafter', 'Dario Drafter');
    const suggest = async (word: string, text: string) =>
      expert.client.call(review.suggest, { params: { id: documentId }, body: { anchor: await anchorOn(documentId, word), quote: word, text } });
    const rejected = await suggest('access', 'no access');
    const accepted = await suggest('basic', 'essential');
    const comment = await expert.client.call(review.createThread, {
      params: { id: documentId },
      body: { kind: 'comment', anchor: await anchorOn(documentId, 'Migrants'), quote: 'Migrants', body: 'Which migrants?' },
    });
    await drafter.client.call(review.reject, { params: { id: documentId, threadId: rejected.id }, body: { reason: 'Changes the meaning' } });
    await drafter.client.call(review.accept, { params: { id: documentId, threadId: accepted.id }, body: {} });
    await drafter.client.call(review.resolve, { params: { id: documentId, threadId: comment.id } });

    await expert.client.call(notifications.saveSettings, { body: { emailDigest: 'daily' } });
    expect((await expert.client.call(notifications.list, {})).notifications).toMatchObject([
      { kind: 'resolved', actorName: 'Dario Drafter', threadId: comment.id, excerpt: 'Migrants' },
      { kind: 'accepted', actorName: 'Dario Drafter', threadId: accepted.id, excerpt: 'essential' },
      { kind: 'rejected', actorName: 'Dario Drafter', threadId: rejected.id, excerpt: 'Changes the meaning' },
    ]);
    const sent: Array<{ to: string; text: string }> = [];
    await createNotificationService({ ...server.services, mailer: { send: async (message) => void sent.push(message) } }).sendDigests();
    const digest = sent.find((message) => message.to === expert.user.email)?.text ?? '';
    expect(digest).toContain('- Dario Drafter rejected your suggestion: Changes the meaning');
    expect(digest).toContain('- Dario Drafter accepted your suggestion: essential');
    expect(digest).toContain('- Dario Drafter resolved your thread: Migrants');
  });
});

describe('who wrote this', () => {
  it('attributes a paragraph’s characters to the members whose updates carried them', async () => {
    const { workspaceId, documentId } = await reviewedDocument();
    const drafter = await addMember(server, workspaceId, 'drafter', 'Dario Drafter');
    const expert = await addMember(server, workspaceId, 'expert', 'Elena Expert');
    const editor = connectClient(server.url, documentId, drafter.client.cookie);
    clients.push(editor);
    await waitSynced(editor);
    const text = (editor.doc.getXmlFragment(DOC_CONTENT_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert(SENTENCE.length, ' and to justice');
    await waitFor(async () => (await paragraphText(documentId)).endsWith('justice'), 'the edit to reach the server');

    const suggestion = await expert.client.call(review.suggest, {
      params: { id: documentId },
      body: { anchor: await anchorOn(documentId, 'basic'), quote: 'basic', text: 'public' },
    });
    await drafter.client.call(review.accept, { params: { id: documentId, threadId: suggestion.id }, body: {} });
    const whole = await server.services.collab.read(documentId, (doc) => {
      const t = (doc.getXmlFragment(DOC_CONTENT_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText;
      return anchorInText(t, 0, t.length);
    });
    const { authors } = await drafter.client.call(review.authorship, { params: { id: documentId }, query: whole });
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
    const expert = await addMember(server, workspaceId, 'expert', 'Elena Expert');
    await expert.client.call(notifications.saveSettings, { body: { emailDigest: 'daily' } });
    await facilitator.call(review.createThread, {
      params: { id: documentId },
      body: { kind: 'comment', anchor: await anchorOn(documentId, 'basic'), quote: 'basic', body: '@Elena Expert your view?' },
    });
    // The test server sends no mail: the same inbox, with a mailer that keeps what it is given.
    const sent: Array<{ to: string; text: string }> = [];
    const digests = createNotificationService({ ...server.services, mailer: { send: async (message) => void sent.push(message) } });
    expect(await digests.sendDigests()).toBe(1);
    expect(sent).toEqual([expect.objectContaining({ to: expert.user.email, text: expect.stringContaining('Fatou Facilitator mentioned you: @Elena Expert your view?') })]);
    expect(await digests.sendDigests()).toBe(0);
  });
});
