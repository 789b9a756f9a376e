/**
 * Interface strings of a workspace's policy-area vocabulary (preset, thematic areas, evidence
 * source types), spread into the app dictionary (`lib/i18n/en.ts`). `area.*` names the general
 * preset's areas beside the migration ones.
 */
export const vocabularyMessagesEn = {
  'vocabulary.open': 'Policy areas and evidence types',
  'vocabulary.title': 'Policy areas and evidence types',
  'vocabulary.intro': 'Choose the vocabulary this workspace starts from, then adapt its lists. Items keep a value removed from a list until someone changes it.',
  'vocabulary.preset': 'Preset',
  'vocabulary.preset.migration': 'Migration governance',
  'vocabulary.preset.general': 'General (any ministry)',
  'vocabulary.presetNote': 'Changing the preset replaces both lists with its own.',
  'vocabulary.areas': 'Thematic areas',
  'vocabulary.evidenceTypes': 'Evidence source types',
  'vocabulary.entryLabel': 'Name of entry {number}',
  'vocabulary.remove': 'Remove “{name}”',
  'vocabulary.addArea': 'Add an area',
  'vocabulary.addEvidenceType': 'Add a source type',
  'vocabulary.save': 'Save',
  'vocabulary.saveFailed': 'The lists could not be saved: {message}',
  'area.governanceAndCoordination': 'Governance and coordination',
  'area.legalAndRegulatoryFramework': 'Legal and regulatory framework',
  'area.serviceDelivery': 'Service delivery',
  'area.financing': 'Financing',
  'area.workforceAndCapacity': 'Workforce and capacity',
  'area.infrastructureAndEquipment': 'Infrastructure and equipment',
  'area.dataAndMonitoring': 'Data, monitoring and evaluation',
  'area.equityAndInclusion': 'Equity and inclusion',
  'area.partnershipsAndParticipation': 'Partnerships and participation',
} as const;
