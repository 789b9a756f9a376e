import fc from 'fast-check';
import { EditorState, Plugin } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition, findAbsolutePositionAfterStructuralChange, relativePositionToAbsolutePosition,
  yXmlFragmentToProseMirrorRootNode,
} from '@tiptap/y-tiptap';
import { Selection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindingMapping, createPeer, destroyPeer, schema, setContent, type BindingMapping, type Peer } from './headless-peer.ts';
import { applyEdit, documentArb, editArb, type Edit } from './random-edits.ts';

/**
 * The patched binding (patches/@tiptap+y-tiptap+*.patch) finds the top-level block through the
 * document the mapping was last written from; without that entry it walks every block from the
 * start as y-tiptap 3.0.9 does. Both must give the same answers wherever the caret is.
 */
function walkOnlyMapping(peer: Peer): BindingMapping {
  const mapping = new Map(bindingMapping(peer));
  mapping.delete(peer.fragment);
  return mapping;
}

function expectSamePositions(peer: Peer): void {
  const mapping = bindingMapping(peer);
  const walk = walkOnlyMapping(peer);
  for (let pos = 0; pos <= peer.view.state.doc.content.size; pos++) {
    const fast = absolutePositionToRelativePosition(pos, peer.fragment, mapping);
    const original = absolutePositionToRelativePosition(pos, peer.fragment, walk);
    expect(Y.relativePositionToJSON(fast), `relative position of ${pos}`).toEqual(Y.relativePositionToJSON(original));
    expect(relativePositionToAbsolutePosition(peer.doc, peer.fragment, fast, mapping), `absolute position back from ${pos}`)
      .toBe(relativePositionToAbsolutePosition(peer.doc, peer.fragment, fast, walk));
  }
}

interface Link {
  /** Updates from each peer not yet delivered to the other, as on a slow connection. */
  toB: Uint8Array[];
  toA: Uint8Array[];
  deliver: () => void;
}

function link(a: Peer, b: Peer): Link {
  const queues: Link = {
    toB: [], toA: [],
    deliver: () => {
      for (const update of queues.toB.splice(0)) Y.applyUpdate(b.doc, update, 'remote');
      for (const update of queues.toA.splice(0)) Y.applyUpdate(a.doc, update, 'remote');
    },
  };
  a.doc.on('update', (update: Uint8Array, origin: unknown) => { if (origin !== 'remote') queues.toB.push(update); });
  b.doc.on('update', (update: Uint8Array, origin: unknown) => { if (origin !== 'remote') queues.toA.push(update); });
  return queues;
}

/**
 * The caret goes back to the start after each edit: y-tiptap 3.0.9 throws a RangeError while
 * restoring a caret that a concurrent deletion moved past the end of the document (patched or
 * not), which is not what these properties are about.
 */
function edit(peer: Peer, change: Edit): void {
  const tr = applyEdit(peer.view.state.tr, change);
  if (tr?.docChanged) peer.view.dispatch(tr.setSelection(Selection.atStart(tr.doc)));
}

const peers: Peer[] = [];
afterEach(() => { for (const peer of peers.splice(0)) destroyPeer(peer); });

function twoPeers(): [Peer, Peer, Link] {
  const a = createPeer();
  const b = createPeer();
  peers.push(a, b);
  return [a, b, link(a, b)];
}

/** Two linked peers that both hold a document of one paragraph per text. */
function peersSharing(...texts: string[]): [Peer, Peer, Link] {
  const [a, b, net] = twoPeers();
  setContent(a, schema.nodeFromJSON({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }));
  net.deliver();
  return [a, b, net];
}

const step = fc.record({ peer: fc.constantFrom('a' as const, 'b' as const), edit: editArb, deliver: fc.boolean() });

describe('y-tiptap binding, patched for large documents', () => {
  it('gives the same relative and absolute positions as the full walk, after local and remote edits', () => {
    fc.assert(fc.property(documentArb, fc.array(step, { maxLength: 12 }), (content, steps) => {
      const [a, b, net] = twoPeers();
      setContent(a, content);
      net.deliver();
      for (const s of steps) {
        edit(s.peer === 'a' ? a : b, s.edit);
        if (s.deliver) net.deliver();
        expectSamePositions(a);
        expectSamePositions(b);
      }
      for (const peer of peers.splice(0)) destroyPeer(peer);
    }), { numRuns: 30 });
  });

  it('builds, from remote changes, the same document as a fresh conversion of the Yjs state', () => {
    fc.assert(fc.property(documentArb, fc.array(step, { maxLength: 16 }), (content, steps) => {
      const [a, b, net] = twoPeers();
      setContent(a, content);
      for (const s of steps) {
        edit(s.peer === 'a' ? a : b, s.edit);
        if (s.deliver) net.deliver();
        // A peer that has received nothing shows the schema's empty document, not the fragment's.
        for (const peer of [a, b].filter((p) => p.fragment.length > 0)) {
          expect(peer.view.state.doc.toJSON()).toEqual(yXmlFragmentToProseMirrorRootNode(peer.fragment, schema).toJSON());
        }
      }
      net.deliver();
      expect(b.view.state.doc.toJSON()).toEqual(a.view.state.doc.toJSON());
      for (const peer of peers.splice(0)) destroyPeer(peer);
    }), { numRuns: 80 });
  });

  it('recovers a caret after a change as the scan of every block does', () => {
    fc.assert(fc.property(documentArb, fc.array(editArb, { minLength: 1, maxLength: 3 }), (oldDoc, edits) => {
      let tr = EditorState.create({ schema, doc: oldDoc }).tr;
      for (const change of edits) tr = applyEdit(tr, change) ?? tr;
      // A copy shares no node with the old document, so the patched lookup falls back to the scan.
      const copy = schema.nodeFromJSON(tr.doc.toJSON());
      for (let pos = 0; pos <= oldDoc.content.size; pos++) {
        expect(findAbsolutePositionAfterStructuralChange(oldDoc, tr.doc, pos), `caret at ${pos}`)
          .toBe(findAbsolutePositionAfterStructuralChange(oldDoc, copy, pos));
      }
    }), { numRuns: 150 });
  });

  it('builds again only the blocks a remote change touched', () => {
    const [a, b, net] = peersSharing('one', 'two', 'three');
    const before = b.view.state.doc;
    edit(a, { kind: 'type', at: 7 / before.content.size, text: 'X' });
    net.deliver();
    const after = b.view.state.doc;
    expect(after.child(1).textContent).toBe('tXwo');
    expect(after.child(0)).toBe(before.child(0));
    expect(after.child(2)).toBe(before.child(2));
    // The position lookups start from the document the mapping holds, on both sides.
    expect(bindingMapping(a).get(a.fragment)).toBe(a.view.state.doc);
    expect(bindingMapping(b).get(b.fragment)).toBe(after);
  });

  it('keeps every block when a plugin registered later creates the plugin views again', () => {
    const [a, b, net] = peersSharing('one', 'two', 'three');
    const before = b.view.state.doc;
    b.view.reconfigure([...b.view.state.plugins, new Plugin({})]);
    // Not an equal copy: ProseMirror's view keeps its nodes for an equal document, and would then
    // compare the whole document at every later keystroke.
    expect(b.view.state.doc).toBe(before);
    // The binding still follows both ways.
    edit(a, { kind: 'type', at: 7 / before.content.size, text: 'X' });
    net.deliver();
    expect(b.view.state.doc.child(1).textContent).toBe('tXwo');
    expect(b.view.state.doc.child(0)).toBe(before.child(0));
    edit(b, { kind: 'type', at: 2 / before.content.size, text: 'Y' });
    net.deliver();
    expect(a.view.state.doc.toJSON()).toEqual(b.view.state.doc.toJSON());
  });

  it('renders only what differs from the Yjs content when the plugin views are created again', () => {
    const [, b] = peersSharing('one', 'two');
    const before = b.view.state.doc;
    // A block the editor holds and Yjs does not (a trailing paragraph another plugin appended
    // while the binding was writing): the Yjs content wins, the other blocks are kept.
    const state = b.view.state;
    b.view.state = state.apply(state.tr.insert(state.doc.content.size, schema.nodes['paragraph']!.create()));
    b.view.reconfigure([...b.view.state.plugins, new Plugin({})]);
    expect(b.view.state.doc.childCount).toBe(2);
    expect(b.view.state.doc.child(0)).toBe(before.child(0));
    expect(b.view.state.doc.child(1)).toBe(before.child(1));
  });
});
