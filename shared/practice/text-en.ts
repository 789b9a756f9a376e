import type { PracticeText } from './text.ts';

/** English wording of the good-practice self-assessment. */
export const practiceTextEn: PracticeText = {
  title: 'Good-practice self-assessment',
  criteria: {
    ownership: { name: 'Ownership by the partner', question: 'Does the national authority lead the process and own what it produces?' },
    innovation: { name: 'Innovation in context', question: 'Does the work bring something new for this country or institution?' },
    replicability: { name: 'Replicability', question: 'Could another administration reuse the approach or its outputs?' },
    tangibleResults: { name: 'Tangible results', question: 'Are there concrete outputs: an adopted text, a working procedure, trained staff?' },
    endorsement: { name: 'High-level endorsement', question: 'Have senior officials or political authorities backed the work?' },
    integration: { name: 'Integration into existing priorities', question: 'Does it fit the national development plan and current policy priorities?' },
    expertise: { name: 'Highest level of expertise', question: 'Did the right peers and specialists contribute?' },
    complementarity: { name: 'Complementarity and synergy', question: 'Does it build on, and avoid duplicating, other programmes and donors?' },
    partnershipValue: { name: 'Added value of the partnership', question: 'Did working with peer administrations achieve more than working alone?' },
    knowledgeExchange: { name: 'Catalyst for knowledge exchange', question: 'Has it started lasting exchanges between institutions or countries?' },
  },
  scores: { 1: 'Not yet', 2: 'Emerging', 3: 'Established', 4: 'Exemplary' },
  notRated: 'Not rated',
  export: {
    criterion: 'Criterion',
    score: 'Rating',
    evidence: 'Evidence',
    comment: 'Comment',
    assessedBy: 'Assessed by',
    history: 'How the ratings moved',
    date: 'Date',
    none: 'No self-assessment has been recorded yet.',
  },
};
