import { z } from 'zod';
import { ladderSchema, workspaceValidationSchema, type Ladder, type WorkspaceValidation } from '../../../../shared/schemas/validation.ts';
import {
  compareResultSchema,
  versionDetailSchema,
  versionListSchema,
  versionSummarySchema,
  type CompareResult,
  type ExportFormat,
  type VersionDetail,
  type VersionSummary,
} from '../../../../shared/schemas/versions.ts';
import { requestJson } from './http.ts';

const doc = (id: string) => `/api/documents/${encodeURIComponent(id)}`;
const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export async function listVersions(documentId: string, signal?: AbortSignal): Promise<VersionSummary[]> {
  return (await requestJson(versionListSchema, `${doc(documentId)}/versions`, opts(signal))).versions;
}

export function createVersion(documentId: string, name: string): Promise<VersionSummary> {
  return requestJson(versionSummarySchema, `${doc(documentId)}/versions`, { method: 'POST', body: { name } });
}

export function getVersion(documentId: string, versionId: string, signal?: AbortSignal): Promise<VersionDetail> {
  return requestJson(versionDetailSchema, `${doc(documentId)}/versions/${encodeURIComponent(versionId)}`, opts(signal));
}

/** `to` may be `current` for the live draft. */
export function compareVersions(documentId: string, from: string, to: string, signal?: AbortSignal): Promise<CompareResult> {
  const query = new URLSearchParams({ from, to });
  return requestJson(compareResultSchema, `${doc(documentId)}/versions/compare?${query}`, opts(signal));
}

export function restoreVersion(documentId: string, versionId: string): Promise<VersionSummary> {
  return requestJson(versionSummarySchema, `${doc(documentId)}/versions/${encodeURIComponent(versionId)}/restore`, { method: 'POST' });
}

export function getLadder(documentId: string, signal?: AbortSignal): Promise<Ladder> {
  return requestJson(ladderSchema, `${doc(documentId)}/validation`, opts(signal));
}

export function signStep(documentId: string, stepId: string, note: string): Promise<Ladder> {
  return requestJson(ladderSchema, `${doc(documentId)}/validation/${encodeURIComponent(stepId)}/sign`, { method: 'POST', body: { note } });
}

export function getWorkspaceValidation(workspaceId: string, signal?: AbortSignal): Promise<WorkspaceValidation> {
  return requestJson(workspaceValidationSchema, `/api/workspaces/${encodeURIComponent(workspaceId)}/validation`, opts(signal));
}

const publicLinkCreatedSchema = z.object({ id: z.string(), url: z.string() });
export function publishVersion(documentId: string, versionId: string): Promise<{ id: string; url: string }> {
  return requestJson(publicLinkCreatedSchema, `${doc(documentId)}/versions/${encodeURIComponent(versionId)}/public-links`, { method: 'POST' });
}

/** The download address of an export; a plain link, so the browser saves the file itself. */
export function exportUrl(documentId: string, format: ExportFormat, versionId?: string, withComments = false): string {
  const query = new URLSearchParams({ format, ...(versionId ? { version: versionId } : {}), ...(withComments ? { comments: '1' } : {}) });
  return `${doc(documentId)}/export?${query}`;
}
