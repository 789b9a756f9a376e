import type { Role } from '../../shared/policy/abilities.ts';
import type { MatrixInput, MatrixKind } from '../../shared/schemas/matrices/index.ts';

/**
 * Demo content modelled on the Cabo Verde municipal action plan for immigration and
 * integration (seeds 003; 002, lines 2093–2144): facts from the case, wording our own.
 * Dates are offsets in days from the day the demo is created, so it always looks current.
 */
export const demoWorkspace = {
  title: 'Municipal action plan for immigration and integration',
  leadInstitution: 'Directorate-General for Immigration (DGI)',
  mission:
    'Turn the national immigration strategy into concrete action in every municipality: clarify what local authorities do for immigrants, give local support offices a common plan to work from, and let each municipality tailor it to its own population.',
  thematicAreas: ['legalMigration', 'migrationAndDevelopment'] as const,
};

/** Ministries first, then their departments (`parent`). */
export const demoInstitutions: ReadonlyArray<{ key: string; name: string; parent?: string }> = [
  { key: 'family', name: 'Ministry of Family and Social Inclusion' },
  { key: 'dgi', name: 'Directorate-General for Immigration (DGI)', parent: 'family' },
  { key: 'def', name: 'Directorate for Foreigners and Borders (DEF)' },
  { key: 'praia', name: 'Municipal Council of Praia' },
  { key: 'boavista', name: 'Municipal Council of Boa Vista' },
  { key: 'sal', name: 'Municipal Council of Sal' },
  { key: 'pca', name: 'Platform of African Communities (PCA)' },
  { key: 'peer', name: 'Peer administration — immigration and borders service (Portugal)' },
  { key: 'oeiras', name: 'Peer municipality — Oeiras (Portugal)' },
];

export const demoMembers: ReadonlyArray<{ name: string; role: Role; institution: string }> = [
  { name: 'Director, DGI (chair)', role: 'chair', institution: 'dgi' },
  { name: 'Integration officer, DGI', role: 'drafter', institution: 'dgi' },
  { name: 'Officer, DEF', role: 'drafter', institution: 'def' },
  { name: 'Local support office, Praia', role: 'drafter', institution: 'praia' },
  { name: 'Local support office, Boa Vista', role: 'drafter', institution: 'boavista' },
  { name: 'Social services, Sal', role: 'drafter', institution: 'sal' },
  { name: 'Representative, PCA', role: 'observer', institution: 'pca' },
  { name: 'Peer expert, national service', role: 'expert', institution: 'peer' },
  { name: 'Peer expert, Oeiras', role: 'expert', institution: 'oeiras' },
];

type Seed<K extends MatrixKind> = { key?: string; data: MatrixInput<K> | ((ids: Record<string, string>) => MatrixInput<K>) };

export const demoMilestones: ReadonlyArray<Seed<'milestone'> & { offsetDays: number }> = [
  { offsetDays: -120, data: { title: 'Exploratory mission: meet national and local actors', stage: 1, done: true } },
  { offsetDays: -90, data: { title: 'Core group constituted, chaired by the DGI director', stage: 1, done: true } },
  { offsetDays: -60, data: { title: 'Study visit to local migrant support centres in Lisbon and Oeiras', stage: 2, done: true } },
  { offsetDays: -30, data: { title: 'First drafting session of the national template', stage: 3, done: true } },
  { offsetDays: -5, data: { title: 'Options appraisal agreed by the core group', stage: 3 } },
  { offsetDays: 21, data: { title: 'Second drafting session: measures and activities', stage: 5 } },
  { offsetDays: 60, data: { title: 'Validation workshop with municipalities and associations', stage: 6 } },
  { offsetDays: 120, data: { title: 'Launch of the first tailored plan on the municipal immigrants’ day in Praia', stage: 7 } },
];

export const demoEvidence: ReadonlyArray<Seed<'evidence'>> = [
  {
    key: 'profile',
    data: {
      source: 'National migration profile (UNICEF, 2015)',
      sourceType: 'study',
      ownerInstitution: 'UNICEF',
      coverage: { immigrationFlows: 'partial', immigrationStocks: 'available', emigrationFlows: 'partial', emigrationStocks: 'partial' },
      gaps: 'No breakdown by island or municipality; figures predate the recent growth in arrivals.',
    },
  },
  {
    key: 'permits',
    data: {
      source: 'Residence permits register',
      sourceType: 'residencePermits',
      ownerInstitution: 'Directorate for Foreigners and Borders (DEF)',
      coverage: { immigrationFlows: 'available', immigrationStocks: 'partial', emigrationFlows: 'none', emigrationStocks: 'none' },
      gaps: 'Immigrants in an irregular situation are not counted.',
    },
  },
  {
    key: 'gai',
    data: {
      source: 'Case records of the local immigrant support offices',
      sourceType: 'administrativeData',
      ownerInstitution: 'Directorate-General for Immigration (DGI)',
      quality: 'Kept differently in each office; no common categories yet.',
      gaps: 'Not aggregated nationally.',
    },
  },
];

export const demoProblems: ReadonlyArray<Seed<'problem'>> = [
  {
    data: (ids) => ({
      statement: 'The national immigration strategy is not yet translated into action at local level, where immigrants actually seek help.',
      rationale:
        'After being mainly a country of emigration, the country now receives a growing number of immigrants. Local support offices exist in many municipalities, but the role of local authorities in integration is not defined.',
      evidenceIds: [ids['profile'] ?? '', ids['gai'] ?? ''],
    }),
  },
];

export const demoSwot: ReadonlyArray<Seed<'swot'>> = [
  { data: { quadrant: 'strengths', text: 'A national immigration strategy has been adopted and a dedicated directorate-general leads on integration.' } },
  { data: (ids) => ({ quadrant: 'strengths', text: 'Local immigrant support offices already operate, the first of them on Sal since 2013.', evidenceIds: [ids['gai'] ?? ''] }) },
  { data: { quadrant: 'weaknesses', text: 'Local administrations have few staff, small budgets and high turnover, which erodes institutional memory.' } },
  { data: { quadrant: 'weaknesses', text: 'The responsibilities of municipalities for integration are unclear.' } },
  { data: { quadrant: 'opportunities', text: 'Peer experience of one-stop migrant support centres in Portuguese cities can inspire the organisation of local offices.' } },
  { data: { quadrant: 'opportunities', text: 'An existing network of municipal focal points on emigration could be extended to immigration.' } },
  { data: (ids) => ({ quadrant: 'threats', text: 'Arrivals keep growing as the economy attracts workers, faster than local services adapt.', evidenceIds: [ids['profile'] ?? ''] }) },
];

export const demoStakeholders: ReadonlyArray<Seed<'stakeholder'>> = [
  { data: { name: 'Directorate-General for Immigration (DGI)', category: 'ministryAgency', level: 'national', role: 'decisionMaker', influence: 5, interest: 5, position: 'supportive', focalPoint: 'Director' } },
  { data: { name: 'Directorate for Foreigners and Borders (DEF)', category: 'ministryAgency', level: 'national', role: 'coreGroup', influence: 4, interest: 3, position: 'supportive' } },
  { data: { name: 'Municipal Council of Praia', category: 'localAuthority', level: 'local', role: 'coreGroup', influence: 4, interest: 5, position: 'supportive' } },
  { data: { name: 'Municipal Council of Boa Vista', category: 'localAuthority', level: 'local', role: 'coreGroup', influence: 3, interest: 5, position: 'supportive' } },
  { data: { name: 'Municipal Council of São Vicente', category: 'localAuthority', level: 'local', role: 'consulted', influence: 3, interest: 3, position: 'neutral' } },
  { data: { name: 'Platform of African Communities (PCA)', category: 'migrantDiasporaAssociation', level: 'national', role: 'consulted', influence: 2, interest: 5, position: 'supportive' } },
  { data: { name: 'Local police and health staff', category: 'ministryAgency', level: 'local', role: 'consulted', influence: 3, interest: 2, position: 'neutral' } },
  { data: { name: 'EU Delegation', category: 'developmentPartner', level: 'national', role: 'informed', influence: 4, interest: 2, position: 'supportive' } },
  { data: { name: 'Employers in tourism and construction', category: 'privateSector', level: 'local', role: 'informed', influence: 2, interest: 2, position: 'neutral' } },
];

export const demoGaps: ReadonlyArray<Seed<'gap'>> = [
  { data: { area: 'institutions', currentSituation: 'Municipalities host support offices without a defined mandate.', reference: 'Peer municipalities run local integration centres under a national framework.', gap: 'No legal or planning basis for the local role in integration.', recommendation: 'Set out municipal responsibilities in the action plan and a national template.' } },
  { data: { area: 'practices', currentSituation: 'Immigrants go from service to service for information and documents.', reference: 'One-stop centres grouping services in one place.', gap: 'No single entry point locally.', recommendation: 'Study a one-stop model adapted to the size of each municipality.' } },
  { data: (ids) => ({ area: 'data', currentSituation: 'Each office keeps records its own way.', gap: 'No common categories or national aggregation.', recommendation: 'Agree a common case-record format.', evidenceIds: [ids['gai'] ?? ''] }) },
];

export const demoObjectives: ReadonlyArray<Seed<'objective'>> = [
  { key: 'roles', data: { title: 'Clarify the role of local authorities in immigration and integration', status: 'agreed', pillar: 'Governance' } },
  { key: 'access', data: { title: 'Give immigrants clear information and easier access to local services', status: 'agreed', pillar: 'Services' } },
  { key: 'network', data: { title: 'Strengthen coordination between municipalities and the national level', status: 'proposed', pillar: 'Governance' } },
];

export const demoOptions: ReadonlyArray<Seed<'option'>> = [
  { data: (ids) => ({ objectiveId: ids['roles'] ?? '', title: 'National template plan, tailored by each municipality', advantages: 'One framework; local ownership through tailoring.', drawbacks: 'Needs follow-up in every municipality.', resources: 'DGI staff time; drafting sessions.', feasibility: 'high', scores: { ownership: 5, cost: 4 }, preferred: true }) },
  { data: (ids) => ({ objectiveId: ids['roles'] ?? '', title: 'A separate plan drafted by each municipality from scratch', advantages: 'Fully local.', drawbacks: 'Uneven quality; heavy for small municipalities.', feasibility: 'low', scores: { ownership: 5, cost: 1 } }) },
  { data: (ids) => ({ objectiveId: ids['access'] ?? '', title: 'Strengthen existing support offices as one-stop points', advantages: 'Builds on what exists.', drawbacks: 'Depends on cooperation of other services.', feasibility: 'medium', scores: { ownership: 4, cost: 3 }, preferred: true }) },
];

export const demoInstruments: ReadonlyArray<Seed<'instrument'>> = [
  { data: (ids) => ({ objectiveId: ids['roles'] ?? '', title: 'Municipal action plan adopted by each council', type: 'regulatory', responsibleInstitution: 'Municipal councils', selected: true }) },
  { data: (ids) => ({ objectiveId: ids['access'] ?? '', title: 'Information campaign on entry and residence rules', type: 'informational', responsibleInstitution: 'DGI', selected: true }) },
  { data: (ids) => ({ objectiveId: ids['access'] ?? '', title: 'Training of support-office staff', type: 'organisational', responsibleInstitution: 'DGI' }) },
];

export const demoMeasures: ReadonlyArray<Seed<'action'> & { startDays: number; endDays: number }> = [
  { key: 'm1', startDays: 30, endDays: 210, data: (ids) => ({ objectiveId: ids['network'] ?? '', title: 'Formalise the network of municipalities and support offices', responsibleInstitution: 'DGI', partners: '22 municipalities', indicator: 'Municipalities taking part in the network', baseline: '4', target: '22', status: 'notStarted' }) },
  { key: 'm2', startDays: -20, endDays: 150, data: (ids) => ({ objectiveId: ids['access'] ?? '', title: 'Train support-office staff on immigration and integration', responsibleInstitution: 'DGI', partners: 'Peer experts', indicator: 'Staff trained', baseline: '0', target: '40', status: 'onTrack' }) },
  { key: 'm3', startDays: -10, endDays: 90, data: (ids) => ({ objectiveId: ids['roles'] ?? '', title: 'Tailor the national template for Praia and Boa Vista', responsibleInstitution: 'Municipal councils of Praia and Boa Vista', indicator: 'Tailored plans adopted', baseline: '0', target: '2', status: 'delayed' }) },
];

export const demoDecisions: ReadonlyArray<{ offsetDays: number; data: Omit<MatrixInput<'decision'>, 'date'> }> = [
  { offsetDays: -30, data: { decision: 'Create an informal network of town halls and local support offices to exchange information regularly.', rationale: 'Agreed at the first drafting session; to be formalised later.' } },
  { offsetDays: -25, data: { decision: 'Invite the Platform of African Communities to the monthly consultation meetings with local actors.', rationale: 'Migrant associations bring first-hand knowledge of daily difficulties.' } },
];

/** Text the demo document already has, by section heading of the municipal template (English). */
export const demoDraft: Readonly<Record<string, string>> = {
  'Purpose of the plan':
    'This plan sets out how the municipality contributes to the national immigration strategy: it defines what the council and its support office do for immigrants and how they work with national services.',
  'Local context':
    'The municipality is one of the main destinations of immigrants in the country, mostly from West African countries and from Europe. Many work in construction and tourism.',
};
