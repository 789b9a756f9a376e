import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorInText, replaceAnchored, resolveAnchor } from './anchors.ts';

const FIELD = 'content';
type CharId = string;

/** The ids of the live characters of a Y.XmlText, in document order. */
function charIds(text: Y.XmlText): CharId[] {
  const ids: CharId[] = [];
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable || !(item.content instanceof Y.ContentString)) continue;
    for (let k = 0; k < item.length; k++) ids.push(`${item.id.client}:${item.id.clock + k}`);
  }
  return ids;
}

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

const textsOf = (doc: Y.Doc): Y.XmlText[] =>
  doc
    .getXmlFragment(FIELD)
    .toArray()
    .flatMap((block) => (block instanceof Y.XmlElement ? block.toArray().filter((c) => c instanceof Y.XmlText) : []));

/** Peers that exchange updates only when told to, so edits are truly concurrent. */
function network(count: number, random: prng.PRNG) {
  const docs = Array.from({ length: count }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = 1000 + i;
    return doc;
  });
  const inbox = docs.map(() => [] as Uint8Array[]);
  docs.forEach((doc, i) =>
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      inbox.forEach((queue, j) => j !== i && queue.push(update));
    }),
  );
  const deliver = (j: number) => {
    const queue = inbox[j] as Uint8Array[];
    const doc = docs[j] as Y.Doc;
    // Deliver in a random order: Yjs must cope with updates arriving out of order.
    while (queue.length > 0) Y.applyUpdate(doc, queue.splice(prng.uint32(random, 0, queue.length - 1), 1)[0] as Uint8Array, 'remote');
  };
  return { docs, deliver, deliverAll: () => docs.forEach((_, j) => deliver(j)) };
}

function randomEdit(doc: Y.Doc, random: prng.PRNG): void {
  const fragment = doc.getXmlFragment(FIELD);
  const texts = textsOf(doc);
  const roll = prng.uint32(random, 0, 99);
  if (roll < 5 && fragment.length > 1) {
    fragment.delete(prng.uint32(random, 0, fragment.length - 1), 1);
  } else if (roll < 12) {
    fragment.insert(prng.uint32(random, 0, fragment.length), [paragraph(prng.word(random, 1, 12))]);
  } else if (texts.length > 0) {
    const text = prng.oneOf(random, texts);
    if (roll < 45 && text.length > 0) {
      const at = prng.uint32(random, 0, text.length - 1);
      text.delete(at, Math.min(prng.uint32(random, 1, 4), text.length - at));
    } else {
      text.insert(prng.uint32(random, 0, text.length), prng.word(random, 1, 5));
    }
  }
}

describe('review anchors', () => {
  it('keep pointing at the same characters, or become detached, after concurrent edits converge', () => {
    let detachedSeen = 0;
    let survivedSeen = 0;
    for (let seed = 1; seed <= 80; seed++) {
      const random = prng.create(seed);
      const net = network(3, random);
      const origin = net.docs[0] as Y.Doc;
      origin
        .getXmlFragment(FIELD)
        .insert(0, [paragraph('Objectives of the national migration policy'), paragraph('Guiding principles and partnership'), paragraph('Data and research')]);
      net.deliverAll();

      // Threads anchored on random ranges by random peers, as comments are made concurrently.
      const anchors = Array.from({ length: 4 }, () => {
        const peer = prng.oneOf(random, net.docs);
        const text = prng.oneOf(random, textsOf(peer));
        const from = prng.uint32(random, 0, text.length - 2);
        const to = prng.uint32(random, from + 1, Math.min(text.length, from + 12));
        const ids = charIds(text).slice(from, to);
        return { peer, anchor: anchorInText(text, from, to), quote: plain(text).slice(from, to), ids };
      });

      for (let step = 0; step < 120; step++) {
        if (prng.uint32(random, 0, 9) === 0) net.deliver(prng.uint32(random, 0, 2));
        else randomEdit(prng.oneOf(random, net.docs), random);
      }
      net.deliverAll();
      const [a, b, c] = net.docs as [Y.Doc, Y.Doc, Y.Doc];
      expect(b.getXmlFragment(FIELD).toString()).toBe(a.getXmlFragment(FIELD).toString());
      expect(c.getXmlFragment(FIELD).toString()).toBe(a.getXmlFragment(FIELD).toString());

      for (const { anchor, ids, quote } of anchors) {
        const results = net.docs.map((doc) => resolveAnchor(doc, doc.getXmlFragment(FIELD), anchor));
        // Every peer (and so the server) sees the same thread state.
        const views = results.map((r) => [r.detached, r.text, r.section]);
        expect(views[1]).toEqual(views[0]);
        expect(views[2]).toEqual(views[0]);
        const resolved = results[0] as ReturnType<typeof resolveAnchor>;
        const live = new Set(textsOf(a).flatMap(charIds));
        const surviving = ids.filter((id) => live.has(id));
        if (surviving.length > 0) expect(resolved.detached, `seed ${seed}: ${quote}`).toBe(false);
        if (resolved.detached) {
          detachedSeen++;
          expect(surviving).toEqual([]);
          continue;
        }
        survivedSeen++;
        const inText = resolved.inText;
        if (!inText) throw new Error(`seed ${seed}: a single-paragraph anchor left its paragraph`);
        const inRange = charIds(inText.text).slice(inText.from, inText.to);
        // The original characters still alive are exactly the original ones inside the range.
        expect(inRange.filter((id) => ids.includes(id)), `seed ${seed}`).toEqual(surviving);
        expect(resolved.text).toBe(plain(inText.text).slice(inText.from, inText.to));
      }
    }
    // The seeds exercise both outcomes.
    expect(detachedSeen).toBeGreaterThan(0);
    expect(survivedSeen).toBeGreaterThan(0);
  });

  it('replaces exactly the anchored text, keeps its marks, and refuses text that changed', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(FIELD);
    fragment.insert(0, [paragraph('Protect the rights of all migrants')]);
    const text = textsOf(doc)[0] as Y.XmlText;
    text.format(12, 6, { bold: {} });
    const anchor = anchorInText(text, 12, 18);
    expect(resolveAnchor(doc, fragment, anchor).text).toBe('rights');

    expect(replaceAnchored(doc, fragment, anchor, 'rights', 'human rights')).toEqual({ ok: true });
    expect(plain(text)).toBe('Protect the human rights of all migrants');
    expect(text.toDelta()).toContainEqual({ insert: 'human rights', attributes: { bold: {} } });

    const stale = anchorInText(text, 0, 7);
    text.insert(3, 'X');
    expect(replaceAnchored(doc, fragment, stale, 'Protect', 'Guard')).toEqual({ ok: false, reason: 'changed' });
    expect(plain(text)).toBe('ProXtect the human rights of all migrants');

    const insertion = anchorInText(text, 0, 0);
    expect(replaceAnchored(doc, fragment, insertion, '', 'We ')).toEqual({ ok: true });
    expect(plain(text).startsWith('We ProXtect')).toBe(true);
  });
});

function plain(text: Y.XmlText): string {
  return (text.toDelta() as Array<{ insert: unknown }>).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}
