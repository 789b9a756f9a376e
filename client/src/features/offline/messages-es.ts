import type { Translation } from '../../lib/i18n/message.ts';
import type { offlineMessagesEn } from './messages-en.ts';

/** Spanish strings of offline work: the copy kept on this device, app updates, offline matrices. */
export const offlineMessagesEs: Translation<typeof offlineMessagesEn> = {
  'offline.status.savedLocally': 'Guardado en este dispositivo ({count})',
  'offline.status.savedLocallyDetail': 'Cambios que aún no están en el servidor: se enviarán cuando vuelva la conexión.',
  'offline.update.label': 'Actualización de Cadre',
  'offline.update.ready': 'Hay una nueva versión de Cadre lista.',
  'offline.update.apply': 'Recargar para actualizar',
  'offline.update.waitForSave': 'Podrá aplicarse cuando sus últimos cambios hayan llegado al servidor.',
  'offline.update.appliedElsewhere': 'Cadre se actualizó en otra pestaña. Recargue esta cuando le convenga.',
  'offline.update.reload': 'Recargar',
  'offline.update.later': 'Más tarde',
  'offline.matrix.readOnly': 'Está sin conexión: esta matriz se muestra tal como se cargó por última vez y no se puede modificar hasta que vuelva la conexión.',
};
