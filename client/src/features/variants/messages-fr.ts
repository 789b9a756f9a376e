import type { Translation } from '../../lib/i18n/message.ts';
import type { variantMessagesEn } from './messages-en.ts';

/** Traductions françaises des chaînes des variantes adaptées d’un modèle. */
export const variantMessagesFr: Translation<typeof variantMessagesEn> = {
  'variants.tailor': 'Adapter une variante',
  'variants.tailorHint': 'Créer un nouveau document, par exemple un plan d’action municipal, à partir du texte actuel de celui-ci.',
  'variants.titleLabel': 'Titre de la variante',
  'variants.titlePlaceholder': 'p. ex. Plan d’action municipal de Praia',
  'variants.create': 'Créer la variante',
  'variants.cancel': 'Annuler',
  'variants.creating': 'Création…',
  'variants.failed': 'La variante n’a pas pu être créée : {message}',
  'variants.tailoredFrom': 'Adapté de {title}',
  'variants.openParent': 'Ouvrir le modèle national',
  'variants.upToDate': 'Aucun changement dans le modèle national depuis le {date}.',
  'variants.changedCount': {
    one: 'Le modèle national a changé dans {count} section depuis le {date}.',
    many: 'Le modèle national a changé dans {count} de sections depuis le {date}.',
    other: 'Le modèle national a changé dans {count} sections depuis le {date}.',
  },
  'variants.panelHeading': 'Changements dans le modèle national',
  'variants.show': 'Afficher les changements',
  'variants.hide': 'Masquer les changements',
  'variants.untitledSection': 'Texte d’introduction',
  'variants.status.changed': 'Modifiée',
  'variants.status.added': 'Ajoutée',
  'variants.status.removed': 'Supprimée',
  'variants.status.unchanged': 'Inchangée',
  'variants.markReviewed': 'Marquer comme examiné',
  'variants.reviewFailed': 'Impossible de marquer les changements comme examinés : {message}',
  'variants.loadFailed': 'Les changements du modèle national n’ont pas pu être chargés : {message}',
};
