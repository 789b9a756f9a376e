import { Extension, InputRule, markPasteRule } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { LINK_MARK } from '../../../../shared/editor/link-mark.ts';
import { pastedAddress, webAddressesIn } from './link-policy.ts';

/** An address just finished by a space: the text before the caret ends with it. */
const TYPED_ADDRESS = /(?:^|\s)(\S+) $/;

/**
 * How links are made while writing, beside the toolbar's link form: an address typed and
 * followed by a space becomes a link; pasted text keeps its addresses as links; an address
 * pasted onto selected text makes that text a link to it. Addresses are recognised by
 * `link-policy.ts` (http(s)://…, www.…), which also decides which may be links at all.
 * (Tiptap's link extension did this with linkifyjs, ~10 KB gzip for the editor page; an address
 * ended by Enter rather than a space now stays text until it is pasted or set in the form.)
 */
export const LinkBehaviour = Extension.create({
  name: 'linkBehaviour',
  addInputRules() {
    const type = this.editor.schema.marks[LINK_MARK];
    if (!type) return [];
    return [
      new InputRule({
        find: TYPED_ADDRESS,
        handler: ({ state, range, match }) => {
          const word = match[1] ?? '';
          const [address] = webAddressesIn(word);
          if (!address || address.index !== 0 || !state.selection.empty) return null;
          // The rule replaces the typed space: the mark goes on the address, then the space.
          const caret = range.to;
          const start = caret - word.length;
          if (state.doc.textBetween(start, caret) !== word || state.doc.rangeHasMark(start, caret, type)) return null;
          state.tr.addMark(start, start + address.text.length, type.create({ href: address.href })).insertText(' ', caret);
        },
      }),
    ];
  },
  addPasteRules() {
    const type = this.editor.schema.marks[LINK_MARK];
    if (!type) return [];
    return [
      markPasteRule({
        type,
        find: (text) => webAddressesIn(text).map(({ index, text: written, href }) => ({ index, text: written, data: { href } })),
        getAttributes: (match) => ({ href: match.data?.['href'] }),
      }),
    ];
  },
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('linkOnPaste'),
        props: {
          handlePaste: (view, _event, slice) => {
            if (view.state.selection.empty) return false;
            let text = '';
            slice.content.forEach((node) => (text += node.textContent));
            const href = pastedAddress(text);
            return href !== null && editor.commands.setLink({ href });
          },
        },
      }),
    ];
  },
});
