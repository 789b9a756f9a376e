/**
 * The address of a document's details (`documentsEndpoints.get`), in a module without zod: the
 * app's first script asks for them early (`client/src/main.ts`), before the schemas arrive.
 */
export const DOCUMENT_DETAIL_PATH = '/api/documents/:id';
