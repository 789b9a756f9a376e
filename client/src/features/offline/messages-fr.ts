import type { offlineMessagesEn } from './messages-en.ts';

/** Traductions françaises du travail hors ligne : copie sur l’appareil, mises à jour, matrices. */
export const offlineMessagesFr: Readonly<Record<keyof typeof offlineMessagesEn, string>> = {
  'offline.status.savedLocally': 'Enregistré sur cet appareil ({count})',
  'offline.status.savedLocallyDetail': 'Modifications pas encore sur le serveur : elles sont envoyées au retour de la connexion.',
  'offline.update.label': 'Mise à jour de Cadre',
  'offline.update.ready': 'Une nouvelle version de Cadre est prête.',
  'offline.update.apply': 'Recharger pour mettre à jour',
  'offline.update.waitForSave': 'Elle pourra être appliquée dès que vos dernières modifications auront atteint le serveur.',
  'offline.update.appliedElsewhere': 'Cadre a été mis à jour dans un autre onglet. Rechargez celui-ci quand cela vous convient.',
  'offline.update.reload': 'Recharger',
  'offline.update.later': 'Plus tard',
  'offline.matrix.readOnly': 'Vous êtes hors ligne : cette matrice est affichée telle qu’elle a été chargée la dernière fois et ne peut pas être modifiée avant le retour de la connexion.',
};
