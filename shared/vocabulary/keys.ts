import { z } from 'zod';

/**
 * What stores a choice of a workspace's vocabulary (its thematic areas, an evidence item's
 * source type), and the presets' names. A leaf module, so the workspace and matrix schemas can
 * name them without depending on the presets' lists, which draw on those schemas.
 */
export const vocabularyKeySchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, 'invalid key');

/** Bounds of a workspace's lists: enough for any policy, small enough to show as checkboxes. */
export const MAX_VOCABULARY_ENTRIES = 20;

/** Policy-area presets a workspace starts from (`presets.ts` lists their vocabularies). */
export const DOMAIN_PRESETS = ['migration', 'general'] as const;
export type DomainPreset = (typeof DOMAIN_PRESETS)[number];
export const domainPresetSchema = z.enum(DOMAIN_PRESETS);
