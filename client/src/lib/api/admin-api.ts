import {
  adminSignupPolicySchema,
  adminUserListSchema,
  adminUserResponseSchema,
  instanceLimitListSchema,
  storageReportSchema,
  type AdminSignupPolicy,
  type AdminUser,
  type AdminUserList,
  type InstanceLimit,
  type StorageReport,
} from '../../../../shared/schemas/admin.ts';
import { pendingPasswordResetListSchema, type SignupPolicy } from '../../../../shared/schemas/auth.ts';
import type { z } from 'zod';
import { requestJson } from './http.ts';

export type PendingPasswordReset = z.infer<typeof pendingPasswordResetListSchema>['passwordResets'][number];

/** `/api/admin/*`: instance administration; the server answers 403 to anyone else. */
export function listUsers(query: string, page: number, signal?: AbortSignal): Promise<AdminUserList> {
  const search = new URLSearchParams({ q: query, page: String(page) });
  return requestJson(adminUserListSchema, `/api/admin/users?${search.toString()}`, signal ? { signal } : {});
}

export async function updateUser(userId: string, change: { disabled?: boolean; isAdmin?: boolean }): Promise<AdminUser> {
  const path = `/api/admin/users/${encodeURIComponent(userId)}`;
  return (await requestJson(adminUserResponseSchema, path, { method: 'PATCH', body: change })).user;
}

export function fetchAdminSignupPolicy(): Promise<AdminSignupPolicy> {
  return requestJson(adminSignupPolicySchema, '/api/admin/signup-policy');
}

export function saveSignupPolicy(policy: SignupPolicy): Promise<AdminSignupPolicy> {
  return requestJson(adminSignupPolicySchema, '/api/admin/signup-policy', { method: 'PUT', body: policy });
}

export async function fetchPendingResets(): Promise<PendingPasswordReset[]> {
  return (await requestJson(pendingPasswordResetListSchema, '/api/admin/password-resets')).passwordResets;
}

export async function fetchLimits(): Promise<InstanceLimit[]> {
  return (await requestJson(instanceLimitListSchema, '/api/admin/limits')).limits;
}

export function fetchStorage(): Promise<StorageReport> {
  return requestJson(storageReportSchema, '/api/admin/storage');
}
