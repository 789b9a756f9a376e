import type { Translation } from '../../lib/i18n/message.ts';
import type { glossaryMessagesEn } from './messages-en.ts';

/** Spanish strings of the glossary's agreement. */
export const glossaryMessagesEs: Translation<typeof glossaryMessagesEn> = {
  'glossary.agreedTerm': 'Término acordado',
  'glossary.proposed': 'Propuesto',
  'glossary.agree': 'Acordar',
  'glossary.agreeNamed': 'Acordar el término «{term}»',
  'glossary.agreedBy': 'Acordado por {name}, {date}',
  'glossary.agreeFailed': 'No se pudo acordar el término: {message}',
  'glossary.changedMeanwhile': 'Otra persona modificó este término mientras tanto: reléalo antes de acordarlo.',
};
