/**
 * Addresses the app's first script asks for before the page's code and the API's schemas have
 * arrived (`client/src/main.ts`), in a module without zod.
 */

/** Who is signed in; answered to everyone, `{ user: null }` to a visitor (`authEndpoints.session`). */
export const SESSION_PATH = '/api/session';
/** A document's details, with what the caller may do with it (`documentsEndpoints.get`). */
export const DOCUMENT_DETAIL_PATH = '/api/documents/:id';
/** A document's text, read by a browser that has no copy of it yet (`documentsEndpoints.content`). */
export const DOCUMENT_CONTENT_PATH = '/api/documents/:id/content';
