import type { Translation } from '../../lib/i18n/message.ts';
import type { variantMessagesEn } from './messages-en.ts';

/** Spanish strings of template-then-tailor variants. */
export const variantMessagesEs: Translation<typeof variantMessagesEn> = {
  'variants.tailor': 'Adaptar una variante',
  'variants.tailorHint': 'Inicie un nuevo documento, como un plan de acción municipal, a partir del texto actual de este.',
  'variants.titleLabel': 'Título de la variante',
  'variants.titlePlaceholder': 'p. ej. Plan de acción municipal de Praia',
  'variants.create': 'Crear la variante',
  'variants.cancel': 'Cancelar',
  'variants.creating': 'Creando…',
  'variants.failed': 'No se pudo crear la variante: {message}',
  'variants.tailoredFrom': 'Adaptada de {title}',
  'variants.openParent': 'Abrir la plantilla nacional',
  'variants.upToDate': 'La plantilla nacional no ha cambiado desde el {date}.',
  'variants.changedCount': {
    one: 'La plantilla nacional ha cambiado en {count} sección desde el {date}.',
    many: 'La plantilla nacional ha cambiado en {count} de secciones desde el {date}.',
    other: 'La plantilla nacional ha cambiado en {count} secciones desde el {date}.',
  },
  'variants.panelHeading': 'Cambios en la plantilla nacional',
  'variants.show': 'Mostrar los cambios',
  'variants.hide': 'Ocultar los cambios',
  'variants.untitledSection': 'Texto inicial',
  'variants.status.changed': 'Modificada',
  'variants.status.added': 'Añadida',
  'variants.status.removed': 'Eliminada',
  'variants.status.unchanged': 'Sin cambios',
  'variants.markReviewed': 'Marcar como revisados',
  'variants.reviewFailed': 'No se pudieron marcar los cambios como revisados: {message}',
  'variants.loadFailed': 'No se pudieron cargar los cambios de la plantilla nacional: {message}',
};
