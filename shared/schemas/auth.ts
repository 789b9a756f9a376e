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
