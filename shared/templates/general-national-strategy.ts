import type { DocumentTemplateStructure } from './template-types.ts';

/** A national strategy with its action plan, for any sector (the general preset). Words in `text-<language>.ts`. */
export const generalNationalStrategy: DocumentTemplateStructure = {
  id: 'general-national-strategy',
  sections: [
    { key: 'introduction' },
    { key: 'situationAnalysis' },
    { key: 'strategicVision' },
    { key: 'strategicObjectives', sections: [
      { key: 'objective1' },
    ] },
    { key: 'implementationArrangements' },
    { key: 'actionPlan' },
    { key: 'costingFinancing' },
    { key: 'risks' },
    { key: 'monitoringReview' },
  ],
};
