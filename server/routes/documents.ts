import { Hono } from 'hono';
import {
  createDocumentBodySchema,
  documentIdSchema,
  renameDocumentBodySchema,
} from '../../shared/schemas/documents.ts';
import type { DocumentRepository } from '../db/document-repository.ts';
import { jsonBody, notFound } from '../http/errors.ts';

export function documentRoutes(documents: DocumentRepository) {
  const findOrThrow = (id: string) => {
    const document = documentIdSchema.safeParse(id).success ? documents.find(id) : undefined;
    if (!document) throw notFound('document');
    return document;
  };

  return new Hono()
    .get('/', (c) => c.json({ documents: documents.list() }))
    .post('/', async (c) => {
      const { title } = await jsonBody(c, createDocumentBodySchema);
      return c.json(documents.create(title), 201);
    })
    .get('/:id', (c) => c.json(findOrThrow(c.req.param('id'))))
    .patch('/:id', async (c) => {
      const existing = findOrThrow(c.req.param('id'));
      const { title } = await jsonBody(c, renameDocumentBodySchema);
      const renamed = documents.rename(existing.id, title);
      if (!renamed) throw notFound('document');
      return c.json(renamed);
    });
}
