import type { reviewMessagesEn } from './messages-en.ts';

/** Chaînes de la complétion des mentions et des décisions de relecture (`lib/i18n/fr.ts`). */
export const reviewMessagesFr: Readonly<Record<keyof typeof reviewMessagesEn, string>> = {
  'review.mention.hint': 'Tapez @ et le début d’un nom pour mentionner un membre : il sera prévenu.',
  'review.mention.list': 'Membres à mentionner',
  'review.mention.count': '{count} membre(s) à mentionner. Haut et Bas pour choisir, Entrée pour insérer, Échap pour fermer.',
  'review.mention.none': 'Aucun membre de cet espace ne correspond.',
  'review.mention.notified': 'Seront prévenus :',
  'review.error.invalidMention': 'Une personne mentionnée n’est plus membre de cet espace. Retirez la mention et réessayez.',
  'notifications.resolved': '{name} a résolu votre fil',
  'notifications.accepted': '{name} a accepté votre proposition de modification',
  'notifications.rejected': '{name} a refusé votre proposition de modification',
};
