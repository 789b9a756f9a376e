/** Strings of sign-up policy, email confirmation and password rules, spread into `lib/i18n/en.ts`. */
export const accountMessagesEn = {
  'auth.passwordRules': 'At least 10 characters. Not a common password, and not your email address.',
  'auth.signupNotPossible': 'An account could not be created with these details. If you already have an account, sign in or reset your password.',
  'auth.signupInvitationOnly': 'Accounts on this server are created by invitation only. Ask a workspace facilitator to invite you, then open the link they send.',
  'auth.signupDomainsOnly': 'Accounts on this server are for addresses at {domains}. Use your work address, or ask to be invited.',
  'auth.policy.invite': 'This server creates accounts by invitation only: open the link in your invitation.',
  'auth.policy.domains': 'Accounts on this server are for addresses at {domains}.',
  'auth.policy.confirmation': 'We will email you a link to confirm your address.',
  'auth.confirmationSent': 'Check your inbox: we sent a message to {email}. Open the link in it within 24 hours to finish.',
  'auth.confirmationSentInvite': 'Once you have confirmed your address, open this invitation link again to join the workspace.',
  'auth.emailUnconfirmed': 'Confirm your address first: open the link we emailed you when you created the account.',
  'auth.accountDisabled': 'This account has been disabled. Contact the administrator of this server.',
  'auth.backToForm': 'Back',

  'confirm.heading': 'Confirm your account',
  'confirm.intro': 'Confirm your email address to finish creating your Cadre account.',
  'confirm.submit': 'Confirm and sign in',
  'confirm.invalid': 'This confirmation link is not valid. Sign up again to get a new one.',
  'confirm.expired': 'This confirmation link has expired. Sign up again to get a new one.',
  'confirm.used': 'This address already has an account. Sign in instead.',
  'confirm.goSignIn': 'Go to sign-in',
} as const;
