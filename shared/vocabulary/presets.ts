import { DOMAIN_PRESETS, type DomainPreset } from './keys.ts';

export { DOMAIN_PRESETS, type DomainPreset } from './keys.ts';

/**
 * Policy-area presets: the vocabulary a workspace starts from. `migration` is the domain guide's
 * (thematic areas and evidence sources of migration governance); `general` suits any ministry
 * drafting a national policy or strategy. Facilitators then edit their workspace's lists.
 */

/** The two lists a workspace's vocabulary holds. */
export const VOCABULARY_LISTS = ['areas', 'evidenceTypes'] as const;
export type VocabularyList = (typeof VOCABULARY_LISTS)[number];

/**
 * The five thematic areas of the domain guide (§5), as stable keys; labels live in i18n. They
 * are the migration preset's: a workspace's own areas are its vocabulary.
 */
export const THEMATIC_AREAS = [
  'legalMigration',
  'irregularMigrationAndTrafficking',
  'protectionAndAsylum',
  'migrationAndDevelopment',
  'horizontal',
] as const;
export type ThematicArea = (typeof THEMATIC_AREAS)[number];

/** The migration preset's evidence source types. */
export const EVIDENCE_SOURCE_TYPES = [
  'census',
  'householdSurvey',
  'borderRecords',
  'populationRegister',
  'residencePermits',
  'consularRegisters',
  'administrativeData',
  'study',
  'other',
] as const;

export const GENERAL_AREAS = [
  'governanceAndCoordination',
  'legalAndRegulatoryFramework',
  'serviceDelivery',
  'financing',
  'workforceAndCapacity',
  'infrastructureAndEquipment',
  'dataAndMonitoring',
  'equityAndInclusion',
  'partnershipsAndParticipation',
] as const;

export const GENERAL_EVIDENCE_TYPES = [
  'administrativeData',
  'census',
  'householdSurvey',
  'budgetAndExpenditure',
  'serviceStatistics',
  'evaluationReport',
  'consultationInput',
  'study',
  'other',
] as const;

export const PRESET_VOCABULARIES: Readonly<Record<DomainPreset, Readonly<Record<VocabularyList, readonly string[]>>>> = {
  migration: { areas: THEMATIC_AREAS, evidenceTypes: EVIDENCE_SOURCE_TYPES },
  general: { areas: GENERAL_AREAS, evidenceTypes: GENERAL_EVIDENCE_TYPES },
};

/** Every key some preset names: these have translated labels, the workspace's own entries carry theirs. */
export type PresetKey = (typeof THEMATIC_AREAS)[number] | (typeof EVIDENCE_SOURCE_TYPES)[number] | (typeof GENERAL_AREAS)[number] | (typeof GENERAL_EVIDENCE_TYPES)[number];
export const PRESET_KEYS: ReadonlySet<string> = new Set(DOMAIN_PRESETS.flatMap((preset) => VOCABULARY_LISTS.flatMap((list) => PRESET_VOCABULARIES[preset][list])));
export const isPresetKey = (key: string): key is PresetKey => PRESET_KEYS.has(key);

/** One choice of a list: a preset key (label '' reads its translation) or the workspace's own. */
export type VocabularyEntry = { key: string; label: string };
export type Vocabulary = { preset: DomainPreset } & Record<VocabularyList, VocabularyEntry[]>;

/** A preset's vocabulary as a workspace starts with it. */
export function presetVocabulary(preset: DomainPreset): Vocabulary {
  const entries = (list: VocabularyList) => PRESET_VOCABULARIES[preset][list].map((key) => ({ key, label: '' }));
  return { preset, areas: entries('areas'), evidenceTypes: entries('evidenceTypes') };
}

/** A workspace's vocabulary: what it stored, else the migration preset it had before presets. */
export const vocabularyOf = (stored: Vocabulary | undefined): Vocabulary => stored ?? presetVocabulary('migration');

/** The keys of a list a value may take. */
export const keysOf = (vocabulary: Vocabulary, list: VocabularyList): ReadonlySet<string> => new Set(vocabulary[list].map((entry) => entry.key));

/**
 * The label of `key` in `list`: the workspace's own if it gave one, else the preset's
 * translation (`translate`); the key itself for a value whose custom entry was removed since.
 */
export function labelIn(vocabulary: Vocabulary, list: VocabularyList, key: string, translate: (key: PresetKey) => string): string {
  const entry = vocabulary[list].find((candidate) => candidate.key === key);
  if (entry && entry.label !== '') return entry.label;
  return isPresetKey(key) ? translate(key) : key;
}
