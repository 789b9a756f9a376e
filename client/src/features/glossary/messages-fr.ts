import type { Translation } from '../../lib/i18n/message.ts';
import type { glossaryMessagesEn } from './messages-en.ts';

/** Traductions françaises des chaînes du glossaire arrêté et du vocabulaire de l’espace. */
export const glossaryMessagesFr: Translation<typeof glossaryMessagesEn> = {
  'glossary.agreedTerm': 'Terme arrêté',
  'glossary.proposed': 'Proposé',
  'glossary.agree': 'Arrêter',
  'glossary.agreeNamed': 'Arrêter le terme « {term} »',
  'glossary.agreedBy': 'Arrêté par {name}, {date}',
  'glossary.agreeFailed': 'Le terme n’a pas pu être arrêté : {message}',
  'glossary.changedMeanwhile': 'Quelqu’un a modifié ce terme entre-temps : relisez-le avant de l’arrêter.',
};
