import type { DocumentTemplateStructure } from './template-types.ts';

/** Its words are in `text-<language>.ts`, under the same section keys. */
export const standardOperatingProcedures: DocumentTemplateStructure = {
  id: 'standard-operating-procedures',
  sections: [
    { key: 'purposeScope' },
    { key: 'definitions' },
    { key: 'rolesResponsibilities' },
    { key: 'procedures', sections: [
      { key: 'identification' },
      { key: 'referral' },
      { key: 'assistanceFollowUp' },
    ] },
    { key: 'dataConfidentiality' },
    { key: 'training' },
    { key: 'annualUpdate' },
  ],
};
