import type { CycleFacts } from '../../shared/cycle/evaluate.ts';
import { representedInstitutionIds } from '../../shared/cycle/representation.ts';
import type { MeasureMonitoring } from '../../shared/schemas/monitoring.ts';
import type { MatrixItem } from '../../shared/schemas/matrices/index.ts';
import type { Infrastructure } from '../services.ts';
import { dayOf, gatherMeasureMonitoring } from './monitoring.ts';
import type { ValidationService } from './validation.ts';

export type FactStores = Pick<Infrastructure, 'workspaces' | 'members' | 'institutions' | 'documents' | 'matrixItems' | 'review' | 'validation' | 'monitoring' | 'consultation'>;
/** What the facts are read from; the validation facts read each document's ladder. */
export type FactSources = FactStores & { ladders: Pick<ValidationService, 'ladderOf'> };

const str = (item: MatrixItem, field: string): string => {
  const value = item.data[field];
  return typeof value === 'string' ? value : '';
};
const filled = (item: MatrixItem, ...fields: string[]) => fields.every((field) => str(item, field).trim() !== '');
/** A measure says what it aims for: an indicator with a target, or the plan's indicator line and target. */
const hasTarget = (item: MatrixItem, monitoring: MeasureMonitoring | undefined): boolean =>
  (monitoring?.indicators.some((indicator) => indicator.target !== null) ?? false) || filled(item, 'indicator', 'target');

/** Gathers the facts the exit criteria look at from the workspace's data. */
export async function gatherCycleFacts(sources: FactSources, workspaceId: string): Promise<CycleFacts> {
  const { workspaces, members, institutions, documents, matrixItems, review } = sources;
  const workspace = await workspaces.find(workspaceId);
  if (!workspace) throw new Error(`no workspace ${workspaceId}`);
  const byKind = new Map<string, MatrixItem[]>();
  for (const item of await matrixItems.listAll(workspaceId)) {
    const list = byKind.get(item.kind);
    if (list) list.push(item);
    else byKind.set(item.kind, [item]);
  }
  const of = (kind: string): MatrixItem[] => byKind.get(kind) ?? [];
  const measures = of('action').filter((a) => str(a, 'level') === 'measure');
  const linkedTo = (kind: string, objectiveId: string, test: (item: MatrixItem) => boolean) =>
    of(kind).filter((item) => item.data['objectiveId'] === objectiveId && test(item)).length;

  const represented = representedInstitutionIds(await members.listActive(workspaceId), await institutions.list(workspaceId), workspace.leadInstitution);
  const openReview = await review.openCounts(workspaceId);
  const documentCount = (await documents.listInWorkspace(workspaceId)).length;
  const validation = await validationFacts(sources, workspaceId);
  const monitored = new Map((await gatherMeasureMonitoring(sources, workspaceId, dayOf(Date.now()))).map((m) => [m.id, m]));

  return {
    leadInstitution: workspace.leadInstitution,
    mission: workspace.mission,
    thematicAreaCount: workspace.thematicAreas.length,
    coreGroupInstitutionCount: represented.size,
    milestones: { total: of('milestone').length, dated: of('milestone').filter((m) => m.data['dueDate'] !== null).length },
    problemStatements: of('problem').length,
    evidence: { total: of('evidence').length, withGaps: of('evidence').filter((e) => filled(e, 'gaps')).length },
    swotItems: of('swot').length,
    stakeholders: of('stakeholder').length,
    gapItems: of('gap').length,
    objectives: of('objective').map((objective) => ({
      agreed: objective.data['status'] === 'agreed',
      // An option counts once it has been appraised, not merely named.
      preferredOptions: linkedTo('option', objective.id, (o) => o.data['preferred'] === true && (filled(o, 'advantages') || filled(o, 'drawbacks'))),
      selectedInstruments: linkedTo('instrument', objective.id, (i) => i.data['selected'] === true),
      measures: measures.filter((m) => m.data['objectiveId'] === objective.id).length,
    })),
    documents: documentCount,
    draftingSessions: of('session').length,
    measures: measures.map((m) => ({
      complete: m.data['status'] === 'dropped' || (filled(m, 'responsibleInstitution') && hasTarget(m, monitored.get(m.id)) && m.data['start'] !== null && m.data['end'] !== null),
      // Its latest due period has a report (monitoring, stage 8).
      monitored: monitored.get(m.id)?.monitored ?? false,
    })),
    adoptionDecisions: of('decision').filter((d) => d.data['category'] === 'adoption').length,
    // The lessons list; those once kept in the decision log were carried into it (migration 016).
    lessons: (await sources.monitoring.lessons(workspaceId)).length,
    openThreads: openReview.threads,
    openSuggestions: openReview.suggestions,
    undispositionedInputs: await sources.consultation.undispositionedCount(workspaceId),
    validation,
  };
}

/**
 * Stage 6: every step of every document's ladder, and how many are validly signed. A step
 * signed on a text that has changed since (needs re-validation) does not count as signed.
 */
async function validationFacts({ validation, documents, ladders }: FactSources, workspaceId: string): Promise<NonNullable<CycleFacts['validation']>> {
  const steps = (await validation.steps(workspaceId)).length;
  const inWorkspace = await documents.listInWorkspace(workspaceId);
  let signed = 0;
  for (const document of inWorkspace) {
    // Unsigned documents are skipped without loading their text into the sync server.
    if ((await validation.latestSignatures(document.id)).size === 0) continue;
    const ladder = await ladders.ladderOf(workspaceId, document.id, null);
    signed += ladder.steps.filter((step) => step.status === 'signed').length;
  }
  return { required: steps * inWorkspace.length, signed };
}
