/**
 * Test support for the Yjs↔ProseMirror binding (y-tiptap, patched: see patches/README.md):
 * an editor peer without a DOM. ProseMirror's EditorView needs one, and what the binding uses
 * of a view is its state, dispatch, focus and the plugin views' update calls, so this stands in
 * for it with exactly those; y-tiptap's plugins themselves run unchanged.
 */
import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import { EditorState, type Plugin, type PluginView, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { absolutePositionToRelativePosition, yCursorPlugin, ySyncPlugin, ySyncPluginKey, yUndoPlugin } from '@tiptap/y-tiptap';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { documentSchema } from '../../../../shared/editor/schema-extensions.ts';

export const schema: Schema = documentSchema();

/** The parts of EditorView that y-tiptap's plugins use, and no DOM. */
export class HeadlessView {
  state: EditorState;
  readonly dom = new EventTarget();
  /** y-tiptap's cursor plugin only refreshes carets of a view that has been drawn. */
  readonly docView = {};
  /** Filled one by one: a plugin view may dispatch while it is created (y-sync does). */
  private readonly pluginViews: PluginView[] = [];

  constructor(plugins: Plugin[]) {
    this.state = EditorState.create({ schema, plugins });
    this.createPluginViews();
  }

  private createPluginViews(): void {
    const view = this as unknown as EditorView;
    for (const plugin of this.state.plugins) if (plugin.spec.view) this.pluginViews.push(plugin.spec.view(view));
  }

  /**
   * A new set of plugins, as Tiptap's registerPlugin does: like EditorView, every plugin view is
   * destroyed and created again.
   */
  reconfigure(plugins: Plugin[]): void {
    for (const pluginView of this.pluginViews.splice(0)) pluginView.destroy?.();
    this.state = this.state.reconfigure({ plugins });
    this.createPluginViews();
  }

  private destroyed = false;

  /** Like Tiptap's editor, a destroyed view ignores what is dispatched late (y-tiptap's caret timer). */
  dispatch(tr: Transaction): void {
    if (this.destroyed) return;
    const previous = this.state;
    this.state = this.state.apply(tr);
    const view = this as unknown as EditorView;
    for (const pluginView of this.pluginViews) pluginView.update?.(view, previous);
  }

  /** A focused editor publishes its caret to collaborators (y-tiptap's cursor plugin). */
  focused = false;

  hasFocus(): boolean {
    return this.focused;
  }

  destroy(): void {
    this.destroyed = true;
    for (const pluginView of this.pluginViews) pluginView.destroy?.();
  }
}

export interface Peer {
  doc: Y.Doc;
  fragment: Y.XmlFragment;
  awareness: Awareness;
  view: HeadlessView;
}

/** A Y.Doc bound to a headless editor through y-tiptap's sync, undo and cursor plugins. */
export function createPeer(field = 'default'): Peer {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(field);
  const awareness = new Awareness(doc);
  const view = new HeadlessView([ySyncPlugin(fragment), yUndoPlugin(), yCursorPlugin(awareness)]);
  return { doc, fragment, awareness, view };
}

export function destroyPeer(peer: Peer): void {
  peer.view.destroy();
  peer.awareness.destroy();
  peer.doc.destroy();
}

/** Y type → ProseMirror node (or text nodes), as y-tiptap keeps it. */
export type BindingMapping = Parameters<typeof absolutePositionToRelativePosition>[2];

/** The binding's mapping (y-tiptap's own, not a copy). */
export function bindingMapping(peer: Peer): BindingMapping {
  const state = ySyncPluginKey.getState(peer.view.state) as { binding: { mapping: BindingMapping } };
  return state.binding.mapping;
}

/** Replaces the whole document through the editor, as a paste or an import would. */
export function setContent(peer: Peer, content: PMNode): void {
  const { state } = peer.view;
  peer.view.dispatch(state.tr.replaceWith(0, state.doc.content.size, content.content));
}
