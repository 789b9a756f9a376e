import type { ServerText } from './server-text.ts';

/** Ce que le serveur écrit en français. */
export const serverTextFr: ServerText = {
  automaticCheckpoint: 'Point de sauvegarde automatique',
  validationSteps: ['Groupe restreint', 'Atelier de validation', 'Comité de pilotage', 'Adoption technique', 'Adoption politique'],
  roles: {
    facilitator: 'facilitateur',
    chair: 'président',
    drafter: 'rédacteur',
    expert: 'expert',
    observer: 'observateur',
    consultee: 'partie consultée',
  },
  passwordReset: {
    subject: 'Réinitialisez votre mot de passe Cadre',
    body: 'Quelqu’un a demandé la réinitialisation du mot de passe de votre compte Cadre.\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l’heure :\n{link}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez ce courriel : votre mot de passe reste inchangé.\n',
  },
  signupConfirmation: {
    subject: 'Confirmez votre compte Cadre',
    body: 'Quelqu’un (vous, espérons-le) a créé un compte Cadre avec cette adresse.\n\nPour le confirmer et vous connecter, ouvrez ce lien dans les 24 heures :\n{link}\n\nSi ce n’était pas vous, ignorez ce courriel : aucun compte n’est créé.\n',
  },
  signupExisting: {
    subject: 'Quelqu’un a tenté de créer un compte Cadre avec votre adresse',
    body: 'Quelqu’un a tenté de créer un nouveau compte Cadre avec cette adresse, qui en a déjà un.\n\nSi c’était vous, connectez-vous sur {origin}/ ou, si vous avez oublié votre mot de passe, choisissez « Mot de passe oublié ? » sur cette page.\n\nSi ce n’était pas vous, ignorez ce courriel : rien n’a changé.\n',
  },
  invitation: {
    subject: 'Invitation à {workspace}',
    body: '{inviter} vous invite à rejoindre « {workspace} » sur Cadre en tant que {role}.\n\nOuvrez ce lien dans les sept jours pour accepter :\n{link}\n',
  },
  digest: {
    subject: {
      one: 'Cadre : {count} notification de relecture non lue',
      many: 'Cadre : {count} de notifications de relecture non lues',
      other: 'Cadre : {count} notifications de relecture non lues',
    },
    actions: {
      mention: 'vous a mentionné',
      reply: 'a répondu',
      resolved: 'a résolu votre fil',
      accepted: 'a accepté votre suggestion',
      rejected: 'a rejeté votre suggestion',
      decision: 'a statué sur votre fil',
      reportOverdue: 'Un rapport de période est en retard',
    },
  },
};
