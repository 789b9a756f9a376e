import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from '../db/database.ts';
import { newId } from '../db/document-repository.ts';
import { openTestDatabase, testDatabaseUrl } from '../testing/test-database.ts';
import { createUpdateStore, DocumentGone } from './update-store.ts';

async function withDocument() {
  const database = await openTestDatabase();
  const documentId = newId();
  await database.db.insertInto('documents').values({ id: documentId, title: 'D', created_at: 'now', updated_at: 'now' }).execute();
  return { database, documentId, store: createUpdateStore(database) };
}

/** A Yjs update inserting `text` at the start of a fresh doc's text. */
function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('update store (the engine under test)', () => {
  it('numbers each document’s updates 1, 2, 3… across commits, and reads them back from any point', async () => {
    const { database, documentId, store } = await withDocument();
    expect(await store.append(documentId, [textUpdate('a'), textUpdate('b')])).toEqual({ first: 1, last: 2 });
    expect(await store.append(documentId, [textUpdate('c')])).toEqual({ first: 3, last: 3 });
    expect((await store.load(documentId)).map((row) => row.seq)).toEqual([1, 2, 3]);
    expect((await store.loadSince(documentId, 2)).map((row) => row.seq)).toEqual([3]);
    expect(await store.heads([documentId])).toEqual(new Map([[documentId, 3]]));
    await database.close();
  });

  it('compacts the head of the log into one snapshot that keeps its seq, and later updates follow it', async () => {
    const { database, documentId, store } = await withDocument();
    const doc = new Y.Doc();
    for (const letter of 'abc') {
      const before = Y.encodeStateVector(doc);
      doc.getText('t').insert(doc.getText('t').length, letter);
      await store.append(documentId, [Y.encodeStateAsUpdate(doc, before)]);
    }
    expect(await store.compact(documentId, 3, Y.encodeStateAsUpdate(doc))).toBe(true);
    expect(await store.append(documentId, [textUpdate('z')])).toEqual({ first: 4, last: 4 });
    const rows = await store.load(documentId);
    expect(rows.map((row) => row.seq)).toEqual([3, 4]);
    const reloaded = new Y.Doc();
    for (const row of rows) Y.applyUpdate(reloaded, row.data);
    expect(reloaded.getText('t').toString()).toContain('abc');
    await database.close();
  });

  it('keeps one document’s stored updates away from another’s', async () => {
    const { database, documentId, store } = await withDocument();
    const other = newId();
    await database.db.insertInto('documents').values({ id: other, title: 'E', created_at: 'now', updated_at: 'now' }).execute();
    await store.append(documentId, [textUpdate('a')]);
    expect(await store.append(other, [textUpdate('b')])).toEqual({ first: 1, last: 1 });
    expect(await store.count(documentId)).toBe(1);
    await database.close();
  });

  it('commits the appends of several documents requested together, and refuses only the one whose document is gone', async () => {
    const { database, documentId, store } = await withDocument();
    const [second, gone] = [newId(), newId()];
    await database.db.insertInto('documents').values({ id: second, title: 'E', created_at: 'now', updated_at: 'now' }).execute();
    const appends = [store.append(documentId, [textUpdate('a')]), store.append(gone, [textUpdate('x')]), store.append(second, [textUpdate('b'), textUpdate('c')])];
    const [first, missing, third] = await Promise.allSettled(appends);
    expect(first).toEqual({ status: 'fulfilled', value: { first: 1, last: 1 } });
    expect(missing?.status === 'rejected' && missing.reason).toBeInstanceOf(DocumentGone);
    expect(third).toEqual({ status: 'fulfilled', value: { first: 1, last: 2 } });
    expect([await store.count(documentId), await store.count(second), await store.count(gone)]).toEqual([1, 2, 0]);
    await database.close();
  });

  it.runIf(testDatabaseUrl)('numbers without gaps or duplicates when two instances append to one document at once', async () => {
    const { database, documentId, store } = await withDocument();
    if (database.engine !== 'postgres') throw new Error('expected PostgreSQL');
    // A second instance: its own pool on the same schema.
    const searchPath = (await database.pool.query<{ search_path: string }>('SHOW search_path')).rows[0]?.search_path ?? '';
    const second = await openDatabase({ url: testDatabaseUrl, dataDir: ':memory:', synchronous: 'normal', poolSize: 4, schema: searchPath });
    const otherStore = createUpdateStore(second);
    const appends = Array.from({ length: 40 }, (_, index) => (index % 2 === 0 ? store : otherStore).append(documentId, [textUpdate(`${index}`), textUpdate('x')]));
    const ranges = await Promise.all(appends);
    const seqs = ranges.flatMap((range) => [range.first, range.last]).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 80 }, (_, index) => index + 1));
    expect((await store.load(documentId)).map((row) => row.seq)).toEqual(seqs);
    await Promise.all([database.close(), second.close()]);
  });
});
