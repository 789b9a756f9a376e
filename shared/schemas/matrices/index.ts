import { z } from 'zod';
import { abilitiesSchema } from '../abilities.ts';
import { MATRIX_KINDS, type MatrixKind } from './kinds.ts';
import { evidenceSchema, gapSchema, milestoneSchema, problemSchema, stakeholderSchema, swotSchema } from './analysis.ts';
import {
  actionSchema,
  decisionSchema,
  glossarySchema,
  instrumentSchema,
  objectiveSchema,
  optionSchema,
  sessionSchema,
} from './planning.ts';

/**
 * Structured matrices: every kind is stored the same way (a `matrix_items` row with a JSON
 * `data` validated by the kind's schema) and served by one route module, whose contract is
 * `shared/api/matrices.ts`. Live updates: each change is published as a workspace event with
 * `resource: matrixResource(kind)`, `action` created/updated/deleted/restored, `id`, `item`.
 */
export const matrixDataSchemas = {
  milestone: milestoneSchema,
  problem: problemSchema,
  evidence: evidenceSchema,
  swot: swotSchema,
  stakeholder: stakeholderSchema,
  gap: gapSchema,
  objective: objectiveSchema,
  option: optionSchema,
  instrument: instrumentSchema,
  action: actionSchema,
  glossary: glossarySchema,
  decision: decisionSchema,
  session: sessionSchema,
} as const satisfies Record<MatrixKind, z.ZodType>;

export { MATRIX_KINDS, type MatrixKind };

export const matrixKindSchema = z.enum(MATRIX_KINDS);

export type MatrixData<K extends MatrixKind> = z.infer<(typeof matrixDataSchemas)[K]>;
export type MatrixInput<K extends MatrixKind> = z.input<(typeof matrixDataSchemas)[K]>;

/** Fields holding ids of other items of the workspace, and the kind those items must be. */
export const MATRIX_REFERENCES: Readonly<Record<MatrixKind, Readonly<Record<string, MatrixKind>>>> = {
  milestone: {},
  problem: { evidenceIds: 'evidence' },
  evidence: {},
  swot: { evidenceIds: 'evidence' },
  stakeholder: {},
  gap: { evidenceIds: 'evidence' },
  objective: {},
  option: { objectiveId: 'objective' },
  instrument: { objectiveId: 'objective' },
  action: { objectiveId: 'objective', parentId: 'action' },
  glossary: {},
  decision: { sessionId: 'session' },
  session: {},
};

/** Fields the generic create/update never takes from the client (they have their own route). */
export const SERVER_MANAGED_FIELDS: Readonly<Partial<Record<MatrixKind, readonly string[]>>> = { swot: ['votes'] };

/** Kinds whose items carry members' priority votes (`votes`, changed only by the vote route). */
export const votableKindSchema = z.enum(['swot'] as const satisfies readonly MatrixKind[]);
export type VotableKind = z.infer<typeof votableKindSchema>;

/** How long a deleted item can be restored. */
export const RESTORE_WINDOW_MS = 24 * 60 * 60 * 1000;

export const matrixResource = (kind: MatrixKind): `matrix:${MatrixKind}` => `matrix:${kind}`;

/** The field that names an item in links, lists and dialogs. */
export const MATRIX_TITLE_FIELD: Readonly<Record<MatrixKind, string>> = {
  milestone: 'title',
  problem: 'statement',
  evidence: 'source',
  swot: 'text',
  stakeholder: 'name',
  gap: 'gap',
  objective: 'title',
  option: 'title',
  instrument: 'title',
  action: 'title',
  glossary: 'term',
  decision: 'decision',
  session: 'title',
};

export const matrixItemTitle = (item: Pick<MatrixItem, 'kind' | 'data'>): string => {
  const value = item.data[MATRIX_TITLE_FIELD[item.kind]];
  return typeof value === 'string' ? value : '';
};

const actorSchema = z.object({ id: z.string(), name: z.string() });

export const matrixItemSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  kind: matrixKindSchema,
  data: z.record(z.string(), z.unknown()),
  /** Increases by one on every change; an update must carry the version it was based on. */
  version: z.number().int().min(1),
  createdBy: actorSchema,
  createdAt: z.string(),
  updatedBy: actorSchema,
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  /** Put aside: off the matrix, kept and restorable for good (deletion is undone within a day). */
  archivedAt: z.string().nullable(),
});
export type MatrixItem = z.infer<typeof matrixItemSchema>;

/** An item whose `data` is typed for its kind; the server only returns validated data. */
export type TypedMatrixItem<K extends MatrixKind> = Omit<MatrixItem, 'data' | 'kind'> & { kind: K; data: MatrixData<K> };

/**
 * `?deleted=1` lists the undo bin: items deleted within the restore window, instead of live
 * ones; `?archived=1` lists the archived items. One at a time.
 */
export const matrixListQuerySchema = z
  .object({ deleted: z.literal('1').optional(), archived: z.literal('1').optional() })
  .refine((query) => !(query.deleted && query.archived), { message: 'list deleted or archived items, not both', path: ['archived'] });
export const matrixListSchema = z.object({ items: z.array(matrixItemSchema), abilities: abilitiesSchema });
export type MatrixList = z.infer<typeof matrixListSchema>;
export const matrixItemResponseSchema = z.object({ item: matrixItemSchema });

export const createMatrixItemBodySchema = z.strictObject({ data: z.record(z.string(), z.unknown()) });
export const updateMatrixItemBodySchema = z.strictObject({
  version: z.number().int().min(1),
  /** Only the fields that change; the rest keep their current value. */
  data: z.record(z.string(), z.unknown()),
});
export const voteBodySchema = z.strictObject({ vote: z.boolean() });

export * from './analysis.ts';
export * from './planning.ts';
