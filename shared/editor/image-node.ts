import { mergeAttributes, Node } from '@tiptap/core';
import { IMAGE_NODE, imageIdOfSrc, imageWidth, MAX_IMAGE_ALT } from './image-rules.ts';

/**
 * An image stored by Cadre for this document: `src` is always `/api/images/<id>` (the sync
 * server refuses anything else), `alt` describes it for those who cannot see it. A block of
 * its own, so exports place it between paragraphs. Pasted HTML keeps only images Cadre stores:
 * one from another site would be a request to that site whenever a reader opens the document.
 */
export const ImageNode = Node.create({
  name: IMAGE_NODE,
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '', parseHTML: (element) => (element.getAttribute('alt') ?? '').slice(0, MAX_IMAGE_ALT) },
      width: { default: null, parseHTML: (element) => imageWidth(element.getAttribute('width')) },
    };
  },
  parseHTML() {
    return [{ tag: 'img[src]', getAttrs: (element) => (imageIdOfSrc(element.getAttribute('src')) ? null : false) }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['img', mergeAttributes(HTMLAttributes, { class: 'document-image' })];
  },
});
