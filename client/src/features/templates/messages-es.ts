import type { Translation } from '../../lib/i18n/message.ts';
import type { templateMessagesEn } from './messages-en.ts';

/** Spanish strings of creating a document from a template. */
export const templateMessagesEs: Translation<typeof templateMessagesEn> = {
  'templates.heading': 'Nuevo documento a partir de una plantilla',
  'templates.intro': 'Las plantillas proporcionan los títulos de un documento de política con orientaciones bajo cada uno. Las orientaciones se ven durante la redacción y nunca se exportan.',
  'templates.label': 'Plantilla',
  'templates.titleLabel': 'Título del documento',
  'templates.language': 'Idioma de la plantilla',
  'templates.create': 'Crear a partir de la plantilla',
};
