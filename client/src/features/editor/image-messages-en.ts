/** Strings of images in the editor, spread into the app dictionary (`lib/i18n/en.ts`). */
export const imageMessagesEn = {
  'image.insert': 'Insert image',
  'image.alt': 'Image description',
  'image.altPlaceholder': 'Describe the image for readers who cannot see it',
  'image.uploading': 'Uploading image…',
  'image.error.unsupported_image': 'This file is not an image Cadre can show: use a PNG, JPEG, GIF or WebP image.',
  'image.error.image_too_large': 'This image has too many pixels to be shown safely: reduce its dimensions and try again.',
  'image.error.file_too_large': 'This image is too large: reduce it and try again.',
  'image.error.too_many_images': 'This document holds as many images as it may.',
  'image.error.rate_limited': 'Too many images at once: wait a moment and try again.',
  'image.dismiss': 'Dismiss',
  'image.error.generic': 'The image could not be added. Try again.',
} as const;
