import type { Translation } from '../../lib/i18n/message.ts';
import type { demoMessagesEn } from './messages-en.ts';

/** Spanish strings of the demo workspace offer. */
export const demoMessagesEs: Translation<typeof demoMessagesEn> = {
  'demo.heading': 'Explore un espacio de trabajo de demostración',
  'demo.body': 'Crea un espacio de ejemplo inspirado en un plan de acción municipal de inmigración e integración: instituciones, miembros, hoja de ruta, matrices y un plan parcialmente redactado.',
  'demo.create': 'Crear el espacio de demostración',
};
