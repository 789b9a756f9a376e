/**
 * Every kind of structured matrix, in the order they are listed; `index.ts` gives each its data
 * schema. A module of its own so that reading an address (`client/src/lib/routing/routes.ts`)
 * does not bring every matrix's schema, nor zod, into the app's first script.
 */
export const MATRIX_KINDS = [
  'milestone', 'problem', 'evidence', 'swot', 'stakeholder', 'gap', 'objective', 'option', 'instrument', 'action', 'glossary', 'decision', 'session',
] as const;

export type MatrixKind = (typeof MATRIX_KINDS)[number];

export function isMatrixKind(value: string): value is MatrixKind {
  return (MATRIX_KINDS as readonly string[]).includes(value);
}
