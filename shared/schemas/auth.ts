import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'email is too long')
  .pipe(z.email('enter a valid email address'));

export const passwordSchema = z
  .string()
  .min(10, 'use at least 10 characters')
  .max(200, 'use at most 200 characters');

export const personNameSchema = z.string().trim().min(1, 'name is required').max(120, 'name is at most 120 characters');

export const signupBodySchema = z.object({ email: emailSchema, password: passwordSchema, name: personNameSchema }).strict();
export const loginBodySchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) }).strict();
export const passwordResetRequestBodySchema = z.object({ email: emailSchema }).strict();
export const passwordResetBodySchema = z.object({ token: z.string().min(20).max(200), password: passwordSchema }).strict();

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

export const meResponseSchema = z.object({ user: userSchema });

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
export const pendingPasswordResetListSchema = z.object({ passwordResets: z.array(pendingPasswordResetSchema) });
