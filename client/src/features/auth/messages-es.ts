import type { Translation } from '../../lib/i18n/message.ts';
import type { accountMessagesEn } from './messages-en.ts';

/** Spanish strings of sign-up policy, email confirmation and password rules. */
export const accountMessagesEs: Translation<typeof accountMessagesEn> = {
  'auth.passwordRules': 'Al menos 10 caracteres. Ni una contraseña común ni su dirección de correo.',
  'auth.signupNotPossible': 'No se pudo crear una cuenta con estos datos. Si ya tiene una cuenta, inicie sesión o restablezca su contraseña.',
  'auth.signupInvitationOnly': 'En este servidor las cuentas se crean solo por invitación. Pida a un facilitador del espacio de trabajo que le invite y abra después el enlace que le envíe.',
  'auth.signupDomainsOnly': 'Las cuentas de este servidor son para direcciones de {domains}. Use su dirección profesional o pida que le inviten.',
  'auth.policy.invite': 'Este servidor crea cuentas solo por invitación: abra el enlace de su invitación.',
  'auth.policy.domains': 'Las cuentas de este servidor son para direcciones de {domains}.',
  'auth.policy.confirmation': 'Le enviaremos por correo un enlace para confirmar su dirección.',
  'auth.confirmationSent': 'Revise su bandeja de entrada: hemos enviado un mensaje a {email}. Abra el enlace que contiene en un plazo de 24 horas para terminar.',
  'auth.confirmationSentInvite': 'Una vez confirmada su dirección, vuelva a abrir este enlace de invitación para unirse al espacio de trabajo.',
  'auth.emailUnconfirmed': 'Primero confirme su dirección: abra el enlace que le enviamos por correo al crear la cuenta.',
  'auth.accountDisabled': 'Esta cuenta ha sido desactivada. Póngase en contacto con el administrador de este servidor.',
  'auth.backToForm': 'Volver',

  'confirm.heading': 'Confirme su cuenta',
  'confirm.intro': 'Confirme su dirección de correo para terminar de crear su cuenta de Cadre.',
  'confirm.submit': 'Confirmar e iniciar sesión',
  'confirm.invalid': 'Este enlace de confirmación no es válido. Regístrese de nuevo para recibir otro.',
  'confirm.expired': 'Este enlace de confirmación ha caducado. Regístrese de nuevo para recibir otro.',
  'confirm.used': 'Esta dirección ya tiene una cuenta. Inicie sesión.',
  'confirm.goSignIn': 'Ir al inicio de sesión',
};
