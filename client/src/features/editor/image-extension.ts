import type { NodeViewRenderer } from '@tiptap/core';
import { ImageNode } from '../../../../shared/editor/image-node.ts';
import { IMAGE_NODE, MAX_IMAGE_ALT } from '../../../../shared/editor/image-rules.ts';
import { chooseImages, imageUploadsPlugin, type ImageUploadDeps } from './image-uploads.ts';
import './image.css';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    image: {
      /** Opens the file chooser; the chosen images are uploaded and inserted at the selection. */
      chooseImages: () => ReturnType;
    };
  }
}

/**
 * An image with its description beside it, editable in place: the description (alt text) is
 * what a screen reader says and what every export keeps, so it is asked for where the image
 * is, not hidden in a menu. Read-only readers see the image alone.
 */
function imageView(deps: ImageUploadDeps): NodeViewRenderer {
  return ({ node, getPos, editor }) => {
    const figure = document.createElement('figure');
    figure.className = 'document-image';
    const image = document.createElement('img');
    const label = document.createElement('label');
    label.className = 'document-image__alt';
    const caption = document.createElement('span');
    const input = document.createElement('input');
    input.type = 'text';
    input.maxLength = MAX_IMAGE_ALT;
    label.append(caption, input);
    figure.append(image, label);

    const show = (current: typeof node) => {
      image.src = String(current.attrs['src'] ?? '');
      image.alt = String(current.attrs['alt'] ?? '');
      const width = current.attrs['width'];
      if (typeof width === 'number') image.width = width;
      else image.removeAttribute('width');
      if (document.activeElement !== input) input.value = image.alt;
    };
    // The words follow the page's language (App sets <html lang>), the field the reader's
    // right to edit (a role change emits an editor update); neither costs a keystroke anything.
    const words = () => {
      caption.textContent = deps.t('image.alt');
      input.placeholder = deps.t('image.altPlaceholder');
    };
    const editability = () => {
      if (label.hidden === editor.isEditable) label.hidden = !editor.isEditable;
    };
    const language = new MutationObserver(words);
    language.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    show(node);
    words();
    editability();
    editor.on('update', editability);

    const commit = () => {
      const pos = getPos();
      if (typeof pos !== 'number' || !editor.isEditable) return;
      if (editor.state.doc.nodeAt(pos)?.attrs['alt'] === input.value) return;
      editor.view.dispatch(editor.state.tr.setNodeAttribute(pos, 'alt', input.value));
    };
    input.addEventListener('change', commit);
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== 'Escape') return;
      event.preventDefault();
      if (event.key === 'Enter') commit();
      else input.value = image.alt;
      editor.commands.focus();
    });

    return {
      dom: figure,
      update: (updated) => {
        if (updated.type.name !== IMAGE_NODE) return false;
        show(updated);
        return true;
      },
      // Typing and clicking in the description belong to the field, not to the document.
      stopEvent: (event) => event.target instanceof Node && label.contains(event.target),
      ignoreMutation: (mutation) => mutation.type !== 'selection',
      destroy: () => {
        editor.off('update', editability);
        language.disconnect();
      },
    };
  };
}

/** The document's image node with, in the editor, its view, uploads by paste, drop and the toolbar. */
export function editorImage(deps: ImageUploadDeps) {
  return ImageNode.extend({
    addNodeView: () => imageView(deps),
    addProseMirrorPlugins: () => [imageUploadsPlugin(deps)],
    addCommands: () => ({
      chooseImages:
        () =>
        ({ view }) => {
          chooseImages(view, deps);
          return true;
        },
    }),
  });
}
