import { findTemplate, templateContent, templateLanguageFor, type TemplateLanguage } from '../../shared/templates/index.ts';
import type { DocumentSummary } from '../../shared/schemas/documents.ts';
import { notFound } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { replaceDocContent } from '../versions/doc-content.ts';

/**
 * Creates a document, filled from a template when one is named. The skeleton is written
 * through the sync server (`services.collab`), so it is persisted and versioned like any edit.
 * Templates come in English and French; the workspace's working language picks one.
 */
export async function createDocument(
  services: Pick<Services, 'documents' | 'workspaces' | 'collab'>,
  workspaceId: string,
  title: string,
  templateId?: string,
  language?: TemplateLanguage,
): Promise<DocumentSummary> {
  const template = templateId === undefined ? undefined : findTemplate(templateId);
  if (templateId !== undefined && !template) throw notFound('template');
  const document = await services.documents.create(workspaceId, title);
  if (template) {
    const lang = language ?? templateLanguageFor((await services.workspaces.find(workspaceId))?.language ?? 'en');
    await services.collab.change(document.id, (doc) => replaceDocContent(doc, templateContent(template, lang)), 'template');
  }
  return document;
}
