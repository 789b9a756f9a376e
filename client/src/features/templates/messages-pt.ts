import type { Translation } from '../../lib/i18n/message.ts';
import type { templateMessagesEn } from './messages-en.ts';

/** Traduções portuguesas das cadeias da criação de um documento a partir de um modelo. */
export const templateMessagesPt: Translation<typeof templateMessagesEn> = {
  'templates.heading': 'Novo documento a partir de um modelo',
  'templates.intro': 'Os modelos fornecem os títulos de um documento de política com orientações sob cada um. As orientações são visíveis durante a redação e nunca são exportadas.',
  'templates.label': 'Modelo',
  'templates.titleLabel': 'Título do documento',
  'templates.language': 'Língua do modelo',
  'templates.create': 'Criar a partir do modelo',
};
