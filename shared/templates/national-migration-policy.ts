import type { DocumentTemplateStructure } from './template-types.ts';

/** Its words are in `text-<language>.ts`, under the same section keys. */
export const nationalMigrationPolicy: DocumentTemplateStructure = {
  id: 'national-migration-policy',
  sections: [
    { key: 'rationale', sections: [
      { key: 'situationAnalysis' },
      { key: 'legalInstitutionalFramework' },
    ] },
    { key: 'vision' },
    { key: 'objectives' },
    { key: 'guidingPrinciples' },
    { key: 'policyPillars', sections: [
      { key: 'pillar1' },
    ] },
    { key: 'coordinationImplementationStructure' },
    { key: 'dataResearch' },
    { key: 'gender' },
    { key: 'monitoringEvaluation' },
    { key: 'glossary' },
    { key: 'annexes' },
  ],
};
