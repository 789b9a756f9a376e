import { documentDetailSchema } from '../../../../shared/schemas/documents.ts';
import type { z } from 'zod';
import { requestJson } from './http.ts';

export type DocumentDetail = z.infer<typeof documentDetailSchema>;

const path = (id: string) => `/api/documents/${encodeURIComponent(id)}`;

/** A document with the caller's abilities on it (documents are created in a workspace). */
export function getDocument(id: string, signal?: AbortSignal): Promise<DocumentDetail> {
  return requestJson(documentDetailSchema, path(id), signal ? { signal } : {});
}

export function renameDocument(id: string, title: string): Promise<DocumentDetail> {
  return requestJson(documentDetailSchema, path(id), { method: 'PATCH', body: { title } });
}
