import { TextSelection } from '@tiptap/pm/state';
import type { Decoration, DecorationSet } from '@tiptap/pm/view';
import { yCursorPluginKey } from '@tiptap/y-tiptap';
import { afterEach, describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createPeer, destroyPeer, schema, setContent, type Peer } from './headless-peer.ts';

const peers: Peer[] = [];
afterEach(() => { for (const peer of peers.splice(0)) destroyPeer(peer); });

/** Where `viewer` draws `author`'s caret (the widget y-tiptap keys by client id). */
function caretOf(viewer: Peer, author: Peer): number | undefined {
  const set = yCursorPluginKey.getState(viewer.view.state) as DecorationSet;
  const caret = set.find().find((d: Decoration) => (d.spec as { key?: string }).key === String(author.doc.clientID));
  return caret?.from;
}

/** Resolves after the timers already queued have run (y-tiptap refreshes carets on a timer). */
const timersRan = () => new Promise<void>((resolve) => { setTimeout(resolve, 0); });

/**
 * The server relays presence at once and an update once it is on disk, so a caret can arrive
 * before or after the update it follows; both in the same task here.
 */
describe('collaborator caret', () => {
  it.each(['update first', 'caret first'])('is drawn after the typed character when the update and the caret arrive in one tick (%s)', async (order) => {
    const amina = createPeer();
    const bruno = createPeer();
    peers.push(amina, bruno);
    setContent(amina, schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Objectif' }] }] }));
    Y.applyUpdate(bruno.doc, Y.encodeStateAsUpdate(amina.doc));

    const updates: Uint8Array[] = [];
    bruno.doc.on('update', (update: Uint8Array) => { updates.push(update); });
    const presence: Uint8Array[] = [];
    bruno.awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
      presence.push(encodeAwarenessUpdate(bruno.awareness, [...added, ...updated]));
    });

    bruno.view.focused = true;
    const end = bruno.view.state.doc.content.size - 1;
    bruno.view.dispatch(bruno.view.state.tr.setSelection(TextSelection.create(bruno.view.state.doc, end)));
    for (const update of updates.splice(0)) Y.applyUpdate(amina.doc, update);
    for (const change of presence.splice(0)) applyAwarenessUpdate(amina.awareness, change, 'remote');
    await timersRan();
    expect(caretOf(amina, bruno)).toBe(end);

    bruno.view.dispatch(bruno.view.state.tr.insertText('s', end));
    expect(bruno.view.state.selection.head).toBe(end + 1);
    const deliverUpdate = () => { for (const update of updates.splice(0)) Y.applyUpdate(amina.doc, update); };
    const deliverCaret = () => { for (const change of presence.splice(0)) applyAwarenessUpdate(amina.awareness, change, 'remote'); };
    if (order === 'update first') {
      deliverUpdate();
      deliverCaret();
    } else {
      deliverCaret();
      deliverUpdate();
    }
    await timersRan();
    expect(amina.view.state.doc.textContent).toBe('Objectifs');
    expect(caretOf(amina, bruno)).toBe(end + 1);
  });
});

describe('own caret', () => {
  it('moves without a redraw of the carets, unless a local change of structure hid them', async () => {
    const amina = createPeer();
    const bruno = createPeer();
    peers.push(amina, bruno);
    setContent(amina, schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Objectif général' }] }] }));
    Y.applyUpdate(bruno.doc, Y.encodeStateAsUpdate(amina.doc));
    bruno.view.focused = true;
    bruno.view.dispatch(bruno.view.state.tr.setSelection(TextSelection.create(bruno.view.state.doc, 3)));
    applyAwarenessUpdate(amina.awareness, encodeAwarenessUpdate(bruno.awareness, [bruno.doc.clientID]), 'remote');
    await timersRan();
    expect(caretOf(amina, bruno)).toBe(3);

    const redraws: number[] = [];
    const dispatch = amina.view.dispatch.bind(amina.view);
    amina.view.dispatch = (tr) => {
      if (tr.getMeta(yCursorPluginKey)) redraws.push(tr.time);
      dispatch(tr);
    };
    amina.view.focused = true;
    // A new paragraph hides the others' carets until the binding has written it to Yjs; our own
    // caret moving then draws them again.
    const split = amina.view.state.tr.split(9);
    amina.view.dispatch(split.setSelection(TextSelection.create(split.doc, 1)));
    await timersRan();
    expect(redraws).toHaveLength(1);
    expect(caretOf(amina, bruno)).toBe(3);

    // Typing moves our caret at every keystroke: the others' carets are mapped, not redrawn.
    amina.view.dispatch(amina.view.state.tr.insertText('s', amina.view.state.doc.content.size - 1));
    amina.view.dispatch(amina.view.state.tr.insertText('Le ', 1));
    await timersRan();
    expect(amina.awareness.getLocalState()?.['cursor']).not.toBeNull();
    expect(redraws).toHaveLength(1);
    expect(caretOf(amina, bruno)).toBe(6);

    // A collaborator's move is redrawn (after "Obje", behind the three letters typed before it).
    bruno.view.dispatch(bruno.view.state.tr.setSelection(TextSelection.create(bruno.view.state.doc, 5)));
    applyAwarenessUpdate(amina.awareness, encodeAwarenessUpdate(bruno.awareness, [bruno.doc.clientID]), 'remote');
    await timersRan();
    expect(redraws).toHaveLength(2);
    expect(caretOf(amina, bruno)).toBe(8);
  });
});
