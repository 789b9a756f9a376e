import type { Translation } from '../../lib/i18n/message.ts';
import type { templateMessagesEn } from './messages-en.ts';

/** Traductions françaises des chaînes de la création d’un document à partir d’un modèle. */
export const templateMessagesFr: Translation<typeof templateMessagesEn> = {
  'templates.heading': 'Nouveau document à partir d’un modèle',
  'templates.intro': 'Les modèles donnent les titres d’un document de politique avec des conseils sous chacun. Les conseils sont visibles pendant la rédaction et jamais exportés.',
  'templates.label': 'Modèle',
  'templates.titleLabel': 'Titre du document',
  'templates.language': 'Langue du modèle',
  'templates.create': 'Créer à partir du modèle',
};
