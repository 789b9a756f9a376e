import type { Translation } from '../../lib/i18n/message.ts';
import type { glossaryMessagesEn } from './messages-en.ts';

/** Traduções portuguesas das cadeias do glossário aprovado e do vocabulário do espaço. */
export const glossaryMessagesPt: Translation<typeof glossaryMessagesEn> = {
  'glossary.agreedTerm': 'Termo aprovado',
  'glossary.proposed': 'Proposto',
  'glossary.agree': 'Aprovar',
  'glossary.agreeNamed': 'Aprovar o termo «{term}»',
  'glossary.agreedBy': 'Aprovado por {name}, {date}',
  'glossary.agreeFailed': 'Não foi possível aprovar o termo: {message}',
  'glossary.changedMeanwhile': 'Outra pessoa alterou este termo entretanto: releia-o antes de o aprovar.',
};
