import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyWholeDocument } from './whole-document.ts';

/** A document as the server would send it: paragraphs of text, some deleted. */
function serverDocument(): Uint8Array {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('default');
  for (let i = 0; i < 20; i++) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(`Paragraph ${i} of the policy.`)]);
    fragment.insert(fragment.length, [paragraph]);
  }
  fragment.delete(3, 2);
  return Y.encodeStateAsUpdate(doc);
}

const textOf = (doc: Y.Doc): string => doc.getXmlFragment('default').toString();

/** A document whose 'update' listeners write down what they are given. */
function listenedDocument() {
  const doc = new Y.Doc();
  const heard: Array<{ update: Uint8Array; origin: unknown }> = [];
  doc.on('update', (update, origin) => heard.push({ update, origin }));
  return { doc, heard };
}

describe('applying a whole document received from the server', () => {
  it('gives the listeners of an empty document what was received, which rebuilds the same document', () => {
    const received = serverDocument();
    const { doc, heard } = listenedDocument();
    applyWholeDocument(doc, received, 'server');
    expect(heard).toEqual([{ update: received, origin: 'server' }]);
    const rebuilt = new Y.Doc();
    Y.applyUpdate(rebuilt, heard[0]?.update ?? new Uint8Array());
    expect(textOf(rebuilt)).toBe(textOf(doc));
    expect(Y.encodeStateVector(rebuilt)).toEqual(Y.encodeStateVector(doc));
    // Listeners stay: the next change is heard as usual.
    doc.getXmlFragment('default').delete(0, 1);
    expect(heard).toHaveLength(2);
  });

  it('applies to a document that already has content as Yjs does: listeners hear what Yjs encodes', () => {
    const received = serverDocument();
    const { doc, heard } = listenedDocument();
    doc.getText('t').insert(0, 'typed offline');
    applyWholeDocument(doc, received, 'server');
    expect(heard).toHaveLength(2);
    expect(heard[1]?.update).not.toBe(received);
    const rebuilt = new Y.Doc();
    Y.applyUpdate(rebuilt, heard[1]?.update ?? new Uint8Array());
    expect(textOf(rebuilt)).toBe(textOf(doc));
    expect(rebuilt.getText('t').toString()).toBe('');
  });

  it('throws for bytes that are not an update, telling no one, and keeps the listeners', () => {
    const { doc, heard } = listenedDocument();
    expect(() => applyWholeDocument(doc, new Uint8Array([7, 7, 7]), 'server')).toThrow();
    expect(heard).toEqual([]);
    doc.getText('t').insert(0, 'typed');
    expect(heard).toHaveLength(1);
  });
});
