import { createVariantBodySchema, parentChangesSchema, tailoredVariantSchema, variantListSchema } from '../schemas/variants.ts';
import { endpoint } from './endpoint.ts';
import { documentParams } from './params.ts';

const tag = 'variants';

/**
 * Template-then-tailor (`server/routes/variants.ts`): a variant starts as a copy of its parent
 * document and later shows, section by section, what changed in the parent since it last looked.
 */
export const variantsEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/documents/:id/variants',
    summary: 'The variants tailored from this document (read)',
    tag,
    auth: 'session',
    params: documentParams,
    answers: { 200: variantListSchema },
  }),
  tailor: endpoint({
    method: 'post',
    path: '/api/documents/:id/variants',
    summary: 'Tailor a variant: a new document of the workspace, starting as a copy of this one (edit)',
    tag,
    auth: 'session',
    params: documentParams,
    body: createVariantBodySchema,
    answers: { 201: tailoredVariantSchema },
    failures: { 422: 'The parent holds content the editor cannot load' },
  }),
  parentChanges: endpoint({
    method: 'get',
    path: '/api/documents/:id/parent-changes',
    summary: 'What changed in the parent since this variant was tailored or last reviewed; no parent when not a variant (read)',
    tag,
    auth: 'session',
    params: documentParams,
    answers: { 200: parentChangesSchema },
  }),
  markParentChangesReviewed: endpoint({
    method: 'post',
    path: '/api/documents/:id/parent-changes/review',
    summary: 'Take in the parent’s current text as the new baseline (edit); 404 when not a variant',
    tag,
    auth: 'session',
    params: documentParams,
    answers: { 200: parentChangesSchema },
  }),
};
