import { Extension, type AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { Placeholder } from '@tiptap/extensions/placeholder';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../../../../shared/collab/protocol.ts';
import { LinkMark } from '../../../../shared/editor/link-mark.ts';
import { contentExtensions } from '../../../../shared/editor/schema-extensions.ts';
import { call } from '../../lib/api/client.ts';
import { createGlossaryPlugin } from '../glossary/glossary-decorations.ts';
import { createReviewPlugin } from '../review/review-decorations.ts';
import { imagesRoutes } from '../../lib/api/routes/images.ts';
import type { MessageKey } from '../../lib/i18n/en.ts';
import { editorImage } from './image-extension.ts';
import { LinkBehaviour } from './link-behaviour.ts';
import { RemoteCarets } from './remote-carets.ts';
import { isAllowedLink } from './link-policy.ts';
import { TextDirection } from './text-direction.ts';
import { TypedTextCaret } from './typed-text-caret.ts';

export interface EditorExtensionOptions {
  ydoc: Y.Doc;
  provider: WebsocketProvider;
  placeholder: string;
  /** Words of the image's description field and upload notes, in the reader's language. */
  t: (key: MessageKey) => string;
  /** A click on the text of a comment or suggestion. */
  onThreadClicked: (threadId: string) => void;
}

/**
 * The editor schema is the sanitizer: pasted HTML is parsed into these nodes and marks
 * only, so <script>, <img onerror> and inline handlers have nowhere to live.
 */
export function editorExtensions(options: EditorExtensionOptions): AnyExtension[] {
  return [
    ...contentExtensions({
      link: LinkMark.configure({ isAllowedHref: isAllowedLink }),
      image: editorImage({ t: options.t, upload: (file) => uploadImage(options.provider.roomname, file) }),
      editing: true,
    }),
    LinkBehaviour,
    Placeholder.configure({ placeholder: options.placeholder }),
    TextDirection,
    TypedTextCaret,
    Collaboration.configure({ document: options.ydoc, field: DOC_CONTENT_FIELD }),
    RemoteCarets.configure({ awareness: options.provider.awareness }),
    Extension.create({
      name: 'cadreDecorations',
      // Here from the start, empty until their panels give them threads and terms: a plugin
      // registered later makes ProseMirror create every plugin view again (sync, carets, undo)
      // while the person may be typing.
      addProseMirrorPlugins: () => [createReviewPlugin(options.onThreadClicked), createGlossaryPlugin()],
    }),
  ];
}

/** The room of the sync provider is the document's id. */
function uploadImage(documentId: string, file: File) {
  const body = new FormData();
  body.set('file', file);
  return call(imagesRoutes.uploadImage, { params: { id: documentId }, body });
}
