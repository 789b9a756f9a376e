import {
  adminSignupPolicySchema,
  adminUserListSchema,
  adminUserResponseSchema,
  instanceLimitListSchema,
  storageReportSchema,
  updateAdminUserBodySchema,
} from '../shared/schemas/admin.ts';
import {
  confirmEmailBodySchema,
  loginBodySchema,
  meResponseSchema,
  passwordResetBodySchema,
  passwordResetRequestBodySchema,
  pendingPasswordResetListSchema,
  publicSignupPolicySchema,
  signupBodySchema,
  signupPolicySchema,
  signupResponseSchema,
} from '../shared/schemas/auth.ts';
import type { RouteSpec } from './openapi.ts';

/** Accounts, sign-in and instance administration, as listed in the OpenAPI document. */
export const accountRouteSpecs: readonly RouteSpec[] = [
  { method: 'get', path: '/api/auth/signup-policy', summary: 'Who may create an account here, and whether addresses are confirmed by email', tag: 'auth', auth: 'none', status: 200, response: publicSignupPolicySchema },
  { method: 'post', path: '/api/auth/signup', summary: 'Create an account and sign in (201); with SMTP, 202 and a confirmation link by email, whether or not the address has an account', tag: 'auth', auth: 'none', body: signupBodySchema, status: 201, response: signupResponseSchema },
  { method: 'post', path: '/api/auth/confirm', summary: 'Confirm a new account’s address with its emailed link; creates the account and signs in', tag: 'auth', auth: 'none', body: confirmEmailBodySchema, status: 200, response: meResponseSchema },
  { method: 'post', path: '/api/auth/login', summary: 'Sign in (starts a new session); limited per address and per account from one address', tag: 'auth', auth: 'none', body: loginBodySchema, status: 200, response: meResponseSchema },
  { method: 'post', path: '/api/auth/logout', summary: 'Sign out and close this session’s sockets', tag: 'auth', auth: 'session', status: 204 },
  { method: 'post', path: '/api/auth/password-reset/request', summary: 'Ask for a one-time password reset link (always 202)', tag: 'auth', auth: 'none', body: passwordResetRequestBodySchema, status: 202 },
  { method: 'post', path: '/api/auth/password-reset', summary: 'Set a new password with a reset link; ends all sessions', tag: 'auth', auth: 'none', body: passwordResetBodySchema, status: 204 },
  { method: 'get', path: '/api/me', summary: 'The signed-in user and their instance abilities', tag: 'auth', auth: 'session', status: 200, response: meResponseSchema },
  { method: 'get', path: '/api/admin/users', summary: 'Accounts, by name; ?q (name or email), page (administrator)', tag: 'admin', auth: 'admin', status: 200, response: adminUserListSchema },
  { method: 'patch', path: '/api/admin/users/{userId}', summary: 'Disable, re-enable, promote or demote an account; disabling ends its sessions (administrator)', tag: 'admin', auth: 'admin', body: updateAdminUserBodySchema, status: 200, response: adminUserResponseSchema },
  { method: 'get', path: '/api/admin/password-resets', summary: 'Pending password reset links (administrator)', tag: 'admin', auth: 'admin', status: 200, response: pendingPasswordResetListSchema },
  { method: 'get', path: '/api/admin/signup-policy', summary: 'The sign-up policy and whether the host fixed it (administrator)', tag: 'admin', auth: 'admin', status: 200, response: adminSignupPolicySchema },
  { method: 'put', path: '/api/admin/signup-policy', summary: 'Change the sign-up policy; 409 when fixed by CADRE_SIGNUP (administrator)', tag: 'admin', auth: 'admin', body: signupPolicySchema, status: 200, response: adminSignupPolicySchema },
  { method: 'get', path: '/api/admin/limits', summary: 'Limits in force and the variables that set them (administrator)', tag: 'admin', auth: 'admin', status: 200, response: instanceLimitListSchema },
  { method: 'get', path: '/api/admin/storage', summary: 'Bytes of document edits and versions per workspace (administrator)', tag: 'admin', auth: 'admin', status: 200, response: storageReportSchema },
];
