import type { Translation } from '../../lib/i18n/message.ts';
import type { accountMessagesEn } from './messages-en.ts';

/** Traductions françaises des règles d’inscription, de la confirmation d’adresse et des mots de passe. */
export const accountMessagesFr: Translation<typeof accountMessagesEn> = {
  'auth.passwordRules': 'Au moins 10 caractères. Pas un mot de passe courant, ni votre adresse e-mail.',
  'auth.signupNotPossible': 'Impossible de créer un compte avec ces informations. Si vous avez déjà un compte, connectez-vous ou réinitialisez votre mot de passe.',
  'auth.signupInvitationOnly': 'Sur ce serveur, les comptes sont créés uniquement sur invitation. Demandez à un facilitateur de vous inviter, puis ouvrez le lien qu’il vous envoie.',
  'auth.signupDomainsOnly': 'Sur ce serveur, les comptes sont réservés aux adresses {domains}. Utilisez votre adresse professionnelle ou demandez une invitation.',
  'auth.policy.invite': 'Ce serveur crée les comptes uniquement sur invitation : ouvrez le lien de votre invitation.',
  'auth.policy.domains': 'Sur ce serveur, les comptes sont réservés aux adresses {domains}.',
  'auth.policy.confirmation': 'Nous vous enverrons par e-mail un lien pour confirmer votre adresse.',
  'auth.confirmationSent': 'Consultez votre boîte de réception : nous avons envoyé un message à {email}. Ouvrez le lien qu’il contient dans les 24 heures pour terminer.',
  'auth.confirmationSentInvite': 'Une fois votre adresse confirmée, ouvrez de nouveau ce lien d’invitation pour rejoindre l’espace de travail.',
  'auth.emailUnconfirmed': 'Confirmez d’abord votre adresse : ouvrez le lien que nous vous avons envoyé à la création du compte.',
  'auth.accountDisabled': 'Ce compte a été désactivé. Contactez l’administrateur de ce serveur.',
  'auth.backToForm': 'Retour',

  'confirm.heading': 'Confirmer votre compte',
  'confirm.intro': 'Confirmez votre adresse e-mail pour terminer la création de votre compte Cadre.',
  'confirm.submit': 'Confirmer et se connecter',
  'confirm.invalid': 'Ce lien de confirmation n’est pas valide. Inscrivez-vous de nouveau pour en recevoir un autre.',
  'confirm.expired': 'Ce lien de confirmation a expiré. Inscrivez-vous de nouveau pour en recevoir un autre.',
  'confirm.used': 'Cette adresse a déjà un compte. Connectez-vous plutôt.',
  'confirm.goSignIn': 'Aller à la connexion',
};
