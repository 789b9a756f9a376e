import { z } from 'zod';
import { signupPolicySchema } from './auth.ts';

/** Shapes of `/api/admin/*`: instance administration, for instance administrators only. */

export const ADMIN_USERS_PAGE_SIZE = 25;

export const adminUserQuerySchema = z.object({
  /** Part of a name or email address; empty lists everyone. */
  q: z.string().trim().max(100, 'search is at most 100 characters').default(''),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export const adminUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
  /** Workspaces the account is an active member of. */
  workspaces: z.number().int(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

export const adminUserListSchema = z.object({
  users: z.array(adminUserSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AdminUserList = z.infer<typeof adminUserListSchema>;

/** Disable or re-enable an account, promote it to administrator or demote it. */
export const updateAdminUserBodySchema = z
  .object({ disabled: z.boolean().optional(), isAdmin: z.boolean().optional() })
  .strict()
  .refine((body) => body.disabled !== undefined || body.isAdmin !== undefined, { message: 'change `disabled` or `isAdmin`' });
export type AdminUserChange = z.infer<typeof updateAdminUserBodySchema>;

export const adminUserResponseSchema = z.object({ user: adminUserSchema });

export const SIGNUP_ENV_VARIABLE = 'CADRE_SIGNUP';

export const adminSignupPolicySchema = z.object({
  policy: signupPolicySchema,
  /** Set by the host in `CADRE_SIGNUP`: shown, not editable here. */
  fixedByHost: z.boolean(),
  envVariable: z.literal(SIGNUP_ENV_VARIABLE),
  /** New accounts confirm their address by a one-time link (the server sends email). */
  emailConfirmation: z.boolean(),
});
export type AdminSignupPolicy = z.infer<typeof adminSignupPolicySchema>;

/**
 * One limit in force. `name` is a stable key the client translates; a key it does not know is
 * shown as is, so the server can add limits before the client names them.
 */
export const instanceLimitSchema = z.object({
  name: z.string(),
  value: z.number(),
  unit: z.enum(['bytes', 'seconds', 'count']),
  /** For rates: the window the count applies to. */
  windowSeconds: z.number().nullable(),
  /** The environment variable that changes it, or null when it is fixed in the code. */
  envVariable: z.string().nullable(),
});
export type InstanceLimit = z.infer<typeof instanceLimitSchema>;
export const instanceLimitListSchema = z.object({ limits: z.array(instanceLimitSchema) });

export const workspaceStorageSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** When it was archived, or null: only an archived workspace can be deleted for good. */
  archivedAt: z.string().nullable(),
  documents: z.number().int(),
  /** Bytes of the documents' stored edits (the live text and its history since compaction). */
  updateBytes: z.number().int(),
  /** Bytes of named, automatic and signed versions. */
  versionBytes: z.number().int(),
  totalBytes: z.number().int(),
});
export const storageReportSchema = z.object({ workspaces: z.array(workspaceStorageSchema), totalBytes: z.number().int() });
export type StorageReport = z.infer<typeof storageReportSchema>;
