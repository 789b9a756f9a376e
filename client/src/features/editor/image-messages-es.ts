import type { Translation } from '../../lib/i18n/message.ts';
import type { imageMessagesEn } from './image-messages-en.ts';

/** Spanish strings of images in the editor. */
export const imageMessagesEs: Translation<typeof imageMessagesEn> = {
  'image.insert': 'Insertar una imagen',
  'image.alt': 'Descripción de la imagen',
  'image.altPlaceholder': 'Describa la imagen para quienes no pueden verla',
  'image.uploading': 'Subiendo la imagen…',
  'image.error.unsupported_image': 'Este archivo no es una imagen que Cadre pueda mostrar: use una imagen PNG, JPEG, GIF o WebP.',
  'image.error.image_too_large': 'Esta imagen tiene demasiados píxeles para mostrarse con seguridad: reduzca sus dimensiones e inténtelo de nuevo.',
  'image.error.file_too_large': 'Esta imagen es demasiado grande: redúzcala e inténtelo de nuevo.',
  'image.error.too_many_images': 'Este documento ya contiene el máximo de imágenes permitido.',
  'image.error.rate_limited': 'Demasiadas imágenes a la vez: espere un momento e inténtelo de nuevo.',
  'image.dismiss': 'Cerrar',
  'image.error.generic': 'No se pudo añadir la imagen. Inténtelo de nuevo.',
};
