import type { UploadedImage } from '../../shared/schemas/images.ts';
import { imageSrc } from '../../shared/editor/image-rules.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { Policy } from '../auth/policy.ts';
import type { ImageRecord, ImageRepository } from '../db/image-repository.ts';
import { HttpError, notFound } from '../http/errors.ts';
import type { ImageFiles } from './image-files.ts';
import type { ImageStorage } from './image-storage.ts';
import type { ImageLimits } from './limits.ts';
import { sniffImage } from './sniff.ts';

export type ImageService = ReturnType<typeof createImageService>;

const toUploaded = (image: ImageRecord): UploadedImage => ({
  id: image.id,
  url: imageSrc(image.id),
  mediaType: image.mediaType,
  bytes: image.bytes,
  width: image.width,
  height: image.height,
});

/**
 * The images of documents: stored once checked from their bytes, shown only to those who may
 * read their document, embedded by exports. An image belongs to the document it was uploaded
 * for; another document naming its id shows nothing of it to anyone who cannot read the first.
 */
export function createImageService(
  deps: { policy: Policy; images: ImageRepository; imageFiles: ImageFiles; imageStorage: ImageStorage },
  limits: ImageLimits,
) {
  const { policy, images, imageFiles: files, imageStorage } = deps;

  /**
   * Checks bytes as an image of the document and stores them: the type from the magic number
   * (never the name or the declared type), the pixels from the header, the document's quota.
   * The caller has authorized the change (an upload, an import).
   */
  async function store(userId: string, documentId: string, bytes: Uint8Array): Promise<UploadedImage> {
    if (bytes.byteLength > limits.maxBytes) throw new HttpError(413, 'file_too_large', `the image is larger than ${limits.maxBytes} bytes`);
    const header = sniffImage(bytes);
    if (!header) throw new HttpError(422, 'unsupported_image', 'only PNG, JPEG, GIF and WebP images can be added');
    const { width, height } = header;
    if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels) {
      throw new HttpError(422, 'image_too_large', `the image has too many pixels (${width} × ${height}); at most ${limits.maxPixels} are allowed`);
    }
    const usage = await images.usage(documentId);
    if (usage.count >= limits.maxPerDocument || usage.bytes + bytes.byteLength > limits.maxBytesPerDocument) {
      throw new HttpError(409, 'too_many_images', `a document holds at most ${limits.maxPerDocument} images and ${limits.maxBytesPerDocument} bytes of them`);
    }
    const image = await imageStorage.keep(bytes, (sha256) => images.create({ documentId, sha256, bytes: bytes.byteLength, ...header }, userId));
    return toUploaded(image);
  }

  return {
    limits,
    store,

    /** An upload from the editor: only someone who may edit the document adds to it. */
    async upload(user: User, documentId: string, file: File): Promise<UploadedImage> {
      await policy.authorizeDocument(user.id, documentId, 'edit');
      if (file.size > limits.maxBytes) throw new HttpError(413, 'file_too_large', `the image is larger than ${limits.maxBytes} bytes`);
      return store(user.id, documentId, new Uint8Array(await file.arrayBuffer()));
    },

    /** An image and its bytes for a reader of its document; 404 for anyone else, as if it did not exist. */
    async read(user: User, imageId: string): Promise<{ image: ImageRecord; bytes: Buffer }> {
      const image = await images.find(imageId);
      if (!image) throw notFound('image');
      try {
        await policy.authorizeDocument(user.id, image.documentId, 'read');
      } catch (error) {
        if (error instanceof HttpError && error.status === 404) throw notFound('image');
        throw error;
      }
      return { image, bytes: await files.read(image.sha256) };
    },
  };
}
