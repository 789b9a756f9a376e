import { z } from 'zod';
import { issueParams } from './field-issues.ts';
import { MAX_VOCABULARY_ENTRIES } from '../vocabulary/keys.ts';
import { domainPresetSchema, vocabularyKeySchema } from './vocabulary-keys.ts';
import { isPresetKey, type VocabularyEntry } from '../vocabulary/presets.ts';

export const MAX_VOCABULARY_LABEL = 80;


/** An entry's key is stable (what items store); its label can be renamed. */
const entrySchema = z
  .strictObject({ key: vocabularyKeySchema, label: z.string().trim().max(MAX_VOCABULARY_LABEL, `at most ${MAX_VOCABULARY_LABEL} characters`) })
  .refine((entry) => entry.label !== '' || isPresetKey(entry.key), { message: 'a label is required', path: ['label'], params: issueParams('required') });

const listSchema = z
  .array(entrySchema)
  .min(1, 'at least one entry')
  .max(MAX_VOCABULARY_ENTRIES, `at most ${MAX_VOCABULARY_ENTRIES} entries`)
  .superRefine((entries: VocabularyEntry[], context) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.key)) context.addIssue({ code: 'custom', path: [index, 'key'], message: 'listed twice', params: issueParams('duplicate') });
      seen.add(entry.key);
    });
  });

/** A workspace's vocabulary as stored and served; also the body that replaces it. */
export const vocabularySchema = z.strictObject({ preset: domainPresetSchema, areas: listSchema, evidenceTypes: listSchema });
export const updateVocabularyBodySchema = vocabularySchema;
export const vocabularyResponseSchema = z.object({ vocabulary: vocabularySchema });
