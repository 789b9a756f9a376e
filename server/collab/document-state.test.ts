import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createClientOwnerRepository } from '../db/client-owner-repository.ts';
import type { Database } from '../db/database.ts';
import { newId } from '../db/document-repository.ts';
import { createEventBus } from '../events/bus.ts';
import { captureLogger } from '../testing/log-capture.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { createDocumentRegistry } from './document-registry.ts';
import { DocumentTooLarge } from './room.ts';
import { createUpdateStore } from './update-store.ts';

const QUOTA_BYTES = 64 * 1024;
let database: Database | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

/** A registry over a fresh database holding one document, and that document's log. */
async function withDocument() {
  database = await openTestDatabase();
  const documentId = newId();
  await database.db.insertInto('documents').values({ id: documentId, title: 'D', created_at: 'now', updated_at: 'now' }).execute();
  const store = createUpdateStore(database);
  const logger = captureLogger();
  const registry = createDocumentRegistry({
    store,
    logger,
    bus: createEventBus(logger),
    clientOwners: createClientOwnerRepository(database.db),
    maxDocumentBytes: QUOTA_BYTES,
  });
  return { documentId, store, logger, registry };
}

/** The updates that type `text` one letter at a time, as a log holds them. */
function typing(text: string): Uint8Array[] {
  const doc = new Y.Doc();
  return [...text].map((letter) => {
    const before = Y.encodeStateVector(doc);
    doc.getText('t').insert(doc.getText('t').length, letter);
    return Y.encodeStateAsUpdate(doc, before);
  });
}

const textOf = (update: Uint8Array): string => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
};

describe('a document’s state for a browser opening it', () => {
  it('is the stored log, merged, without loading the document', async () => {
    const { documentId, store, registry } = await withDocument();
    await store.append(documentId, typing('abc'));
    expect(textOf(await registry.state(documentId))).toBe('abc');
    expect(registry.isLoaded(documentId)).toBe(false);
  });

  it('is the loaded document’s own when someone has it open', async () => {
    const { documentId, store, registry } = await withDocument();
    await store.append(documentId, typing('abc'));
    const room = await registry.acquire(documentId);
    // Changed in memory only: what the loaded document holds is what is answered.
    Y.transact(room.doc, () => room.doc.getText('t').insert(0, '>'), 'test');
    expect(textOf(await registry.state(documentId))).toBe('>abc');
    registry.release(room);
    await registry.close();
  });

  it('skips a damaged row as loading does, and says so', async () => {
    const { documentId, store, logger, registry } = await withDocument();
    const [a, b] = typing('ab');
    await store.append(documentId, [a as Uint8Array, new Uint8Array([1, 2, 3]), b as Uint8Array]);
    expect(textOf(await registry.state(documentId))).toBe('ab');
    expect(logger.events.map((line) => line.event)).toContain('collab.load.corrupt-update');
    await registry.close();
  });

  it('is refused for a document stored past its quota, which is not loaded either', async () => {
    const { documentId, store, registry } = await withDocument();
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x'.repeat(QUOTA_BYTES * 2));
    await store.append(documentId, [Y.encodeStateAsUpdate(doc)]);
    await expect(registry.state(documentId)).rejects.toBeInstanceOf(DocumentTooLarge);
    expect(registry.isLoaded(documentId)).toBe(false);
  });
});
