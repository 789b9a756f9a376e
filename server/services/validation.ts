import { can, type Role } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { Ladder, StepsBody, StepStatus, WorkspaceValidation } from '../../shared/schemas/validation.ts';
import type { StepRecord } from '../db/validation-repository.ts';
import { HttpError, notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import { contentKey } from '../versions/doc-content.ts';
import { createVersioning, type VersioningSources } from '../versions/versioning.ts';

export type ValidationService = ReturnType<typeof createValidationService>;

/**
 * The validation ladder: its steps, where each document stands on it, and signing. A signature
 * freezes the current text as a version; a step signed on text that has changed since needs
 * re-validation.
 */
export function createValidationService(infrastructure: VersioningSources & Pick<Infrastructure, 'validation' | 'policy' | 'events'>) {
  const { validation, documents, policy, events } = infrastructure;
  const versioning = createVersioning(infrastructure);

  /** The ladder of a document as someone with `role` sees it (`null`: no one may sign). */
  function ladderOf(workspaceId: string, documentId: string, role: Role | null): Ladder {
    const steps = validation.steps(workspaceId);
    const signatures = validation.latestSignatures(documentId);
    const currentKey = contentKey(versioning.current(documentId).content);
    const keyOfVersion = new Map<string, string>();
    const statuses = steps.map((step): StepStatus => {
      const signature = signatures.get(step.id);
      if (!signature) return 'pending';
      let key = keyOfVersion.get(signature.versionId);
      if (key === undefined) {
        key = contentKey(versioning.requireVersion(documentId, signature.versionId).content);
        keyOfVersion.set(signature.versionId, key);
      }
      return key === currentKey ? 'signed' : 'needsRevalidation';
    });
    const firstOpen = statuses.findIndex((status) => status !== 'signed');
    const currentIndex = firstOpen === -1 ? steps.length : firstOpen;
    return {
      documentId,
      currentIndex,
      steps: steps.map((step, index) => ({
        id: step.id,
        position: step.position,
        name: step.name,
        signerRole: step.signerRole,
        signature: signatures.get(step.id) ?? null,
        status: statuses[index] ?? 'pending',
        // Steps are signed in order: only the first one not validly signed can be signed now.
        canSign: index === currentIndex && can(role, 'signValidation', { signerRole: step.signerRole, ...policy.documentFacts(documentId) }),
      })),
    };
  }

  return {
    ladderOf,

    ladder(actor: User, documentId: string): Ladder {
      const { workspaceId, role } = policy.authorizeDocument(actor.id, documentId, 'read');
      return ladderOf(workspaceId, documentId, role);
    },

    workspace(actor: User, workspaceId: string): WorkspaceValidation {
      const { role } = policy.authorize(actor.id, workspaceId, 'read');
      const ladders = documents.listInWorkspace(workspaceId).map((document) => ({
        document: { id: document.id, title: document.title },
        ladder: ladderOf(workspaceId, document.id, role),
      }));
      return { steps: validation.steps(workspaceId), documents: ladders };
    },

    /** Signs the ladder's current step on the current text, freezing it as a version. */
    sign(actor: User, documentId: string, stepId: string, note: string): Ladder {
      const { workspaceId, role } = policy.authorizeDocument(actor.id, documentId, 'read');
      const step = validation.steps(workspaceId).find((s) => s.id === stepId);
      if (!step) throw notFound('validation step');
      policy.authorizeDocument(actor.id, documentId, 'signValidation', { signerRole: step.signerRole });
      const before = ladderOf(workspaceId, documentId, role);
      if (before.steps.findIndex((s) => s.id === step.id) !== before.currentIndex) {
        throw new HttpError(409, 'validation_out_of_order', 'steps are signed in order: sign the earlier steps first');
      }
      const version = versioning.snapshot(documentId, step.name, 'validation', actor.id);
      validation.sign(step.id, documentId, version.id, actor.id, note);
      events.publish(workspaceId, { resource: 'versions', action: 'created', id: version.id, item: version, actorId: actor.id });
      events.publish(workspaceId, { resource: 'validation', action: 'updated', id: documentId, actorId: actor.id });
      return ladderOf(workspaceId, documentId, role);
    },

    replaceSteps(actor: User, workspaceId: string, steps: StepsBody['steps']): StepRecord[] {
      policy.authorize(actor.id, workspaceId, 'manageWorkspace');
      const saved = validation.replaceSteps(workspaceId, steps);
      events.publish(workspaceId, { resource: 'validation', action: 'updated', actorId: actor.id });
      return saved;
    },
  };
}
