import {
  ACTION_LEVELS,
  ACTION_STATUSES,
  COVERAGE_LEVELS,
  DECISION_CATEGORIES,
  ENGAGEMENT_STRATEGIES,
  FEASIBILITY_LEVELS,
  GAP_AREAS,
  GLOSSARY_STATUSES,
  INSTRUMENT_TYPES,
  OBJECTIVE_STATUSES,
  SESSION_FORMATS,
  STAKEHOLDER_CATEGORIES,
  STAKEHOLDER_LEVELS,
  STAKEHOLDER_POSITIONS,
  STAKEHOLDER_ROLES,
  SWOT_QUADRANTS,
  type MatrixData,
  type MatrixKind,
} from '../schemas/matrices/index.ts';
import { EVIDENCE_SOURCE_TYPES } from '../vocabulary/presets.ts';
import { GENERAL_EVIDENCE_TYPES, type VocabularyList } from '../vocabulary/presets.ts';

/** Every field name of every matrix kind, so labels are checked for completeness. */
export type FieldName = { [K in MatrixKind]: keyof MatrixData<K> & string }[MatrixKind];

/** Every enumerated value a matrix field can take. */
export const ENUM_VALUES = [
  ...SWOT_QUADRANTS,
  ...STAKEHOLDER_CATEGORIES,
  ...STAKEHOLDER_LEVELS,
  ...STAKEHOLDER_ROLES,
  ...STAKEHOLDER_POSITIONS,
  ...ENGAGEMENT_STRATEGIES,
  ...GAP_AREAS,
  ...EVIDENCE_SOURCE_TYPES,
  ...GENERAL_EVIDENCE_TYPES,
  ...COVERAGE_LEVELS,
  ...OBJECTIVE_STATUSES,
  ...FEASIBILITY_LEVELS,
  ...INSTRUMENT_TYPES,
  ...ACTION_LEVELS,
  ...ACTION_STATUSES,
  ...GLOSSARY_STATUSES,
  ...DECISION_CATEGORIES,
  ...SESSION_FORMATS,
] as const;
export type EnumValue = (typeof ENUM_VALUES)[number];

/** How a field is edited and shown; the generic editor is driven by these descriptions. */
/** `managed`: shown, but set by its own use case (a term's agreement), never in the item dialog. */
export type FieldSpec = { name: FieldName; column?: boolean; managed?: boolean } & (
  | { type: 'text' | 'longText'; required?: boolean }
  | { type: 'enum'; options: readonly EnumValue[]; nullable?: boolean }
  | { type: 'scale' }
  | { type: 'date'; required?: boolean }
  | { type: 'bool' }
  | { type: 'ref'; kind: MatrixKind; nullable?: boolean }
  | { type: 'refs'; kind: MatrixKind }
  | { type: 'member' }
  | { type: 'lines' }
  | { type: 'ratings' }
  | { type: 'coverage' }
  | { type: 'variants' }
  /** A key of the workspace's vocabulary (`shared/vocabulary/presets.ts`): its choices are the workspace's. */
  | { type: 'vocabulary'; list: VocabularyList }
);

const owner: FieldSpec = { name: 'ownerMemberId', type: 'member', column: true };

export const MATRIX_FIELDS: Record<MatrixKind, readonly FieldSpec[]> = {
  milestone: [
    { name: 'title', type: 'text', required: true, column: true },
    { name: 'dueDate', type: 'date', column: true },
    { name: 'done', type: 'bool', column: true },
    { name: 'notes', type: 'longText' },
    owner,
  ],
  problem: [
    { name: 'statement', type: 'longText', required: true, column: true },
    { name: 'rationale', type: 'longText', column: true },
    { name: 'evidenceIds', type: 'refs', kind: 'evidence' },
    owner,
  ],
  evidence: [
    { name: 'source', type: 'text', required: true, column: true },
    { name: 'sourceType', type: 'vocabulary', list: 'evidenceTypes', column: true },
    { name: 'ownerInstitution', type: 'text', column: true },
    { name: 'coverage', type: 'coverage' },
    { name: 'quality', type: 'longText' },
    { name: 'gaps', type: 'longText', column: true },
    owner,
  ],
  swot: [
    { name: 'quadrant', type: 'enum', options: SWOT_QUADRANTS, column: true },
    { name: 'text', type: 'longText', required: true, column: true },
    { name: 'evidenceIds', type: 'refs', kind: 'evidence' },
    owner,
  ],
  stakeholder: [
    { name: 'name', type: 'text', required: true, column: true },
    { name: 'category', type: 'enum', options: STAKEHOLDER_CATEGORIES, column: true },
    { name: 'level', type: 'enum', options: STAKEHOLDER_LEVELS },
    { name: 'role', type: 'enum', options: STAKEHOLDER_ROLES, column: true },
    { name: 'influence', type: 'scale', column: true },
    { name: 'interest', type: 'scale', column: true },
    { name: 'position', type: 'enum', options: STAKEHOLDER_POSITIONS, column: true },
    { name: 'engagement', type: 'enum', options: ENGAGEMENT_STRATEGIES, nullable: true, column: true },
    { name: 'focalPoint', type: 'text' },
    owner,
  ],
  gap: [
    { name: 'area', type: 'enum', options: GAP_AREAS, column: true },
    { name: 'currentSituation', type: 'longText' },
    { name: 'reference', type: 'longText' },
    { name: 'gap', type: 'longText', required: true, column: true },
    { name: 'recommendation', type: 'longText', column: true },
    { name: 'evidenceIds', type: 'refs', kind: 'evidence' },
    owner,
  ],
  objective: [
    { name: 'title', type: 'text', required: true, column: true },
    { name: 'pillar', type: 'text', column: true },
    { name: 'description', type: 'longText' },
    { name: 'coherence', type: 'longText' },
    { name: 'status', type: 'enum', options: OBJECTIVE_STATUSES, column: true },
    owner,
  ],
  option: [
    { name: 'objectiveId', type: 'ref', kind: 'objective', column: true },
    { name: 'title', type: 'text', required: true, column: true },
    { name: 'advantages', type: 'longText' },
    { name: 'drawbacks', type: 'longText' },
    { name: 'resources', type: 'longText' },
    { name: 'feasibility', type: 'enum', options: FEASIBILITY_LEVELS, nullable: true, column: true },
    { name: 'risks', type: 'longText' },
    { name: 'scores', type: 'ratings', column: true },
    { name: 'preferred', type: 'bool', column: true },
    owner,
  ],
  instrument: [
    { name: 'objectiveId', type: 'ref', kind: 'objective', column: true },
    { name: 'title', type: 'text', required: true, column: true },
    { name: 'type', type: 'enum', options: INSTRUMENT_TYPES, column: true },
    { name: 'responsibleInstitution', type: 'text', column: true },
    { name: 'resources', type: 'longText' },
    { name: 'ratings', type: 'ratings' },
    { name: 'selected', type: 'bool', column: true },
    owner,
  ],
  action: [
    { name: 'objectiveId', type: 'ref', kind: 'objective', column: true },
    { name: 'level', type: 'enum', options: ACTION_LEVELS },
    { name: 'parentId', type: 'ref', kind: 'action', nullable: true },
    { name: 'title', type: 'text', required: true, column: true },
    { name: 'responsibleInstitution', type: 'text', column: true },
    { name: 'partners', type: 'text' },
    { name: 'start', type: 'date', column: true },
    { name: 'end', type: 'date', column: true },
    { name: 'indicator', type: 'text' },
    { name: 'baseline', type: 'text' },
    { name: 'target', type: 'text' },
    { name: 'resources', type: 'text' },
    { name: 'fundingSource', type: 'text' },
    { name: 'status', type: 'enum', options: ACTION_STATUSES, column: true },
    owner,
  ],
  glossary: [
    { name: 'term', type: 'text', required: true, column: true },
    { name: 'definition', type: 'longText', required: true, column: true },
    { name: 'source', type: 'text' },
    { name: 'status', type: 'enum', options: GLOSSARY_STATUSES, column: true, managed: true },
    { name: 'variants', type: 'variants', column: true },
    owner,
  ],
  decision: [
    { name: 'date', type: 'date', required: true, column: true },
    { name: 'decision', type: 'longText', required: true, column: true },
    { name: 'category', type: 'enum', options: DECISION_CATEGORIES, column: true },
    { name: 'sessionId', type: 'ref', kind: 'session', nullable: true },
    { name: 'rationale', type: 'longText', column: true },
    owner,
  ],
  session: [
    { name: 'title', type: 'text', required: true, column: true },
    { name: 'date', type: 'date', required: true, column: true },
    { name: 'format', type: 'enum', options: SESSION_FORMATS, column: true },
    { name: 'sections', type: 'lines' },
    { name: 'participants', type: 'lines' },
    { name: 'outcomes', type: 'longText', column: true },
    owner,
  ],
};
