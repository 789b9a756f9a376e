import type { DocumentTemplateStructure } from './template-types.ts';

/** Its words are in `text-<language>.ts`, under the same section keys. */
export const diasporaEngagement: DocumentTemplateStructure = {
  id: 'diaspora-engagement-policy',
  sections: [
    { key: 'background' },
    { key: 'rationale' },
    { key: 'visionObjectives' },
    { key: 'policyAreas', sections: [
      { key: 'engagementCommunication' },
      { key: 'investmentRemittancesSkills' },
    ] },
    { key: 'institutionalFramework' },
    { key: 'implementationPlan' },
    { key: 'monitoringEvaluation' },
  ],
};
