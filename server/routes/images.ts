import { imagesEndpoints as api } from '../../shared/api/images.ts';
import { requireAuth } from '../auth/middleware.ts';
import { throttle } from '../auth/rate-limit.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Images in documents (`shared/api/images.ts`); checks and storage are in `server/images/`. */
export function imageRoutes({ imageService, limits }: Pick<Services, 'imageService' | 'limits'>) {
  return [
    route(
      api.uploadImage,
      async ({ auth, params, body }) => ({ status: 201, body: await imageService.upload(auth.user, params.id, body.files.file) }),
      {
        // Counted before the upload is read, so a refused one costs no memory.
        before: (c) => throttle(limits.imagePerUser, `user:${requireAuth(c).user.id}`),
        // Multipart framing around the file.
        maxBodyBytes: imageService.limits.maxBytes + 16 * 1024,
      },
    ),
    route(api.getImage, async ({ auth, params }, c) => {
      const { image, bytes } = await imageService.read(auth.user, params.id);
      return c.body(new Uint8Array(bytes), 200, {
        // The type recognised from the bytes at upload, never what the uploader declared.
        'content-type': image.mediaType,
        'x-content-type-options': 'nosniff',
        'content-disposition': 'inline',
        // An id names bytes that never change; private: only readers of the document may hold it.
        'cache-control': 'private, max-age=31536000, immutable',
        etag: `"${image.sha256}"`,
      });
    }),
  ];
}
