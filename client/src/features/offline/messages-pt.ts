import type { Translation } from '../../lib/i18n/message.ts';
import type { offlineMessagesEn } from './messages-en.ts';

/** Traduções portuguesas do trabalho sem ligação: cópia no dispositivo, atualizações, matrizes. */
export const offlineMessagesPt: Translation<typeof offlineMessagesEn> = {
  'offline.status.savedLocally': 'Guardado neste dispositivo ({count})',
  'offline.status.savedLocallyDetail': 'Alterações ainda não enviadas para o servidor: serão enviadas quando a ligação for restabelecida.',
  'offline.update.label': 'Atualização do Cadre',
  'offline.update.ready': 'Está disponível uma nova versão do Cadre.',
  'offline.update.apply': 'Recarregar para atualizar',
  'offline.update.waitForSave': 'Poderá ser aplicada assim que as suas últimas alterações chegarem ao servidor.',
  'offline.update.appliedElsewhere': 'O Cadre foi atualizado noutro separador. Recarregue este quando lhe for conveniente.',
  'offline.update.reload': 'Recarregar',
  'offline.update.later': 'Mais tarde',
  'offline.matrix.readOnly': 'Está sem ligação: esta matriz é apresentada tal como foi carregada pela última vez e não pode ser alterada até a ligação ser restabelecida.',
};
