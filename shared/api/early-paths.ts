/**
 * Addresses the app's first script asks for before the page's code and the API's schemas have
 * arrived (`client/src/main.ts`), in a module without zod.
 */

/** A document's details, with what the caller may do with it (`documentsEndpoints.get`). */
export const DOCUMENT_DETAIL_PATH = '/api/documents/:id';
