import type { TemplateLanguage } from '../../shared/templates/index.ts';
import type { DocumentSummary } from '../../shared/schemas/documents.ts';
import { notFound } from '../http/errors.ts';
import type { Services } from '../services.ts';

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
  if (templateId === undefined) return services.documents.create(workspaceId, title);
  // The templates' texts, in five languages, and the editor's schema that writes them load with
  // the first document made from one.
  const { findTemplate, templateContent, templateLanguageFor } = await import('../../shared/templates/index.ts');
  const { replaceDocContent } = await import('../versions/doc-replace.ts');
  const template = findTemplate(templateId);
  if (!template) throw notFound('template');
  const document = await services.documents.create(workspaceId, title);
  const lang = language ?? templateLanguageFor((await services.workspaces.find(workspaceId))?.language ?? 'en');
  await services.collab.change(document.id, (doc) => replaceDocContent(doc, templateContent(template, lang)), 'template');
  return document;
}
