import type { Kysely } from 'kysely';
import { vocabularySchema } from '../../shared/schemas/vocabulary.ts';
import type { Vocabulary } from '../../shared/vocabulary/presets.ts';
import type { Schema } from './schema.ts';

export type VocabularyRepository = ReturnType<typeof createVocabularyRepository>;

/** Each workspace's preset and lists (`workspace_vocabularies`); none stored: the migration preset. */
export function createVocabularyRepository(db: Kysely<Schema>, now: () => number = Date.now) {
  return {
    /** The stored vocabulary, if any and still well formed. */
    async find(workspaceId: string): Promise<Vocabulary | undefined> {
      const row = await db.selectFrom('workspace_vocabularies').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
      if (!row) return undefined;
      const parsed = vocabularySchema.safeParse({ preset: row.preset, areas: JSON.parse(row.areas), evidenceTypes: JSON.parse(row.evidence_types) });
      return parsed.success ? parsed.data : undefined;
    },

    async save(workspaceId: string, vocabulary: Vocabulary, updatedBy: string | null): Promise<void> {
      const values = {
        workspace_id: workspaceId,
        preset: vocabulary.preset,
        areas: JSON.stringify(vocabulary.areas),
        evidence_types: JSON.stringify(vocabulary.evidenceTypes),
        updated_at: new Date(now()).toISOString(),
        updated_by: updatedBy,
      };
      await db
        .insertInto('workspace_vocabularies')
        .values(values)
        .onConflict((oc) =>
          oc.column('workspace_id').doUpdateSet((eb) => ({
            preset: eb.ref('excluded.preset'),
            areas: eb.ref('excluded.areas'),
            evidence_types: eb.ref('excluded.evidence_types'),
            updated_at: eb.ref('excluded.updated_at'),
            updated_by: eb.ref('excluded.updated_by'),
          })),
        )
        .execute();
    },
  };
}
