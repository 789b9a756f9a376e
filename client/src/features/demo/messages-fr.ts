import type { Translation } from '../../lib/i18n/message.ts';
import type { demoMessagesEn } from './messages-en.ts';

/** Traductions françaises des chaînes de l’offre d’espace de démonstration. */
export const demoMessagesFr: Translation<typeof demoMessagesEn> = {
  'demo.heading': 'Découvrir un espace de démonstration',
  'demo.body': 'Crée un espace d’exemple inspiré d’un plan d’action municipal pour l’immigration et l’intégration : institutions, membres, feuille de route, matrices et un plan en partie rédigé.',
  'demo.create': 'Créer l’espace de démonstration',
};
