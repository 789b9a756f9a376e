import type { AgreedTerm } from '../schemas/glossary.ts';
import type { WorkingLanguage } from '../i18n/working-languages.ts';

/** Fields only the agreement sets: members' edits may not write them. */
export const AGREEMENT_FIELDS = ['status', 'agreedBy', 'agreedAt'] as const;

/** What the agreement covers: changing any of these makes the term a proposal again. */
const WORDING_FIELDS = ['term', 'definition', 'variants'] as const;

type Data = Readonly<Record<string, unknown>>;

/**
 * The data to store after an edit: an agreed term whose wording changed goes back to proposed
 * (the chair agreed the old wording, not the new one); anything else is kept as is.
 */
export function reopenIfReworded(before: Data, after: Record<string, unknown>): Record<string, unknown> {
  if (before['status'] !== 'agreed') return after;
  const reworded = WORDING_FIELDS.some((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
  return reworded ? { ...after, status: 'proposed', agreedBy: null, agreedAt: null } : after;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The agreed terms as written in `language`. The main term is in the workspace's working
 * language; other languages read their variant, with the main definition while the variant
 * has none of its own. Terms without a wording in `language` are left out.
 */
export function agreedTermsIn(
  items: ReadonlyArray<{ id: string; data: Data }>,
  language: WorkingLanguage,
  workspaceLanguage: WorkingLanguage,
): AgreedTerm[] {
  return items.flatMap((item) => {
    const data = item.data;
    if (data['status'] !== 'agreed') return [];
    if (language === workspaceLanguage) return [{ id: item.id, term: str(data['term']), definition: str(data['definition']) }];
    const variants = Array.isArray(data['variants']) ? data['variants'].filter(isRecord) : [];
    const variant = variants.find((v) => v['language'] === language);
    if (!variant || str(variant['term']) === '') return [];
    return [{ id: item.id, term: str(variant['term']), definition: str(variant['definition']) || str(data['definition']) }];
  });
}
