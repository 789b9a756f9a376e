import type { Translation } from '../../lib/i18n/message.ts';
import type { demoMessagesEn } from './messages-en.ts';

/** Traduções portuguesas das cadeias da oferta de espaço de demonstração. */
export const demoMessagesPt: Translation<typeof demoMessagesEn> = {
  'demo.heading': 'Explorar um espaço de demonstração',
  'demo.body': 'Cria um espaço de exemplo inspirado num plano de ação municipal para a imigração e a integração: instituições, membros, roteiro, matrizes e um plano parcialmente redigido.',
  'demo.create': 'Criar o espaço de demonstração',
};
