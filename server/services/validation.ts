import { can, type Role } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { Ladder, Signature, StepsBody, WorkspaceValidation } from '../../shared/schemas/validation.ts';
import { ladderState, type LadderState } from '../../shared/validation/ladder.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import type { StepRecord } from '../db/validation-repository.ts';
import { HttpError, notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import { contentKey } from '../versions/doc-content.ts';
import { createVersioning, type Versioning, type VersioningSources } from '../versions/versioning.ts';

export type ValidationService = ReturnType<typeof createValidationService>;

const outOfOrder = () => new HttpError(409, 'validation_out_of_order', 'steps are signed in order: sign the earlier steps first');

/**
 * Where `content` stands on the ladder, by the shared rule (`shared/validation/ladder.ts`): the
 * text each step's latest signature froze is read from its version and compared with `content`.
 * The screen (through `ladderFor`) and the exports' cover both call this.
 */
export async function ladderStateOf(
  versioning: Versioning,
  documentId: string,
  content: PmNode,
  steps: readonly StepRecord[],
  signatures: ReadonlyMap<string, Signature>,
): Promise<LadderState> {
  const currentKey = contentKey(content);
  const thisText = new Set<string>();
  const checked = new Set<string>();
  for (const step of steps) {
    const versionId = signatures.get(step.id)?.versionId;
    if (versionId === undefined || checked.has(versionId)) continue;
    checked.add(versionId);
    if (contentKey((await versioning.requireVersion(documentId, versionId)).content) === currentKey) thisText.add(versionId);
  }
  return ladderState(steps, (step) => signatures.get(step.id)?.versionId, (versionId) => thisText.has(versionId));
}

/**
 * The validation ladder: its steps, where each document stands on it, and signing. A signature
 * freezes the current text as a version; a step signed on text that has changed since needs
 * re-validation.
 */
export function createValidationService(infrastructure: VersioningSources & Pick<Infrastructure, 'validation' | 'policy' | 'events'>) {
  const { validation, documents, policy, events } = infrastructure;
  const versioning = createVersioning(infrastructure);

  /**
   * The ladder of a document with text `content` as someone with `role` sees it (`null`: no one
   * may sign), given the workspace's steps and the document's latest signatures.
   */
  async function ladderFor(
    documentId: string,
    content: PmNode,
    steps: StepRecord[],
    signatures: ReadonlyMap<string, Signature>,
    role: Role | null,
  ): Promise<Ladder> {
    const { statuses, currentIndex, validated } = await ladderStateOf(versioning, documentId, content, steps, signatures);
    // Steps are signed in order: only the first one not validly signed can be signed now.
    const open = steps[currentIndex];
    const canSignOpen =
      open !== undefined && role !== null && can(role, 'signValidation', { signerRole: open.signerRole, ...(await policy.documentFacts(documentId)) });
    return {
      documentId,
      currentIndex,
      validated,
      steps: steps.map((step, index) => ({
        id: step.id,
        position: step.position,
        name: step.name,
        signerRole: step.signerRole,
        signature: signatures.get(step.id) ?? null,
        status: statuses[index] ?? 'pending',
        canSign: index === currentIndex && canSignOpen,
      })),
    };
  }

  /** The ladder of a document as someone with `role` sees it (`null`: no one may sign). */
  async function ladderOf(workspaceId: string, documentId: string, role: Role | null): Promise<Ladder> {
    const steps = await validation.steps(workspaceId);
    const signatures = await validation.latestSignatures(documentId);
    const { content } = await versioning.current(documentId);
    return ladderFor(documentId, content, steps, signatures, role);
  }

  return {
    ladderOf,

    async ladder(actor: User, documentId: string): Promise<Ladder> {
      const { workspaceId, role } = await policy.authorizeDocument(actor.id, documentId, 'read');
      return ladderOf(workspaceId, documentId, role);
    },

    async workspace(actor: User, workspaceId: string): Promise<WorkspaceValidation> {
      const { role } = await policy.authorize(actor.id, workspaceId, 'read');
      const ladders: WorkspaceValidation['documents'] = [];
      for (const document of await documents.listInWorkspace(workspaceId)) {
        ladders.push({ document: { id: document.id, title: document.title }, ladder: await ladderOf(workspaceId, document.id, role) });
      }
      return { steps: await validation.steps(workspaceId), documents: ladders };
    },

    /**
     * Signs the ladder's current step on the current text, freezing it as a version. The text
     * checked is the text frozen, and the signature is written only if nobody signed the
     * document since it was checked (else 409, as the step is then no longer the current one).
     */
    async sign(actor: User, documentId: string, stepId: string, note: string): Promise<Ladder> {
      const { workspaceId, role } = await policy.authorizeDocument(actor.id, documentId, 'read');
      const steps = await validation.steps(workspaceId);
      const step = steps.find((s) => s.id === stepId);
      if (!step) throw notFound('validation step');
      await policy.authorizeDocument(actor.id, documentId, 'signValidation', { signerRole: step.signerRole });
      const live = await versioning.current(documentId);
      const signatures = await validation.latestSignatures(documentId);
      const before = await ladderFor(documentId, live.content, steps, signatures, role);
      if (before.steps.findIndex((s) => s.id === step.id) !== before.currentIndex) throw outOfOrder();
      const frozen = await versioning.freeze(documentId, step.name, 'validation', actor.id, live);
      const version = await validation.sign({ stepId: step.id, documentId, userId: actor.id, note }, frozen, signatures);
      if (!version) throw outOfOrder();
      events.publish(workspaceId, { resource: 'versions', action: 'created', id: version.id, item: version, actorId: actor.id });
      events.publish(workspaceId, { resource: 'validation', action: 'updated', id: documentId, actorId: actor.id });
      return ladderOf(workspaceId, documentId, role);
    },

    async replaceSteps(actor: User, workspaceId: string, steps: StepsBody['steps']): Promise<StepRecord[]> {
      await policy.authorize(actor.id, workspaceId, 'manageWorkspace');
      const saved = await validation.replaceSteps(workspaceId, steps);
      events.publish(workspaceId, { resource: 'validation', action: 'updated', actorId: actor.id });
      return saved;
    },
  };
}
