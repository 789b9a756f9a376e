import { z } from 'zod';
import { emailSchema, linkTokenSchema, passwordSchema } from './auth.ts';

/** Shapes of password reset by one-time link (`/api/auth/password-reset`). */

export const passwordResetRequestBodySchema = z.object({ email: emailSchema }).strict();
export const passwordResetBodySchema = z.object({ token: linkTokenSchema, password: passwordSchema }).strict();

/**
 * A reset link waiting to be used, listed for the instance administrator: without SMTP the
 * administrator hands links over by another channel. `link` is null when the server no longer
 * holds it (only its hash is stored), e.g. after a restart: the person asks again.
 */
export const pendingPasswordResetSchema = z.object({
  email: z.string(),
  name: z.string(),
  expiresAt: z.string(),
  link: z.string().nullable(),
});
export type PendingPasswordReset = z.infer<typeof pendingPasswordResetSchema>;
export const pendingPasswordResetListSchema = z.object({ passwordResets: z.array(pendingPasswordResetSchema) });
