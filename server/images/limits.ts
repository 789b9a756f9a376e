/**
 * Bounds of the images a document holds. The size of one image is the host's
 * (`CADRE_MAX_IMAGE_BYTES`); the others hold for every instance.
 */
export type ImageLimits = {
  /** Largest image file. */
  maxBytes: number;
  /**
   * Pixels of one image. Browsers, LibreOffice and Word decode an image to about 4 bytes per
   * pixel whatever its file size: a 30,000 × 30,000 PNG of a few KB is 3.6 GB once shown.
   */
  maxPixels: number;
  /** Width or height of one image. */
  maxSide: number;
  /** Images stored for one document (its live text and every version share them). */
  maxPerDocument: number;
  /** Bytes of the images of one document: every export embeds them, so they must fit an export. */
  maxBytesPerDocument: number;
  /** Uploads one user may make in `perUserWindowMs`; more answer 429. */
  perUserMax: number;
  perUserWindowMs: number;
};

const MiB = 1024 * 1024;
export const DEFAULT_MAX_IMAGE_BYTES = 5 * MiB;

export const DEFAULT_IMAGE_LIMITS: ImageLimits = {
  maxBytes: DEFAULT_MAX_IMAGE_BYTES,
  maxPixels: 40_000_000,
  maxSide: 12_000,
  maxPerDocument: 200,
  maxBytesPerDocument: 30 * MiB,
  perUserMax: 120,
  perUserWindowMs: 15 * 60 * 1000,
};
