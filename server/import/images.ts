import type { UploadedImage } from '../../shared/schemas/images.ts';
import { IMAGE_NODE } from '../../shared/editor/image-rules.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import { HttpError } from '../http/errors.ts';

/**
 * The `src` the conversion gives the n-th image of the file. The worker has no document to
 * store images for yet: it hands their bytes back, and the import stores them once the
 * document exists, through the same checks as an upload.
 */
export const IMPORTED_IMAGE_PREFIX = 'cadre-import:';
export const importedImageSrc = (index: number): string => `${IMPORTED_IMAGE_PREFIX}${index}`;
const indexOf = (src: unknown): number | null => {
  const match = typeof src === 'string' ? /^cadre-import:(\d{1,6})$/.exec(src) : null;
  return match ? Number(match[1]) : null;
};
export const isImportedImageSrc = (src: string): boolean => indexOf(src) !== null;

/**
 * Stores each image of the file as an image of the document, in order; one refused (a type
 * the editor cannot show, such as Word's EMF drawings, too many pixels, the document's quota)
 * is left out. Answers the URL of each stored one by its index.
 */
export async function storeImportedImages(
  images: readonly Uint8Array[],
  store: (bytes: Uint8Array) => Promise<UploadedImage>,
): Promise<Map<number, string>> {
  const urls = new Map<number, string>();
  for (const [index, bytes] of images.entries()) {
    try {
      urls.set(index, (await store(bytes)).url);
    } catch (error) {
      if (!(error instanceof HttpError) || error.status >= 500) throw error;
    }
  }
  return urls;
}

/** The content with each imported image pointing at its stored copy; images not stored are removed. */
export function withStoredImages(node: PmNode, urls: ReadonlyMap<number, string>): PmNode {
  if (!node.content) return node;
  const content = node.content.flatMap((child): PmNode[] => {
    if (child.type !== IMAGE_NODE) return [withStoredImages(child, urls)];
    const index = indexOf(child.attrs?.['src']);
    const url = index === null ? undefined : urls.get(index);
    return url ? [{ ...child, attrs: { ...child.attrs, src: url } }] : [];
  });
  return { ...node, content };
}
