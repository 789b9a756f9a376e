import type { Kysely } from 'kysely';
import type { PmNode, VersionKind, VersionSummary } from '../../shared/schemas/versions.ts';
import { newId } from './document-repository.ts';
import type { Schema } from './schema.ts';

export type StoredVersion = VersionSummary & { content: PmNode; state: Uint8Array; matrices: unknown };

export type NewVersion = {
  documentId: string;
  name: string;
  kind: VersionKind;
  state: Uint8Array;
  content: PmNode;
  matrices: unknown;
  authorId: string | null;
};

/**
 * Takes the write lock of a document's row until the transaction ends (a no-op update: it works
 * alike on both engines), so the version writes of one document happen one after the other,
 * across instances too.
 */
export async function lockDocument(trx: Kysely<Schema>, documentId: string): Promise<void> {
  await trx.updateTable('documents').set((eb) => ({ title: eb.ref('title') })).where('id', '=', documentId).execute();
}

/**
 * Writes a version inside `trx`, which must hold the document's lock (`lockDocument`). Its time
 * is in milliseconds and later than the document's newest version's, so versions made in one
 * burst (tests, sign then edit) keep the order they were made in.
 */
export async function insertVersion(trx: Kysely<Schema>, version: NewVersion): Promise<string> {
  const { newest } = await trx
    .selectFrom('document_versions')
    .select((eb) => eb.fn.max('created_at').as('newest'))
    .where('document_id', '=', version.documentId)
    .executeTakeFirstOrThrow();
  const id = newId();
  const now = Date.now();
  const at = newest ? Math.max(now, Date.parse(newest) + 1) : now;
  await trx
    .insertInto('document_versions')
    .values({
      id,
      document_id: version.documentId,
      name: version.name,
      kind: version.kind,
      state: Buffer.from(version.state),
      content: JSON.stringify(version.content),
      matrices: version.matrices === undefined ? null : JSON.stringify(version.matrices),
      author_id: version.authorId,
      created_at: new Date(at).toISOString(),
    })
    .execute();
  return id;
}

const summaryQuery = (db: Kysely<Schema>, documentId: string) =>
  db
    .selectFrom('document_versions as v')
    .leftJoin('users as u', 'u.id', 'v.author_id')
    .select(['v.id', 'v.document_id', 'v.name', 'v.kind', 'v.author_id', 'u.name as author_name', 'v.created_at'])
    .where('v.document_id', '=', documentId);

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

const toSummary = (row: SummaryRow, signedSteps: Map<string, string[]>): VersionSummary => ({
  id: row.id,
  documentId: row.document_id,
  name: row.name,
  kind: row.kind as VersionKind,
  authorId: row.author_id,
  authorName: row.author_name,
  createdAt: row.created_at,
  signedSteps: signedSteps.get(row.id) ?? [],
});

/**
 * The names of the validation steps signed on a document's versions (on one, given
 * `versionId`), by version id.
 */
async function signedStepsOf(db: Kysely<Schema>, documentId: string, versionId?: string): Promise<Map<string, string[]>> {
  let query = db
    .selectFrom('validation_signatures as g')
    .innerJoin('validation_steps as s', 's.id', 'g.step_id')
    .innerJoin('document_versions as v', 'v.id', 'g.version_id')
    .select(['g.version_id', 's.name'])
    .where('v.document_id', '=', documentId);
  if (versionId !== undefined) query = query.where('g.version_id', '=', versionId);
  const byVersion = new Map<string, string[]>();
  for (const row of await query.orderBy('g.signed_at').orderBy('g.id').execute()) {
    byVersion.set(row.version_id, [...(byVersion.get(row.version_id) ?? []), row.name]);
  }
  return byVersion;
}

/** The summary of one version of a document, or undefined. */
export async function versionSummary(db: Kysely<Schema>, documentId: string, id: string): Promise<VersionSummary | undefined> {
  const row = await summaryQuery(db, documentId).where('v.id', '=', id).executeTakeFirst();
  return row && toSummary(row, await signedStepsOf(db, documentId, id));
}

export type VersionRepository = ReturnType<typeof createVersionRepository>;

/** Versions of documents: immutable once written. */
export function createVersionRepository(db: Kysely<Schema>) {
  /** Writes `version` under its document's lock unless `skip` says the newest version makes it redundant. */
  const write = (version: NewVersion, skip?: (latest: PmNode) => boolean): Promise<VersionSummary | undefined> =>
    db.transaction().execute(async (trx) => {
      await lockDocument(trx, version.documentId);
      if (skip) {
        const newest = await trx
          .selectFrom('document_versions')
          .select('content')
          .where('document_id', '=', version.documentId)
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (newest && skip(JSON.parse(newest.content) as PmNode)) return undefined;
      }
      return versionSummary(trx, version.documentId, await insertVersion(trx, version));
    });

  return {
    async create(version: NewVersion): Promise<VersionSummary> {
      const summary = await write(version);
      if (!summary) throw new Error('the version was not written');
      return summary;
    },
    /**
     * Writes `version` unless `unchanged` says the newest version already holds its text (an
     * automatic checkpoint after no real change). Checked under the document's lock, so two
     * checkpoints of the same text cannot both be written.
     */
    createIfChanged: (version: NewVersion, unchanged: (latest: PmNode) => boolean): Promise<VersionSummary | undefined> =>
      write(version, unchanged),
    async list(documentId: string): Promise<VersionSummary[]> {
      const rows = await summaryQuery(db, documentId).orderBy('v.created_at', 'desc').orderBy('v.id', 'desc').execute();
      const signedSteps = await signedStepsOf(db, documentId);
      return rows.map((row) => toSummary(row, signedSteps));
    },
    async find(documentId: string, id: string): Promise<StoredVersion | undefined> {
      const row = await summaryQuery(db, documentId)
        .select(['v.content', 'v.state', 'v.matrices'])
        .where('v.id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        ...toSummary(row, await signedStepsOf(db, documentId, id)),
        content: JSON.parse(row.content) as PmNode,
        state: new Uint8Array(row.state),
        matrices: row.matrices === null ? undefined : (JSON.parse(row.matrices) as unknown),
      };
    },
  };
}
