import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin } from '@tiptap/pm/state';
import { LETTER, RTL_LETTER } from '../../../../shared/editor/block-direction.ts';

export type Direction = 'ltr' | 'rtl';


/**
 * The direction of a document as `dir="auto"` gives it: that of its first letter, left-to-right
 * when it has none; `through` is the index of the top-level block holding that letter (null
 * when there is none), so only a change up to that block can change the direction.
 */
export function directionOf(doc: PmNode): { dir: Direction; through: number | null } {
  for (let index = 0; index < doc.childCount; index++) {
    let letter: string | null = null;
    doc.child(index).descendants((node) => {
      if (letter !== null) return false;
      if (node.isText) letter = [...(node.text ?? '')].find((char) => LETTER.test(char)) ?? null;
      return true;
    });
    if (letter !== null) return { dir: RTL_LETTER.test(letter) ? 'rtl' : 'ltr', through: index };
  }
  return { dir: 'ltr', through: null };
}

/**
 * Follows the direction of successive versions of a document at the cost of the change: the
 * blocks up to the first letter are compared by reference (ProseMirror shares unchanged ones),
 * and the text is read again only when one of them changed.
 */
export function directionTracker(): (doc: PmNode) => Direction {
  let last: { doc: PmNode; dir: Direction; through: number | null } | null = null;
  return (doc) => {
    if (last?.doc === doc) return last.dir;
    const through = last?.through ?? null;
    if (last && through !== null && through < doc.childCount) {
      let same = true;
      for (let i = 0; same && i <= through; i++) same = doc.child(i) === last.doc.child(i);
      if (same) return last.dir;
    }
    last = { doc, ...directionOf(doc) };
    return last.dir;
  };
}

/**
 * The editor's base direction follows its text, not the interface (an English draft stays
 * left-to-right in the Arabic interface). Set explicitly rather than by `dir="auto"`: with
 * `auto`, Chromium resolves the direction again for every block inserted, which made
 * rendering a large document about four times slower.
 */
export const TextDirection = Extension.create({
  // Not 'textDirection': Tiptap's core has an extension of that name (a fixed direction).
  name: 'documentDirection',
  addProseMirrorPlugins() {
    const direction = directionTracker();
    return [new Plugin({ props: { attributes: (state) => ({ dir: direction(state.doc) }) } })];
  },
});
