import { z } from 'zod';
import { DOMAIN_PRESETS } from '../vocabulary/keys.ts';

/**
 * What stores a choice of a workspace's vocabulary (its thematic areas, an evidence item's
 * source type), and a preset's name. A leaf module, so the workspace and matrix schemas can name
 * them without depending on the presets' lists.
 */
export const vocabularyKeySchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, 'invalid key');

export const domainPresetSchema = z.enum(DOMAIN_PRESETS);
