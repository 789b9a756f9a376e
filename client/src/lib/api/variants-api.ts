import { z } from 'zod';
import { documentDetailSchema } from '../../../../shared/schemas/documents.ts';
import { parentChangesSchema, variantListSchema, type ParentChanges, type VariantSummary } from '../../../../shared/schemas/variants.ts';
import { requestJson } from './http.ts';

const doc = (id: string) => `/api/documents/${encodeURIComponent(id)}`;
const createdVariantSchema = documentDetailSchema.extend({ parentId: z.string() });

/** Tailors a variant: a new document in the same workspace, starting as a copy of this one. */
export function createVariant(documentId: string, title: string): Promise<z.infer<typeof createdVariantSchema>> {
  return requestJson(createdVariantSchema, `${doc(documentId)}/variants`, { method: 'POST', body: { title } });
}

export async function listVariants(documentId: string, signal?: AbortSignal): Promise<VariantSummary[]> {
  return (await requestJson(variantListSchema, `${doc(documentId)}/variants`, signal ? { signal } : {})).variants;
}

/** What changed in this variant's parent since it was tailored or last reviewed. */
export function getParentChanges(documentId: string, signal?: AbortSignal): Promise<ParentChanges> {
  return requestJson(parentChangesSchema, `${doc(documentId)}/parent-changes`, signal ? { signal } : {});
}

export function markParentChangesReviewed(documentId: string): Promise<ParentChanges> {
  return requestJson(parentChangesSchema, `${doc(documentId)}/parent-changes/review`, { method: 'POST' });
}
