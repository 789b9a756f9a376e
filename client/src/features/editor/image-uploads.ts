import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { IMAGE_NODE } from '../../../../shared/editor/image-rules.ts';
import type { UploadedImage } from '../../../../shared/schemas/images.ts';
import { ApiRequestError } from '../../lib/api/http.ts';
import type { MessageKey } from '../../lib/i18n/en.ts';

/** What the image extension needs from the page: where to upload, and words in the reader's language. */
export type ImageUploadDeps = {
  upload: (file: File) => Promise<UploadedImage>;
  t: (key: MessageKey) => string;
};

/** An image on its way to the server: where it will go (mapped through every edit meanwhile), or why it failed. */
type Upload = { id: number; pos: number; error: MessageKey | null };
type Action = { add: Upload[] } | { fail: { id: number; error: MessageKey } } | { remove: number };

const uploadsKey = new PluginKey<Upload[]>('imageUploads');
let lastUploadId = 0;

/** Accepted by the server only if the bytes agree; the declared type just keeps other files out of the way. */
export const IMAGE_ACCEPT = 'image/png,image/jpeg,image/gif,image/webp';
const imageFiles = (files: FileList | null | undefined): File[] => [...(files ?? [])].filter((file) => file.type.startsWith('image/'));

const ERROR_CODES = ['unsupported_image', 'image_too_large', 'file_too_large', 'too_many_images', 'rate_limited'] as const;
function errorKey(error: unknown): MessageKey {
  const code = error instanceof ApiRequestError ? error.code : '';
  return (ERROR_CODES as readonly string[]).includes(code) ? (`image.error.${code}` as MessageKey) : 'image.error.generic';
}

/**
 * Uploads the images one after the other and inserts each where it was dropped or pasted, as
 * that place has moved with everyone's edits meanwhile. Until then a note says it is on its way;
 * a refused one leaves a note saying why, until dismissed.
 */
export async function uploadImages(view: EditorView, files: File[], pos: number, deps: ImageUploadDeps): Promise<void> {
  const uploads = files.map((): Upload => ({ id: ++lastUploadId, pos, error: null }));
  view.dispatch(view.state.tr.setMeta(uploadsKey, { add: uploads } satisfies Action));
  for (const [index, file] of files.entries()) {
    const { id } = uploads[index] as Upload;
    try {
      const image = await deps.upload(file);
      const at = uploadsKey.getState(view.state)?.find((upload) => upload.id === id)?.pos;
      if (view.isDestroyed || at === undefined) return;
      const node = view.state.schema.nodes[IMAGE_NODE]?.create({ src: image.url, alt: '', width: null });
      if (!node) return;
      view.dispatch(view.state.tr.replaceRangeWith(at, at, node).setMeta(uploadsKey, { remove: id } satisfies Action));
    } catch (error) {
      if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(uploadsKey, { fail: { id, error: errorKey(error) } } satisfies Action));
    }
  }
}

/** Opens the file chooser and uploads what is chosen at the selection. */
export function chooseImages(view: EditorView, deps: ImageUploadDeps): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = IMAGE_ACCEPT;
  input.multiple = true;
  input.addEventListener('change', () => {
    const files = imageFiles(input.files);
    if (files.length) void uploadImages(view, files, view.state.selection.to, deps);
  });
  input.click();
}

function note(view: EditorView, upload: Upload, deps: ImageUploadDeps): HTMLElement {
  const element = document.createElement('div');
  element.className = upload.error ? 'image-upload image-upload--failed' : 'image-upload';
  element.contentEditable = 'false';
  element.setAttribute('role', upload.error ? 'alert' : 'status');
  const text = document.createElement('span');
  text.textContent = deps.t(upload.error ?? 'image.uploading');
  element.append(text);
  if (upload.error) {
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.textContent = deps.t('image.dismiss');
    dismiss.addEventListener('click', () => view.dispatch(view.state.tr.setMeta(uploadsKey, { remove: upload.id } satisfies Action)));
    element.append(dismiss);
  }
  return element;
}

/** Paste and drop of image files, and the notes of uploads under way; costs nothing per keystroke when none is. */
export function imageUploadsPlugin(deps: ImageUploadDeps): Plugin<Upload[]> {
  return new Plugin<Upload[]>({
    key: uploadsKey,
    state: {
      init: () => [],
      apply(tr, uploads) {
        const action = tr.getMeta(uploadsKey) as Action | undefined;
        let next = tr.docChanged && uploads.length ? uploads.map((upload) => ({ ...upload, pos: tr.mapping.map(upload.pos) })) : uploads;
        if (action && 'add' in action) next = [...next, ...action.add];
        else if (action && 'fail' in action) next = next.map((upload) => (upload.id === action.fail.id ? { ...upload, error: action.fail.error } : upload));
        else if (action && 'remove' in action) next = next.filter((upload) => upload.id !== action.remove);
        return next;
      },
    },
    props: {
      decorations(state) {
        const uploads = uploadsKey.getState(state) ?? [];
        if (!uploads.length) return DecorationSet.empty;
        return DecorationSet.create(
          state.doc,
          uploads.map((upload) => Decoration.widget(upload.pos, (view) => note(view, upload, deps), { key: `${upload.id}:${upload.error ?? ''}` })),
        );
      },
      handlePaste(view, event) {
        const files = imageFiles(event.clipboardData?.files);
        if (!files.length || !view.editable) return false;
        void uploadImages(view, files, view.state.selection.to, deps);
        return true;
      },
      handleDrop(view, event, _slice, moved) {
        const files = imageFiles(event.dataTransfer?.files);
        if (moved || !files.length || !view.editable) return false;
        const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.from;
        event.preventDefault();
        void uploadImages(view, files, pos, deps);
        return true;
      },
    },
  });
}
