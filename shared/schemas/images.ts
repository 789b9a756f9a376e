import { z } from 'zod';
import { IMAGE_MEDIA_TYPES } from '../editor/image-rules.ts';
import { idSchema } from './workspaces.ts';

/** The text fields of an image upload's multipart body (the image is the `file` field). */
export const imageUploadFieldsSchema = z.object({}).strict();

export const uploadedImageSchema = z.object({
  id: idSchema,
  /** Where the image is served, as an image node's `src`. */
  url: z.string(),
  mediaType: z.enum(IMAGE_MEDIA_TYPES),
  bytes: z.number().int().positive(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type UploadedImage = z.infer<typeof uploadedImageSchema>;
