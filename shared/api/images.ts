import { z } from 'zod';
import { imageUploadFieldsSchema, uploadedImageSchema } from '../schemas/images.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint } from './endpoint.ts';

/** Images in documents (`server/routes/images.ts`, storage in `server/images/`). */
export const imagesEndpoints = {
  uploadImage: endpoint({
    method: 'post',
    path: '/api/documents/:id/images',
    summary: 'Store an image for a document (PNG, JPEG, GIF or WebP, recognised from its bytes); answers its id and the URL an image node shows it from (edit)',
    tag: 'documents',
    auth: 'session',
    params: z.object({ id: idSchema }),
    upload: { fields: imageUploadFieldsSchema, files: { file: 'The image' } },
    answers: { 201: uploadedImageSchema },
    failures: {
      409: 'The document holds as many images, or image bytes, as it may (`too_many_images`)',
      413: 'The image is larger than the limit (`file_too_large`, `CADRE_MAX_IMAGE_BYTES`)',
      422: 'Not a PNG, JPEG, GIF or WebP image, whatever its name or declared type (`unsupported_image`), or too many pixels to show safely (`image_too_large`)',
      429: 'Too many uploads by this user: wait `Retry-After` seconds (`rate_limited`)',
    },
  }),
  getImage: endpoint({
    method: 'get',
    path: '/api/images/:id',
    summary: "An image of a document, to those who may read the document; others get 404 (read)",
    tag: 'documents',
    auth: 'session',
    params: z.object({ id: idSchema }),
    answers: { 200: { mediaType: 'image/*', description: 'The image bytes as uploaded, with `X-Content-Type-Options: nosniff` and `Content-Disposition: inline`' } },
  }),
};
