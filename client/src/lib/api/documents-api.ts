import {
  documentListSchema,
  documentSchema,
  type DocumentSummary,
} from '../../../../shared/schemas/documents.ts';
import { requestJson } from './http.ts';

const BASE = '/api/documents';

export async function listDocuments(signal?: AbortSignal): Promise<DocumentSummary[]> {
  const { documents } = await requestJson(documentListSchema, BASE, signal ? { signal } : {});
  return documents;
}

export function getDocument(id: string, signal?: AbortSignal): Promise<DocumentSummary> {
  const path = `${BASE}/${encodeURIComponent(id)}`;
  return requestJson(documentSchema, path, signal ? { signal } : {});
}

export function createDocument(title: string): Promise<DocumentSummary> {
  return requestJson(documentSchema, BASE, { method: 'POST', body: { title } });
}

export function renameDocument(id: string, title: string): Promise<DocumentSummary> {
  const path = `${BASE}/${encodeURIComponent(id)}`;
  return requestJson(documentSchema, path, { method: 'PATCH', body: { title } });
}
