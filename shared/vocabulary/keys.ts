/**
 * The bounds of a workspace's vocabulary and the presets' names, in a leaf module without zod:
 * the browser's vocabulary dialog reads them, and the workspace and matrix schemas name them
 * (`shared/schemas/vocabulary-keys.ts`) without depending on the presets' lists.
 */

/** Bounds of a workspace's lists: enough for any policy, small enough to show as checkboxes. */
export const MAX_VOCABULARY_ENTRIES = 20;

/** Policy-area presets a workspace starts from (`presets.ts` lists their vocabularies). */
export const DOMAIN_PRESETS = ['migration', 'general'] as const;
export type DomainPreset = (typeof DOMAIN_PRESETS)[number];
