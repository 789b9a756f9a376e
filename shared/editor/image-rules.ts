/**
 * What an image in a document may be: its node's name, the bounds of its attributes, and the
 * one kind of source it may have, a stored image's path. A module without zod, read by the
 * editor in the browser and by the server's checks; the upload's schemas are in
 * `shared/schemas/images.ts`.
 */

/** The only image types a document may hold, recognised from their bytes (`server/images/sniff.ts`). */
export const IMAGE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type ImageMediaType = (typeof IMAGE_MEDIA_TYPES)[number];

/** Longest alt text kept: a description, not a caption or a paragraph. */
export const MAX_IMAGE_ALT = 1000;
/** Display width an author may give an image, in CSS pixels; null shows it at its own size, fitted to the page. */
export const IMAGE_WIDTH_RANGE = { min: 16, max: 2000 } as const;

/** The name of the image node in a document. */
export const IMAGE_NODE = 'image';

/** A width attribute as the schema keeps it: whole CSS pixels in range, or null (natural size). */
export function imageWidth(value: unknown): number | null {
  const number = typeof value === 'string' ? Number.parseInt(value, 10) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) return null;
  return Math.min(IMAGE_WIDTH_RANGE.max, Math.max(IMAGE_WIDTH_RANGE.min, Math.round(number)));
}

/** The path an image is served at; the only `src` an image node may have. */
export const imageSrc = (id: string): string => `/api/images/${id}`;

const IMAGE_SRC = /^\/api\/images\/([A-Za-z0-9_-]{8,64})$/;

/** The id an image node's `src` names, or null for anything else (another site, data:, javascript:). */
export function imageIdOfSrc(src: unknown): string | null {
  if (typeof src !== 'string') return null;
  return IMAGE_SRC.exec(src)?.[1] ?? null;
}
