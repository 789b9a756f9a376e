import type { Role } from '../../shared/policy/abilities.ts';
import type { Signature } from '../../shared/schemas/validation.ts';
import type { SqliteDatabase } from './database.ts';
import { newId } from './document-repository.ts';

export type StepRecord = { id: string; position: number; name: string; signerRole: Role };

/** The default ladder of the domain guide (§2, stage 6), named in the workspace's language. */
const DEFAULT_STEPS: Record<'en' | 'fr', string[]> = {
  en: ['Core group', 'Validation workshop', 'Steering committee', 'Technical adoption', 'Political adoption'],
  fr: ['Groupe restreint', 'Atelier de validation', 'Comité de pilotage', 'Adoption technique', 'Adoption politique'],
};

type SignatureRow = {
  id: string;
  step_id: string;
  version_id: string;
  version_name: string;
  signed_by: string;
  signed_by_name: string;
  signed_at: string;
  note: string;
};

export type ValidationRepository = ReturnType<typeof createValidationRepository>;

export function createValidationRepository(db: SqliteDatabase) {
  const selectSteps = db.prepare<[string], { id: string; position: number; name: string; signer_role: Role }>(
    'SELECT id, position, name, signer_role FROM validation_steps WHERE workspace_id = ? ORDER BY position',
  );
  const insertStep = db.prepare<[string, string, number, string, Role, string]>(
    'INSERT INTO validation_steps (id, workspace_id, position, name, signer_role, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const updateStep = db.prepare<[number, string, Role, string, string]>(
    'UPDATE validation_steps SET position = ?, name = ?, signer_role = ? WHERE id = ? AND workspace_id = ?',
  );
  const deleteStep = db.prepare<[string, string]>('DELETE FROM validation_steps WHERE id = ? AND workspace_id = ?');
  const workspaceLanguage = db.prepare<[string], { language: string }>('SELECT language FROM workspaces WHERE id = ?');
  // The newest signature of each step for one document.
  const selectLatestSignatures = db.prepare<[string], SignatureRow>(
    `SELECT g.id, g.step_id, g.version_id, v.name AS version_name, g.signed_by, u.name AS signed_by_name, g.signed_at, g.note
     FROM validation_signatures g
     JOIN document_versions v ON v.id = g.version_id
     JOIN users u ON u.id = g.signed_by
     WHERE g.document_id = ? AND g.rowid = (
       SELECT g2.rowid FROM validation_signatures g2 WHERE g2.document_id = g.document_id AND g2.step_id = g.step_id
       ORDER BY g2.signed_at DESC, g2.rowid DESC LIMIT 1)`,
  );
  const insertSignature = db.prepare<[string, string, string, string, string, string, string]>(
    `INSERT INTO validation_signatures (id, step_id, document_id, version_id, signed_by, signed_at, note)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );

  const listSteps = (workspaceId: string): StepRecord[] =>
    selectSteps.all(workspaceId).map((row) => ({ id: row.id, position: row.position, name: row.name, signerRole: row.signer_role }));

  return {
    /** The workspace's ladder; a workspace that never configured one gets the default ladder. */
    steps: db.transaction((workspaceId: string): StepRecord[] => {
      const existing = listSteps(workspaceId);
      if (existing.length > 0) return existing;
      const language = workspaceLanguage.get(workspaceId)?.language === 'fr' ? 'fr' : 'en';
      const now = new Date().toISOString();
      DEFAULT_STEPS[language].forEach((name, position) => insertStep.run(newId(), workspaceId, position, name, 'chair', now));
      return listSteps(workspaceId);
    }),
    /**
     * Replaces the ladder: steps given with an id keep their signatures, steps left out are
     * removed with theirs, new steps are appended where they stand in the list.
     */
    replaceSteps: db.transaction((workspaceId: string, steps: Array<{ id?: string | undefined; name: string; signerRole: Role }>) => {
      const known = new Set(listSteps(workspaceId).map((step) => step.id));
      const kept = new Set(steps.flatMap((step) => (step.id && known.has(step.id) ? [step.id] : [])));
      for (const id of known) if (!kept.has(id)) deleteStep.run(id, workspaceId);
      const now = new Date().toISOString();
      steps.forEach((step, position) => {
        if (step.id && kept.has(step.id)) updateStep.run(position, step.name, step.signerRole, step.id, workspaceId);
        else insertStep.run(newId(), workspaceId, position, step.name, step.signerRole, now);
      });
      return listSteps(workspaceId);
    }),
    latestSignatures(documentId: string): Map<string, Signature> {
      const byStep = new Map<string, Signature>();
      for (const row of selectLatestSignatures.all(documentId)) {
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
    },
    sign(stepId: string, documentId: string, versionId: string, userId: string, note: string): void {
      insertSignature.run(newId(), stepId, documentId, versionId, userId, new Date().toISOString(), note);
    },
  };
}
