import { abilitiesOf } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import { SERVER_MANAGED_FIELDS, type MatrixKind } from '../../shared/schemas/matrices/index.ts';
import type { NextCycleResult, WorkspaceOrigin } from '../../shared/schemas/practice.ts';
import type { OriginRepository } from '../db/origin-repository.ts';
import { HttpError, notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import type { WorkspaceService } from './workspaces.ts';

/** The stage whose evaluation seeds the next cycle: monitoring and evaluation. */
const EVALUATION_STAGE = 8;

/** Lessons learned, kept by the monitoring feature (`lessons`, migration 016). */
export type LessonStore = {
  lessons(workspaceId: string): Promise<ReadonlyArray<{ text: string }>>;
  addLesson(workspaceId: string, text: string, userId: string): Promise<string>;
};

export type NextCycleService = ReturnType<typeof createNextCycleService>;

/**
 * Evaluation informs the next cycle: a lead starts a new workspace from an evaluated one, with
 * its settings, lessons learned, glossary and stakeholders, and the new one says where it came
 * from. What the old cycle drafted (documents, plans, decisions) stays with it.
 */
export function createNextCycleService(
  {
    policy,
    workspaces,
    matrixItems,
    activity,
    origins,
  }: Pick<Infrastructure, 'policy' | 'workspaces' | 'matrixItems' | 'activity'> & { origins: OriginRepository },
  workspaceService: Pick<WorkspaceService, 'create'>,
  lessons: LessonStore | undefined,
) {
  /** Live, unarchived items of a kind, ready to be created again elsewhere. */
  async function carried(workspaceId: string, kind: MatrixKind): Promise<Array<Record<string, unknown>>> {
    const managed = new Set(SERVER_MANAGED_FIELDS[kind] ?? []);
    return (await matrixItems.list(workspaceId, kind))
      .filter((item) => item.archivedAt === null)
      .map((item) => {
        // Owners were members of the old workspace, and fields set by their own routes (an
        // agreement, votes) are the old group's acts: the new cycle starts without them.
        const data = Object.fromEntries(Object.entries(item.data).filter(([field]) => !managed.has(field)));
        return 'ownerMemberId' in data ? { ...data, ownerMemberId: null } : data;
      });
  }

  return {
    async start(actor: User, sourceId: string, title: string): Promise<NextCycleResult> {
      await policy.authorize(actor.id, sourceId, 'startNextCycle');
      const source = await workspaces.find(sourceId);
      if (!source) throw notFound('workspace');
      if (source.stage !== EVALUATION_STAGE) {
        throw new HttpError(409, 'not_evaluated', 'start the next cycle once the workspace has reached monitoring and evaluation');
      }
      const glossary = await carried(sourceId, 'glossary');
      const stakeholders = await carried(sourceId, 'stakeholder');
      const lessonTexts = lessons ? (await lessons.lessons(sourceId)).map((l) => l.text) : [];

      const { leadInstitution, mission, thematicAreas, language } = source;
      const created = await workspaceService.create(actor, { title, leadInstitution, mission, thematicAreas, language });
      await origins.record(created.id, { id: source.id, title: source.title }, actor.id);
      for (const data of glossary) await matrixItems.create(created.id, 'glossary', data, actor.id);
      for (const data of stakeholders) await matrixItems.create(created.id, 'stakeholder', data, actor.id);
      for (const text of lessonTexts) await lessons?.addLesson(created.id, text, actor.id);

      await activity.record({ workspaceId: created.id, actorId: actor.id, action: 'cycle.started', subjectId: source.id, summary: source.title });
      await activity.record({ workspaceId: sourceId, actorId: actor.id, action: 'cycle.continued', subjectId: created.id, summary: title });
      return {
        workspace: { ...created, abilities: abilitiesOf(created.role) },
        carried: { lessons: lessonTexts.length, glossary: glossary.length, stakeholders: stakeholders.length },
      };
    },

    async origin(actor: User, workspaceId: string): Promise<WorkspaceOrigin> {
      await policy.authorize(actor.id, workspaceId, 'read');
      const origin = await origins.find(workspaceId);
      if (!origin) return { origin: null };
      const sourceVisible = origin.sourceId !== null && (await policy.membershipOf(origin.sourceId, actor.id)) !== undefined;
      return { origin: { ...origin, sourceVisible } };
    },
  };
}
