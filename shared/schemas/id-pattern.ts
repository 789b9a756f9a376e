/**
 * Ids the server makes (workspaces, documents, rounds…): URL-safe and short enough to log. A
 * module without zod, so that reading an address in the browser's first script needs no schema
 * library.
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
