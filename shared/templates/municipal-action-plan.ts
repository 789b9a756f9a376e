import type { DocumentTemplateStructure } from './template-types.ts';

/** Its words are in `text-<language>.ts`, under the same section keys. */
export const municipalActionPlan: DocumentTemplateStructure = {
  id: 'municipal-action-plan',
  sections: [
    { key: 'purposePlan' },
    { key: 'localContext' },
    { key: 'rolesNationalLocal' },
    { key: 'priorityAreas', sections: [
      { key: 'receptionInformation' },
      { key: 'accessServices' },
      { key: 'participationSocialCohesion' },
    ] },
    { key: 'measuresActivities' },
    { key: 'localCoordinationNetwork' },
    { key: 'followUpStaff' },
  ],
};
