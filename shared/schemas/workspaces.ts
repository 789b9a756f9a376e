import { z } from 'zod';
import { ROLES, TEAM_ROLES } from '../policy/abilities.ts';
import { abilitiesSchema } from './abilities.ts';
import { ID_PATTERN } from './id-pattern.ts';
import { documentSchema } from './documents.ts';
import { workingLanguageSchema } from './languages.ts';
import { WORKING_LANGUAGES } from '../i18n/working-languages.ts';
import { MAX_VOCABULARY_ENTRIES } from '../vocabulary/keys.ts';
import { domainPresetSchema, vocabularyKeySchema } from './vocabulary-keys.ts';



export const idSchema = z.string().regex(ID_PATTERN, 'invalid id');
export const roleSchema = z.enum(ROLES);
/** The roles one can invite to or change to directly; consultees come through a consultation round. */
export const teamRoleSchema = z.enum(TEAM_ROLES);

const title = z.string().trim().min(1, 'title is required').max(200, 'title is at most 200 characters');
const shortText = z.string().trim().max(200, 'at most 200 characters');

const leadInstitution = shortText;
const mission = z.string().trim().max(5000, 'at most 5000 characters');
// Keys of the workspace's vocabulary, checked against it by the server.
const thematicAreas = z.array(vocabularyKeySchema).max(MAX_VOCABULARY_ENTRIES);
const language = workingLanguageSchema;

export const workspaceFieldsSchema = z.object({
  title,
  leadInstitution: leadInstitution.default(''),
  mission: mission.default(''),
  thematicAreas: thematicAreas.default([]),
  language: language.default('en'),
});
/** `preset`: the policy-area vocabulary it starts from (`shared/vocabulary/presets.ts`). */
export const createWorkspaceBodySchema = workspaceFieldsSchema.extend({ preset: domainPresetSchema.default('migration') }).strict();
// Without defaults: zod 4 applies defaults inside optional fields, which would make a PATCH of
// one field reset all the others.
export const updateWorkspaceBodySchema = z
  .object({ title, leadInstitution, mission, thematicAreas, language })
  .partial()
  .strict();
export type WorkspaceChanges = z.infer<typeof updateWorkspaceBodySchema>;

export const workspaceSchema = z.object({
  id: idSchema,
  title: z.string(),
  leadInstitution: z.string(),
  mission: z.string(),
  thematicAreas: z.array(z.string()),
  language: z.enum(WORKING_LANGUAGES),
  /** Current stage of the policy cycle, 1 to 8. */
  stage: z.number().int().min(1).max(8),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When it was archived: read-only for everyone until restored. Null while in use. */
  archivedAt: z.string().nullable(),
});
export type Workspace = z.infer<typeof workspaceSchema>;

/**
 * Institutions form a two-level tree: ministry (no parent) → department or division. An archived
 * one (`archivedAt`) is offered to nobody new, but members already in it keep its name.
 */
export const institutionSchema = z.object({ id: idSchema, name: z.string(), parentId: idSchema.nullable(), archivedAt: z.string().nullable() });
export type Institution = z.infer<typeof institutionSchema>;
export const createInstitutionBodySchema = z
  .object({ name: z.string().trim().min(1, 'name is required').max(200), parentId: idSchema.nullable().default(null) })
  .strict();

export const memberSchema = z.object({
  id: idSchema,
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  institutionId: idSchema.nullable(),
  joinedAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const workspaceSummarySchema = workspaceSchema.extend({ role: roleSchema, abilities: abilitiesSchema });
export type WorkspaceSummary = z.infer<typeof workspaceSummarySchema>;
export const workspaceListSchema = z.object({ workspaces: z.array(workspaceSummarySchema) });

/** The caller's own membership of a workspace. */
export const membershipSchema = z.object({ id: idSchema, role: roleSchema });

export const workspaceDetailSchema = z.object({
  workspace: workspaceSchema,
  /** The caller's own membership and what it allows: the client renders from this. */
  membership: membershipSchema,
  abilities: abilitiesSchema,
  members: z.array(memberSchema),
  /** Archived ones included (`archivedAt` set), so members in them keep their institution's name. */
  institutions: z.array(institutionSchema),
  /** The documents in use. */
  documents: z.array(documentSchema),
  /** Archived documents, newest first: the "Archived" view, where they are restored. */
  archivedDocuments: z.array(documentSchema),
});
export type WorkspaceDetail = z.infer<typeof workspaceDetailSchema>;

const count = z.number().int().min(0);
/** What deleting a workspace for good destroys, for the confirmation that names it. */
export const workspaceDeletionPreviewSchema = z.object({
  title: z.string(),
  documents: count,
  versions: count,
  comments: count,
  matrixItems: count,
  /** Current members, who lose the workspace. */
  members: count,
});
export type WorkspaceDeletionPreview = z.infer<typeof workspaceDeletionPreviewSchema>;
