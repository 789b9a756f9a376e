import type { DocumentTemplateStructure } from './template-types.ts';

/** Its words are in `text-<language>.ts`, under the same section keys. */
export const nationalStrategy: DocumentTemplateStructure = {
  id: 'national-strategy-action-plan',
  sections: [
    { key: 'introduction' },
    { key: 'contextProblemAnalysis' },
    { key: 'strategicVisionGoal' },
    { key: 'strategicObjectives', sections: [
      { key: 'objective1' },
    ] },
    { key: 'institutionalRoles' },
    { key: 'actionPlan' },
    { key: 'resourcesFunding' },
    { key: 'monitoringEvaluationReview' },
  ],
};
