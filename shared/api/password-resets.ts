import { passwordResetBodySchema, passwordResetRequestBodySchema } from '../schemas/password-resets.ts';
import { endpoint } from './endpoint.ts';

/**
 * Password reset by one-time link (`server/routes/password-resets.ts`); the administrator's list
 * of pending links is in `admin.ts`.
 */
export const passwordResetsEndpoints = {
  request: endpoint({
    method: 'post',
    path: '/api/auth/password-reset/request',
    summary: 'Ask for a one-time password reset link (202 whether or not the account exists)',
    tag: 'password-resets',
    auth: 'none',
    body: passwordResetRequestBodySchema,
    answers: { 202: null },
    failures: { 429: 'Too many requests from this address, or for this email address: `Retry-After` says when to try again' },
  }),
  reset: endpoint({
    method: 'post',
    path: '/api/auth/password-reset',
    summary: 'Set a new password with a reset link; ends every session of the account',
    tag: 'password-resets',
    auth: 'none',
    body: passwordResetBodySchema,
    answers: { 204: null },
    failures: {
      400: 'Invalid body (`error.fields`: a weak password is refused without spending the link), or the link is not valid (`reset_link_invalid`)',
      410: 'The link expired (`reset_link_expired`) or was already used (`reset_link_used`)',
      429: 'Too many attempts from this address: `Retry-After` says when to try again',
    },
  }),
};
