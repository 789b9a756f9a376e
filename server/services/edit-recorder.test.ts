import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivityRepository } from '../db/activity-repository.ts';
import { createDocumentRepository } from '../db/document-repository.ts';
import type { CadreServer } from '../server.ts';
import { addMember, seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { createEditRecorder } from './edit-recorder.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const MINUTE = 60_000;

describe('edit recorder (the activity record of who typed)', () => {
  it('counts every update of a working session in one row, written at least every ten seconds, and opens a new row after a pause', async () => {
    const { workspaceId, documentId } = await seedWorkspace(server.url);
    const { user } = await addMember(server, workspaceId, 'drafter', 'Dina Drafter');
    const activity = createActivityRepository(server.database.db);
    let clock = Date.parse('2026-12-02T09:00:00Z');
    const recorder = createEditRecorder(createDocumentRepository(server.database.db), activity, () => clock);
    const rows = async () =>
      (await activity.list(workspaceId, { actor: user.id, limit: 10 })).map((entry) => ({ count: entry.count, lastAt: entry.lastAt }));

    await recorder.onUpdate(documentId, user.id, 1);
    clock += 1000;
    await recorder.onUpdate(documentId, user.id, 3); // one commit holding three keystrokes
    expect(await rows()).toEqual([{ count: 1, lastAt: '2026-12-02T09:00:00.000Z' }]);
    clock += 10_000;
    await recorder.onUpdate(documentId, user.id, 2); // ten seconds since the last write: written now
    expect(await rows()).toEqual([{ count: 6, lastAt: '2026-12-02T09:00:11.000Z' }]);

    clock += 31 * MINUTE;
    await recorder.onUpdate(documentId, user.id, 2);
    await recorder.flushAll();
    expect(await rows()).toEqual([
      { count: 2, lastAt: '2026-12-02T09:31:11.000Z' },
      { count: 6, lastAt: '2026-12-02T09:00:11.000Z' },
    ]);
  });
});
