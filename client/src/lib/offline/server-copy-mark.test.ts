import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ServerCopyMark, unsentOnReopening, type MarkStore } from './server-copy-mark.ts';

function docWith(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  return doc;
}

/** The copy reopened from IndexedDB: a new document holding what `doc` held. */
function reopened(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function memoryStore(): MarkStore {
  const values = new Map<string, unknown>();
  return {
    get: async (key) => values.get(key),
    set: async (key, value) => void values.set(key, value),
  };
}

describe('unsentOnReopening', () => {
  it('counts nothing when the copy is what the server had', () => {
    const doc = docWith('Field notes');
    expect(unsentOnReopening(Y.snapshot(reopened(doc)), Y.snapshot(doc), 0)).toBe(0);
  });

  it('counts nothing for a first visit: an empty copy without a mark', () => {
    expect(unsentOnReopening(Y.snapshot(new Y.Doc()), null, 0)).toBe(0);
  });

  it('counts the changes kept when text was typed after the mark', () => {
    const doc = docWith('Field notes');
    const mark = Y.snapshot(doc);
    doc.getText('body').insert(11, ' typed offline');
    expect(unsentOnReopening(Y.snapshot(reopened(doc)), mark, 14)).toBe(14);
  });

  it('counts a deletion, which adds nothing to the state vector', () => {
    const doc = docWith('Field notes');
    const mark = Y.snapshot(doc);
    doc.getText('body').delete(0, 6);
    expect(unsentOnReopening(Y.snapshot(reopened(doc)), mark, 0)).toBe(1);
  });

  it('counts nothing when the server had more than the copy', () => {
    const doc = docWith('Field notes');
    const copy = reopened(doc);
    doc.getText('body').delete(0, 6);
    doc.getText('body').insert(0, 'Road ');
    expect(unsentOnReopening(Y.snapshot(copy), Y.snapshot(doc), 0)).toBe(0);
  });

  it('counts a copy that has no mark yet (kept by an earlier version of Cadre)', () => {
    expect(unsentOnReopening(Y.snapshot(docWith('Old copy')), null, 0)).toBe(1);
  });
});

describe('ServerCopyMark', () => {
  it('reads back the mark it wrote and the count of unsent changes', async () => {
    const store = memoryStore();
    const doc = docWith('Field notes');
    let acknowledged = true;
    const mark = new ServerCopyMark(store, doc, () => acknowledged);
    mark.onServer();
    mark.flush();
    await expect.poll(() => new ServerCopyMark(store, reopened(doc), () => true).unsentOnReopening()).toBe(0);

    acknowledged = false;
    doc.getText('body').insert(0, 'New ');
    mark.unsent(4);
    // Not written: a change was made since the server last had everything.
    mark.onServer();
    mark.flush();
    await expect.poll(() => new ServerCopyMark(store, reopened(doc), () => true).unsentOnReopening()).toBe(4);
  });
});
