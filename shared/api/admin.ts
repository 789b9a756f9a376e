import { z } from 'zod';
import {
  adminSignupPolicySchema,
  adminUserListSchema,
  adminUserQuerySchema,
  adminUserResponseSchema,
  instanceLimitListSchema,
  storageReportSchema,
  updateAdminUserBodySchema,
} from '../schemas/admin.ts';
import { signupPolicySchema } from '../schemas/auth.ts';
import { pendingPasswordResetListSchema } from '../schemas/password-resets.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint } from './endpoint.ts';

/** Instance administration (`server/routes/admin.ts`), for instance administrators only. */
export const adminEndpoints = {
  users: endpoint({
    method: 'get',
    path: '/api/admin/users',
    summary: 'Accounts, by name, a page at a time; `q` searches names and email addresses (administrator)',
    tag: 'admin',
    auth: 'admin',
    query: adminUserQuerySchema,
    answers: { 200: adminUserListSchema },
  }),
  updateUser: endpoint({
    method: 'patch',
    path: '/api/admin/users/:userId',
    summary: 'Disable, re-enable, promote or demote an account; disabling ends its sessions (administrator)',
    tag: 'admin',
    auth: 'admin',
    params: z.object({ userId: idSchema }),
    body: updateAdminUserBodySchema,
    answers: { 200: adminUserResponseSchema },
    failures: {
      409: 'The change would disable the caller’s own account (`cannot_disable_self`) or leave no enabled administrator (`last_admin`)',
    },
  }),
  passwordResets: endpoint({
    method: 'get',
    path: '/api/admin/password-resets',
    summary: 'Pending password reset links, to hand over when they could not be emailed (administrator)',
    tag: 'admin',
    auth: 'admin',
    answers: { 200: pendingPasswordResetListSchema },
  }),
  signupPolicy: endpoint({
    method: 'get',
    path: '/api/admin/signup-policy',
    summary: 'The sign-up policy and whether the host fixed it (administrator)',
    tag: 'admin',
    auth: 'admin',
    answers: { 200: adminSignupPolicySchema },
  }),
  setSignupPolicy: endpoint({
    method: 'put',
    path: '/api/admin/signup-policy',
    summary: 'Change the sign-up policy (administrator)',
    tag: 'admin',
    auth: 'admin',
    body: signupPolicySchema,
    answers: { 200: adminSignupPolicySchema },
    failures: { 409: 'The host fixed the policy in `CADRE_SIGNUP` (`policy_fixed_by_host`)' },
  }),
  limits: endpoint({
    method: 'get',
    path: '/api/admin/limits',
    summary: 'Limits in force and the variables that set them (administrator)',
    tag: 'admin',
    auth: 'admin',
    answers: { 200: instanceLimitListSchema },
  }),
  storage: endpoint({
    method: 'get',
    path: '/api/admin/storage',
    summary: 'Bytes of document edits and versions per workspace, and which are archived (administrator)',
    tag: 'admin',
    auth: 'admin',
    answers: { 200: storageReportSchema },
  }),
};
