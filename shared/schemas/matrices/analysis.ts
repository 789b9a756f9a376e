import { z } from 'zod';
import { vocabularyKeySchema } from '../vocabulary-keys.ts';
import { line, optionalDate, owned, refs, requiredLine, text, wholeNumberFrom } from './common.ts';

export const SWOT_QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;
export const swotSchema = z.strictObject({
  quadrant: z.enum(SWOT_QUADRANTS),
  text: requiredLine('text', 1000),
  /** Evidence register items this point relies on. */
  evidenceIds: refs,
  /** User ids of members who voted this point a priority; changed only through the vote route. */
  votes: z.array(z.string()).max(500).default([]),
  ...owned,
});

export const STAKEHOLDER_CATEGORIES = [
  'ministryAgency',
  'localAuthority',
  'parliament',
  'judiciary',
  'ngoCso',
  'migrantDiasporaAssociation',
  'academiaResearch',
  'privateSector',
  'internationalOrganisation',
  'developmentPartner',
] as const;
export const STAKEHOLDER_LEVELS = ['regional', 'national', 'local'] as const;
export const STAKEHOLDER_ROLES = ['coreGroup', 'consulted', 'informed', 'decisionMaker'] as const;
export const STAKEHOLDER_POSITIONS = ['supportive', 'neutral', 'opposed'] as const;
export const ENGAGEMENT_STRATEGIES = ['manageClosely', 'keepSatisfied', 'keepInformed', 'monitor'] as const;
export type EngagementStrategy = (typeof ENGAGEMENT_STRATEGIES)[number];

const oneToFive = wholeNumberFrom(1, 5);
export const stakeholderSchema = z.strictObject({
  name: requiredLine('name'),
  category: z.enum(STAKEHOLDER_CATEGORIES),
  level: z.enum(STAKEHOLDER_LEVELS).default('national'),
  role: z.enum(STAKEHOLDER_ROLES).default('consulted'),
  influence: oneToFive.default(3),
  interest: oneToFive.default(3),
  position: z.enum(STAKEHOLDER_POSITIONS).default('neutral'),
  /** null: follow the power–interest quadrant (`engagementOf`); a value: chosen by the group. */
  engagement: z.enum(ENGAGEMENT_STRATEGIES).nullable().default(null),
  focalPoint: line(200).default(''),
  ...owned,
});

/** The classic power–interest grid: high is 4–5 on the 1–5 scales, 3 counts as low. */
export function derivedEngagement(influence: number, interest: number): EngagementStrategy {
  const high = (value: number) => value >= 4;
  if (high(influence)) return high(interest) ? 'manageClosely' : 'keepSatisfied';
  return high(interest) ? 'keepInformed' : 'monitor';
}

export const engagementOf = (s: { influence: number; interest: number; engagement: EngagementStrategy | null }): EngagementStrategy =>
  s.engagement ?? derivedEngagement(s.influence, s.interest);

export const GAP_AREAS = ['laws', 'institutions', 'policies', 'practices', 'data'] as const;
export const gapSchema = z.strictObject({
  area: z.enum(GAP_AREAS),
  currentSituation: text(2000).default(''),
  reference: text(2000).default(''),
  gap: requiredLine('gap', 1000),
  recommendation: text(2000).default(''),
  evidenceIds: refs,
  ...owned,
});

export const problemSchema = z.strictObject({
  statement: requiredLine('statement', 1000),
  /** Why this is a public problem that calls for government action. */
  rationale: text(3000).default(''),
  evidenceIds: refs,
  ...owned,
});

export const COVERAGE_LEVELS = ['available', 'partial', 'none'] as const;
const coverage = z.enum(COVERAGE_LEVELS).default('none');
export const evidenceSchema = z.strictObject({
  source: requiredLine('source'),
  /** A key of the workspace's evidence types (its vocabulary), checked by the server. */
  sourceType: vocabularyKeySchema.default('other'),
  ownerInstitution: line(200).default(''),
  /** What the source says about flows and stocks of immigration and emigration. */
  coverage: z
    .object({ immigrationFlows: coverage, immigrationStocks: coverage, emigrationFlows: coverage, emigrationStocks: coverage })
    .strict()
    .default({ immigrationFlows: 'none', immigrationStocks: 'none', emigrationFlows: 'none', emigrationStocks: 'none' }),
  quality: text(2000).default(''),
  gaps: text(2000).default(''),
  ...owned,
});

export const milestoneSchema = z.strictObject({
  title: requiredLine('title'),
  dueDate: optionalDate,
  /** The stage of the cycle this milestone belongs to, if any. */
  stage: wholeNumberFrom(1, 8).nullable().default(null),
  done: z.boolean().default(false),
  notes: text(2000).default(''),
  ...owned,
});
