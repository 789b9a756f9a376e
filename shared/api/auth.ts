import {
  confirmEmailBodySchema,
  loginBodySchema,
  meResponseSchema,
  sessionResponseSchema,
  publicSignupPolicySchema,
  signupBodySchema,
  signupPendingSchema,
} from '../schemas/auth.ts';
import { SESSION_PATH } from './early-paths.ts';
import { endpoint } from './endpoint.ts';

const RATE_LIMITED = 'Too many attempts from this address: `Retry-After` says when to try again';

/**
 * Accounts and sessions (`server/routes/auth.ts`): sign-up under the instance's policy, email
 * confirmation, sign-in and sign-out. A success that signs in sets the session cookie.
 */
export const authEndpoints = {
  signupPolicy: endpoint({
    method: 'get',
    path: '/api/auth/signup-policy',
    summary: 'Who may create an account here, and whether addresses are confirmed by email',
    tag: 'auth',
    auth: 'none',
    answers: { 200: publicSignupPolicySchema },
  }),
  signUp: endpoint({
    method: 'post',
    path: '/api/auth/signup',
    summary:
      'Create an account and sign in (201); with SMTP, 202 and a confirmation link by email, whether or not the address has an account',
    tag: 'auth',
    auth: 'none',
    body: signupBodySchema,
    answers: { 201: meResponseSchema, 202: signupPendingSchema },
    failures: {
      403: 'The sign-up policy refuses this address (`signup_invitation_required`, `signup_domain_not_allowed`), or sent from another site',
      409: 'Without email confirmation: an account cannot be created with these details (`signup_not_possible`)',
      429: 'Too many sign-ups from this address, or (with email) to this email address: `Retry-After` says when to try again',
    },
  }),
  confirm: endpoint({
    method: 'post',
    path: '/api/auth/confirm',
    summary: 'Confirm a new account’s address with its emailed link; creates the account and signs in',
    tag: 'auth',
    auth: 'none',
    body: confirmEmailBodySchema,
    answers: { 200: meResponseSchema },
    failures: {
      400: 'Invalid body, or the link is not valid (`confirm_link_invalid`)',
      403: 'The sign-up policy, as it is now, refuses this address, or sent from another site',
      410: 'The link expired (`confirm_link_expired`), or the address already has an account (`confirm_link_used`)',
      429: RATE_LIMITED,
    },
  }),
  login: endpoint({
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in (starts a new session); limited per address and per account from one address',
    tag: 'auth',
    auth: 'none',
    body: loginBodySchema,
    answers: { 200: meResponseSchema },
    failures: {
      401: 'Wrong email or password (`wrong_credentials`)',
      403: 'The address is not confirmed yet (`email_unconfirmed`), the account is disabled (`account_disabled`), or sent from another site',
      429: 'Too many attempts from this address, or for this account from this address: `Retry-After` says when to try again',
    },
  }),
  logout: endpoint({
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Sign out and close this session’s sockets and event streams',
    tag: 'auth',
    auth: 'session',
    answers: { 204: null },
  }),
  session: endpoint({
    method: 'get',
    path: SESSION_PATH,
    summary: 'Who is signed in, or `{ user: null }` for an anonymous visit (the page’s session probe; never 401)',
    tag: 'auth',
    auth: 'none',
    answers: { 200: sessionResponseSchema },
  }),
  me: endpoint({
    method: 'get',
    path: '/api/me',
    summary: 'The signed-in user and their instance abilities',
    tag: 'auth',
    auth: 'session',
    answers: { 200: meResponseSchema },
  }),
};
