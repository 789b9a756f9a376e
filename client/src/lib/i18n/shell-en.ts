import { accountMessagesEn } from '../../features/auth/messages-en.ts';
import { offlineMessagesEn } from '../../features/offline/messages-en.ts';
import type { Message } from './message.ts';

/**
 * The English texts of what a visitor sees before signing in: the app's frame, the sign-in and
 * password-reset pages, form errors, the offline banner. They are in the app's first script;
 * the rest of `en` comes with the first page that needs it (`I18n.need`), so the sign-in
 * form does not wait on a slow link for the words of every screen.
 */
export const shellMessagesEn = {
  'app.name': 'Cadre',
  'app.homeHint': ' — back to your workspaces',
  'app.skipToContent': 'Skip to content',
  'app.loadFailed': 'This page could not be loaded, probably because Cadre was updated. Reload to continue.',
  'app.reload': 'Reload',

  'language.label': 'Language',

  'errors.generic': 'Something went wrong: {message}',
  'errors.network': 'The server could not be reached. Check your connection and try again.',
  'errors.retry': 'Try again',
  // Why a field was refused, one entry per code of shared/schemas/field-issues.ts.
  'errors.field.required': 'This is required.',
  'errors.field.tooShort': 'Use at least {min} characters.',
  'errors.field.tooLong': 'Use at most {max} characters.',
  'errors.field.tooLow': 'Enter {min} or more.',
  'errors.field.tooHigh': 'Enter {max} or less.',
  'errors.field.outOfRange': 'Enter a whole number from {min} to {max}.',
  'errors.field.tooFew': 'Add at least {min}.',
  'errors.field.tooMany': 'Keep at most {max}.',
  'errors.field.notANumber': 'Enter a number.',
  'errors.field.notAWholeNumber': 'Enter a whole number.',
  'errors.field.invalidEmail': 'Enter an email address such as name@ministry.gov.',
  'errors.field.invalidUrl': 'Enter a web address such as https://example.org.',
  'errors.field.invalidDate': 'Enter a real date.',
  'errors.field.invalidFormat': 'This is not written in the expected form.',
  'errors.field.invalidChoice': 'Choose one of the options.',
  'errors.field.unknownField': 'The form sent something the server does not accept ({names}). Reload the page and try again.',
  'errors.field.notFound': 'This no longer exists here. Choose again.',
  'errors.field.duplicate': 'This name is already listed.',
  'errors.field.alreadyMember': 'This person is already a member of the workspace.',
  'errors.field.notAMember': 'This person is not a member of the workspace.',
  'errors.field.mustBeEmpty': 'Leave this empty here.',
  'errors.field.endBeforeStart': 'The end cannot come before the start.',
  'errors.field.notEditable': 'This cannot be changed here.',
  'errors.field.invalidParent': 'Choose a ministry or agency, not a department.',
  'errors.field.archived': 'This is archived: choose another, or restore it first.',
  'errors.field.roleNotAllowed': 'This role may not do this.',
  'errors.field.domainNotAllowed': 'Use an address at a domain this server accepts.',
  'errors.field.passwordCommon': 'This password is among the most common ones. Choose one that is harder to guess.',
  'errors.field.passwordPersonal': 'Do not use your email address, or the part before the @, in your password.',
  'errors.field.invalid': 'This value is not valid.',

  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.loading': 'Loading…',
  'common.optional': '(optional)',

  'user.menu': 'Signed in as {name}',
  'user.signOut': 'Sign out',
  'user.administration': 'Administration',

  'auth.intro': 'Cadre is where a government’s working group drafts national policy together.',
  'auth.modeLabel': 'Sign in or create an account',
  'auth.mode.signIn': 'Sign in',
  'auth.mode.signUp': 'Create an account',
  'auth.signIn.heading': 'Sign in to Cadre',
  'auth.signUp.heading': 'Create your Cadre account',
  'auth.email': 'Email',
  'auth.password': 'Password',
  'auth.name': 'Your name',
  'auth.nameHint': 'Shown to colleagues in the member list and next to your cursor.',
  'auth.signIn.submit': 'Sign in',
  'auth.signUp.submit': 'Create account',
  'auth.forgot': 'Forgot your password?',
  'auth.wrongCredentials': 'Wrong email or password.',
  'auth.rateLimited': 'Too many attempts. Wait {time} and try again.',
  'auth.wait.seconds': { one: '{count} second', other: '{count} seconds' },
  'auth.wait.minutes': { one: '{count} minute', other: '{count} minutes' },

  'reset.request.heading': 'Reset your password',
  'reset.request.intro': 'Enter your account’s email. You will receive a single-use link to choose a new password.',
  'reset.request.submit': 'Send the link',
  'reset.request.sent': 'If an account exists for {email}, a reset link is on its way. If this server sends no email, ask your administrator for the link.',
  'reset.backToSignIn': 'Back to sign in',
  'reset.heading': 'Choose a new password',
  'reset.password': 'New password',
  'reset.submit': 'Save the new password',
  'reset.done': 'Your password has been changed. Sign in with it now.',
  'reset.invalid': 'This reset link is not valid. Ask for a new one.',
  'reset.expired': 'This reset link has expired. Ask for a new one.',
  'reset.used': 'This reset link was already used. Ask for a new one.',

  ...accountMessagesEn,
  ...offlineMessagesEn,
} as const satisfies Record<string, Message>;
