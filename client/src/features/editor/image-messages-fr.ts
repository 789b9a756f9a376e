import type { Translation } from '../../lib/i18n/message.ts';
import type { imageMessagesEn } from './image-messages-en.ts';

/** Chaînes des images dans l’éditeur (`lib/i18n/fr.ts`). */
export const imageMessagesFr: Translation<typeof imageMessagesEn> = {
  'image.insert': 'Insérer une image',
  'image.alt': 'Description de l’image',
  'image.altPlaceholder': 'Décrivez l’image pour les lecteurs qui ne la voient pas',
  'image.uploading': 'Envoi de l’image…',
  'image.error.unsupported_image': 'Ce fichier n’est pas une image que Cadre peut afficher : utilisez une image PNG, JPEG, GIF ou WebP.',
  'image.error.image_too_large': 'Cette image a trop de pixels pour être affichée sans risque : réduisez ses dimensions et réessayez.',
  'image.error.file_too_large': 'Cette image est trop lourde : réduisez-la et réessayez.',
  'image.error.too_many_images': 'Ce document contient déjà autant d’images qu’il le peut.',
  'image.error.rate_limited': 'Trop d’images à la fois : patientez un instant et réessayez.',
  'image.dismiss': 'Fermer',
  'image.error.generic': 'L’image n’a pas pu être ajoutée. Réessayez.',
};
