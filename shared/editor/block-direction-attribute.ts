import { Extension } from '@tiptap/core';
import { DIRECTED_BLOCKS, isBlockDirection, type BlockDirection } from './block-direction.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    blockDirection: {
      /** Sets the direction of the selected paragraphs and headings; null returns them to automatic. */
      setBlockDirection: (dir: BlockDirection | null) => ReturnType;
    };
  }
}

/** The direction of paragraphs and headings as a `dir` attribute, and the command that sets it. */
export const BlockDirectionAttribute = Extension.create({
  name: 'blockDirection',
  addGlobalAttributes() {
    return [
      {
        types: [...DIRECTED_BLOCKS],
        attributes: {
          dir: {
            default: null,
            parseHTML: (element) => {
              const dir = element.getAttribute('dir');
              return isBlockDirection(dir) ? dir : null;
            },
            // Without a direction set, the block's own text decides: `unicode-bidi: plaintext` in
            // the style sheets (editor, HTML export) rather than a `dir="auto"` on every block.
            renderHTML: (attributes) => (isBlockDirection(attributes['dir']) ? { dir: attributes['dir'] } : {}),
          },
        },
      },
    ];
  },
  addCommands() {
    return {
      setBlockDirection:
        (dir) =>
        ({ commands }) =>
          DIRECTED_BLOCKS.map((type) => commands.updateAttributes(type, { dir })).some(Boolean),
    };
  },
});
