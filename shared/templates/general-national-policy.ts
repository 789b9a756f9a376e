import type { DocumentTemplateStructure } from './template-types.ts';

/** A national policy for any sector (the general preset). Its words are in `text-<language>.ts`. */
export const generalNationalPolicy: DocumentTemplateStructure = {
  id: 'general-national-policy',
  sections: [
    { key: 'background', sections: [
      { key: 'situationAnalysis' },
      { key: 'policyLegalFramework' },
    ] },
    { key: 'problemStatement' },
    { key: 'visionGoal' },
    { key: 'objectives' },
    { key: 'guidingPrinciples' },
    { key: 'policyMeasures', sections: [
      { key: 'measureArea1' },
    ] },
    { key: 'institutionalArrangements' },
    { key: 'financing' },
    { key: 'monitoringEvaluation' },
    { key: 'glossary' },
    { key: 'annexes' },
  ],
};
