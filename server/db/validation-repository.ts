import type { Kysely } from 'kysely';
import type { Role } from '../../shared/policy/abilities.ts';
import type { Signature } from '../../shared/schemas/validation.ts';
import type { VersionSummary } from '../../shared/schemas/versions.ts';
import { serverText } from '../i18n/server-text.ts';
import { newId } from './document-repository.ts';
import type { Schema } from './schema.ts';
import { insertVersion, lockDocument, versionSummary, type NewVersion } from './version-repository.ts';

export type StepRecord = { id: string; position: number; name: string; signerRole: Role };

/** A signature about to be written: who signs which step of which document, with what note. */
export type NewSignature = { stepId: string; documentId: string; userId: string; note: string };

async function listSteps(db: Kysely<Schema>, workspaceId: string): Promise<StepRecord[]> {
  const rows = await db
    .selectFrom('validation_steps')
    .select(['id', 'position', 'name', 'signer_role'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, position: row.position, name: row.name, signerRole: row.signer_role as Role }));
}

/**
 * Takes the write lock of a workspace's row until the transaction ends (a no-op update, alike on
 * both engines), so two requests cannot both write a ladder, even on two instances.
 */
async function lockWorkspace(trx: Kysely<Schema>, workspaceId: string): Promise<void> {
  await trx.updateTable('workspaces').set((eb) => ({ title: eb.ref('title') })).where('id', '=', workspaceId).execute();
}

/** The newest signature of each step for one document, by step id. */
async function latestSignaturesOf(db: Kysely<Schema>, documentId: string): Promise<Map<string, Signature>> {
  const rows = await db
    .selectFrom('validation_signatures as g')
    .innerJoin('document_versions as v', 'v.id', 'g.version_id')
    .innerJoin('users as u', 'u.id', 'g.signed_by')
    .select(['g.id', 'g.step_id', 'g.version_id', 'v.name as version_name', 'g.signed_by', 'u.name as signed_by_name', 'g.signed_at', 'g.note'])
    .where('g.document_id', '=', documentId)
    .orderBy('g.signed_at')
    .orderBy('g.id')
    .execute();
  const byStep = new Map<string, Signature>();
  // Oldest first: a step's later signature replaces its earlier ones.
  for (const row of rows) {
    byStep.set(row.step_id, {
      id: row.id,
      versionId: row.version_id,
      versionName: row.version_name,
      signedBy: row.signed_by,
      signedByName: row.signed_by_name,
      signedAt: row.signed_at,
      note: row.note,
    });
  }
  return byStep;
}

const sameSignatures = (a: ReadonlyMap<string, Signature>, b: ReadonlyMap<string, Signature>): boolean =>
  a.size === b.size && [...a].every(([stepId, signature]) => b.get(stepId)?.id === signature.id);

export type ValidationRepository = ReturnType<typeof createValidationRepository>;

export function createValidationRepository(db: Kysely<Schema>) {
  return {
    /** The workspace's ladder; a workspace that never configured one gets the default ladder. */
    async steps(workspaceId: string): Promise<StepRecord[]> {
      const existing = await listSteps(db, workspaceId);
      if (existing.length > 0) return existing;
      return db.transaction().execute(async (trx) => {
        await lockWorkspace(trx, workspaceId);
        // Another request may have written the default ladder while this one waited for the lock.
        const written = await listSteps(trx, workspaceId);
        if (written.length > 0) return written;
        const workspace = await trx.selectFrom('workspaces').select('language').where('id', '=', workspaceId).executeTakeFirst();
        const now = new Date().toISOString();
        // The default ladder of the domain guide (§2, stage 6), named in the workspace's language.
        const names = serverText(workspace?.language ?? 'en').validationSteps;
        await trx
          .insertInto('validation_steps')
          .values(names.map((name, position) => ({ id: newId(), workspace_id: workspaceId, position, name, signer_role: 'chair', created_at: now })))
          .execute();
        return listSteps(trx, workspaceId);
      });
    },
    /**
     * Replaces the ladder: steps given with an id keep their signatures, steps left out are
     * removed with theirs, new steps are appended where they stand in the list.
     */
    async replaceSteps(workspaceId: string, steps: Array<{ id?: string | undefined; name: string; signerRole: Role }>): Promise<StepRecord[]> {
      return db.transaction().execute(async (trx) => {
        await lockWorkspace(trx, workspaceId);
        const known = new Set((await listSteps(trx, workspaceId)).map((step) => step.id));
        const kept = new Set(steps.flatMap((step) => (step.id && known.has(step.id) ? [step.id] : [])));
        const removed = [...known].filter((id) => !kept.has(id));
        if (removed.length > 0) await trx.deleteFrom('validation_steps').where('workspace_id', '=', workspaceId).where('id', 'in', removed).execute();
        const now = new Date().toISOString();
        for (const [position, step] of steps.entries()) {
          if (step.id && kept.has(step.id)) {
            await trx
              .updateTable('validation_steps')
              .set({ position, name: step.name, signer_role: step.signerRole })
              .where('id', '=', step.id)
              .where('workspace_id', '=', workspaceId)
              .execute();
          } else {
            await trx
              .insertInto('validation_steps')
              .values({ id: newId(), workspace_id: workspaceId, position, name: step.name, signer_role: step.signerRole, created_at: now })
              .execute();
          }
        }
        return listSteps(trx, workspaceId);
      });
    },
    latestSignatures: (documentId: string): Promise<Map<string, Signature>> => latestSignaturesOf(db, documentId),
    /**
     * Freezes `version` and signs a step on it, in one transaction under the document's lock,
     * unless the document's signatures are no longer those the ladder was checked against
     * (`seen`: someone signed meanwhile); then nothing is written and the result is undefined.
     * Returns the new version's summary as read before its signature was added (as it is announced).
     */
    async sign(signature: NewSignature, version: NewVersion, seen: ReadonlyMap<string, Signature>): Promise<VersionSummary | undefined> {
      return db.transaction().execute(async (trx) => {
        await lockDocument(trx, signature.documentId);
        if (!sameSignatures(await latestSignaturesOf(trx, signature.documentId), seen)) return undefined;
        const versionId = await insertVersion(trx, version);
        const summary = await versionSummary(trx, signature.documentId, versionId);
        await trx
          .insertInto('validation_signatures')
          .values({
            id: newId(),
            step_id: signature.stepId,
            document_id: signature.documentId,
            version_id: versionId,
            signed_by: signature.userId,
            signed_at: new Date().toISOString(),
            note: signature.note,
          })
          .execute();
        return summary;
      });
    },
  };
}
