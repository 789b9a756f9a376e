import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { validationEndpoints as validation } from '../../shared/api/validation.ts';
import { versionsEndpoints as versions } from '../../shared/api/versions.ts';
import type { PmNode, VersionSummary } from '../../shared/schemas/versions.ts';
import type { CadreServer } from '../server.ts';
import { confirmDurable, connectClient, waitSynced, type SyncClient } from '../testing/sync-clients.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';
import { contentKey, docToJson } from '../versions/doc-content.ts';
import { replaceDocContent } from '../versions/doc-replace.ts';
import { doc, heading, paragraph } from '../versions/fixtures.ts';

let server: CadreServer;
const clients: SyncClient[] = [];
beforeAll(async () => {
  server = await startTestServer({ checkpointIdleMs: 100 });
});
afterAll(async () => {
  for (const client of clients) client.provider.destroy();
  await server.close();
});

let nonce = 0;
/** Writes `content` through a stock client and waits until the server has stored it. */
async function write(client: SyncClient, content: PmNode): Promise<void> {
  client.doc.transact(() => replaceDocContent(client.doc as Y.Doc, content));
  await confirmDurable(client, ++nonce);
}

async function open(documentId: string, cookie: string): Promise<SyncClient> {
  const client = connectClient(server.url, documentId, cookie);
  clients.push(client);
  await waitSynced(client);
  return client;
}

/** Polls the stored versions of a document until one is an automatic checkpoint. */
async function waitForCheckpoint(documentId: string): Promise<VersionSummary> {
  let checkpoint: VersionSummary | undefined;
  await waitFor(async () => (checkpoint = (await server.services.versions.list(documentId)).find((v) => v.kind === 'checkpoint')) !== undefined, 'a checkpoint');
  return checkpoint as VersionSummary;
}

const first = doc(heading(1, 'Objectives'), paragraph('The ministry will publish the plan in March.'), paragraph('Unchanged closing words.'));
const second = doc(heading(1, 'Objectives'), paragraph('The ministry will adopt the plan in June.'), paragraph('Unchanged closing words.'));

describe('versions', () => {
  it('names versions, opens them read-only and compares them word by word', async () => {
    const { facilitator, documentId } = await seedWorkspace(server.url);
    const client = await open(documentId, facilitator.cookie);
    await write(client, first);
    const v1 = await facilitator.call(versions.create, { params: { id: documentId }, body: { name: 'Before the workshop' } });
    await write(client, second);
    const v2 = await facilitator.call(versions.create, { params: { id: documentId }, body: { name: 'After the workshop' } });

    const list = await facilitator.call(versions.list, { params: { id: documentId } });
    const named = list.versions.filter((v) => v.kind === 'named');
    expect(named.map((v) => v.name)).toEqual(['After the workshop', 'Before the workshop']);
    expect(named[0]?.authorName).toBe('Fatou Facilitator');

    const opened = await facilitator.call(versions.get, { params: { id: documentId, versionId: v1.id } });
    expect(contentKey(opened.content)).toBe(contentKey(first));

    const diff = await facilitator.call(versions.compare, { params: { id: documentId }, query: { from: v1.id, to: v2.id } });
    const words = (op: 'insert' | 'delete') => diff.blocks.flatMap((b) => b.parts.filter((p) => p.op === op).map((p) => p.text.trim())).filter(Boolean);
    expect(words('insert')).toEqual(['adopt', 'June']);
    expect(words('delete')).toEqual(['publish', 'March']);
    expect(diff.blocks.map((b) => b.status)).toEqual(['equal', 'changed', 'equal']);
    expect([diff.insertedWords, diff.deletedWords]).toEqual([2, 2]);

    expect((await facilitator.request('POST', `/api/documents/${documentId}/versions`, { name: '  ' })).status).toBe(400);
    expect((await facilitator.request('GET', `/api/documents/${documentId}/versions/nope1234`)).status).toBe(404);
  });

  it('restores an old version as a new change that every connected client receives', async () => {
    const { facilitator, workspaceId, documentId } = await seedWorkspace(server.url);
    const drafter = await addMember(server, workspaceId, 'drafter');
    const observer = await addMember(server, workspaceId, 'observer');
    const a = await open(documentId, facilitator.cookie);
    const b = await open(documentId, drafter.client.cookie);
    const c = await open(documentId, observer.client.cookie);
    await write(a, first);
    const v1 = await facilitator.call(versions.create, { params: { id: documentId }, body: { name: 'First' } });
    await write(b, second);
    await waitFor(() => contentKey(docToJson(c.doc)) === contentKey(second), 'observer to see the edit');

    expect((await observer.client.request('POST', `/api/documents/${documentId}/versions/${v1.id}/restore`)).status).toBe(403);
    const restored = await drafter.client.call(versions.restore, { params: { id: documentId, versionId: v1.id } });
    expect(restored.kind).toBe('restore');
    for (const client of [a, b, c]) {
      await waitFor(() => contentKey(docToJson(client.doc)) === contentKey(first), 'every client to converge on the restored text');
    }
    // History is kept: the version that was replaced is still there to compare with.
    const diff = await facilitator.call(versions.compare, { params: { id: documentId }, query: { from: v1.id, to: 'current' } });
    expect(diff.insertedWords + diff.deletedWords).toBe(0);
  });

  it('takes an automatic checkpoint once editing pauses', async () => {
    const { facilitator, documentId } = await seedWorkspace(server.url);
    const client = await open(documentId, facilitator.cookie);
    await write(client, first);
    const checkpoint = await waitForCheckpoint(documentId);
    expect(checkpoint.authorName).toBe('Fatou Facilitator');
  });
});

describe('validation ladder', () => {
  it('signs in order, freezes versions, and flags re-validation after an edit', async () => {
    const { facilitator, workspaceId, documentId } = await seedWorkspace(server.url);
    const chair = (await addMember(server, workspaceId, 'chair', 'Chair Person')).client;
    const client = await open(documentId, facilitator.cookie);
    await write(client, first);

    const ladder = await facilitator.call(validation.ladder, { params: { id: documentId } });
    expect(ladder.steps.map((s) => s.name)).toEqual(['Core group', 'Validation workshop', 'Steering committee', 'Technical adoption', 'Political adoption']);
    expect(ladder.steps.some((s) => s.canSign)).toBe(false);
    const [core, workshop, committee] = ladder.steps;
    if (!core || !workshop || !committee) throw new Error('default ladder missing');

    const path = (stepId: string) => `/api/documents/${documentId}/validation/${stepId}/sign`;
    expect((await facilitator.request('POST', path(core.id), { note: 'x' })).status).toBe(403);
    expect((await chair.request('POST', path(committee.id), {})).status).toBe(409);
    const sign = (stepId: string, note: string) => chair.call(validation.sign, { params: { id: documentId, stepId }, body: { note } });
    const signed = await sign(core.id, 'Core group meeting of 3 March');
    expect(signed.steps[0]).toMatchObject({ status: 'signed', signature: { note: 'Core group meeting of 3 March', signedByName: 'Chair Person' } });
    expect(signed.currentIndex).toBe(1);
    await sign(workshop.id, 'Workshop minutes');

    const frozen = (await chair.call(versions.list, { params: { id: documentId } })).versions.filter((v) => v.kind === 'validation');
    expect(frozen.map((v) => v.signedSteps)).toEqual([['Validation workshop'], ['Core group']]);

    const seen: string[] = [];
    const stop = server.services.events.subscribe(workspaceId, { userId: 'test', send: (e) => seen.push(`${e.resource}:${e.action}`), close: () => {} });
    await write(client, second);
    // Viewers of the ladder are told once the edit settles, so re-validation shows without a reload.
    await waitFor(() => seen.includes('validation:changed'), 'a validation change event');
    stop();
    const after = await chair.call(validation.ladder, { params: { id: documentId } });
    expect(after.steps.slice(0, 3).map((s) => s.status)).toEqual(['needsRevalidation', 'needsRevalidation', 'pending']);
    expect(after.currentIndex).toBe(0);
    expect(after.steps[0]?.canSign).toBe(true);
    const signedVersion = after.steps[0]?.signature?.versionId ?? '';
    const since = await chair.call(versions.compare, { params: { id: documentId }, query: { from: signedVersion, to: 'current' } });
    expect(since.insertedWords).toBe(2);

    const resigned = await sign(core.id, 'Re-validated');
    expect(resigned.steps.slice(0, 2).map((s) => s.status)).toEqual(['signed', 'needsRevalidation']);

    const overview = await facilitator.call(validation.workspace, { params: { id: workspaceId } });
    expect(overview.documents[0]?.ladder.currentIndex).toBe(1);
  });

  it('lets facilitators reconfigure the ladder with steps a role can sign', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const body = { steps: [{ name: 'Technical committee' }, { name: 'Council of ministers', signerRole: 'chair' as const }] };
    const saved = await facilitator.call(validation.replaceSteps, { params: { id: workspaceId }, body });
    expect(saved.steps.map((s) => s.name)).toEqual(['Technical committee', 'Council of ministers']);
    const bad = await facilitator.request('PUT', `/api/workspaces/${workspaceId}/validation/steps`, { steps: [{ name: 'X', signerRole: 'drafter' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.fields?.['steps.0.signerRole']).toEqual([{ code: 'roleNotAllowed', message: 'this role may not sign validation steps' }]);
    const drafter = (await addMember(server, workspaceId, 'drafter')).client;
    expect((await drafter.request('PUT', `/api/workspaces/${workspaceId}/validation/steps`, body)).status).toBe(403);
  });
});
