import type { Kysely } from 'kysely';
import type { Schema } from './schema.ts';

/** One piece of news as read from the store, before the digest keeps the newest few. */
export type DigestRow = {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string;
  title: string;
  documentId: string | null;
  documentTitle: string | null;
  threadId: string | null;
};
export type DecisionRow = DigestRow & { category: string | null };
export type StageMoveRow = { id: string; at: string; actorId: string; actorName: string; from: number; to: number };

export type DigestRows = {
  decisions: DecisionRow[];
  stageMoves: StageMoveRow[];
  versions: DigestRow[];
  signatures: DigestRow[];
  mentions: DigestRow[];
};

export type VisitRepository = ReturnType<typeof createVisitRepository>;

/**
 * Members' visits of workspaces (`workspace_visits`, migration 017) and what happened in a
 * workspace since a moment, read straight from the records other features keep. Each kind is
 * read up to `cap` rows, newest first, so a long absence costs a bounded query.
 */
export function createVisitRepository(db: Kysely<Schema>) {
  return {
    /**
     * Records a visit at `now` and answers from when the digest counts (null on a first visit).
     * A visit opened within `gapMs` of the previous one continues it, so coming back from a
     * document keeps the digest; a later one starts the digest from the previous visit.
     */
    async visit(workspaceId: string, userId: string, now: string, gapMs: number): Promise<string | null> {
      const row = await db
        .selectFrom('workspace_visits')
        .select(['last_visit_at', 'digest_since'])
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (!row) {
        await db
          .insertInto('workspace_visits')
          .values({ workspace_id: workspaceId, user_id: userId, last_visit_at: now, digest_since: now })
          .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doNothing())
          .execute();
        return null;
      }
      const newVisit = Date.parse(now) - Date.parse(row.last_visit_at) > gapMs;
      const since = newVisit ? row.last_visit_at : row.digest_since;
      await db
        .updateTable('workspace_visits')
        .set({ last_visit_at: now, digest_since: since })
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .execute();
      return since;
    },

    /** The digest starts again from `now`. */
    async dismiss(workspaceId: string, userId: string, now: string): Promise<void> {
      await db
        .insertInto('workspace_visits')
        .values({ workspace_id: workspaceId, user_id: userId, last_visit_at: now, digest_since: now })
        .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doUpdateSet({ digest_since: now }))
        .execute();
    },

    async since(workspaceId: string, userId: string, since: string, cap: number): Promise<DigestRows> {
      const decisions = await db
        .selectFrom('matrix_items as i')
        .innerJoin('users as u', 'u.id', 'i.created_by')
        .select(['i.id', 'i.created_at', 'i.created_by', 'u.name', 'i.data'])
        .where('i.workspace_id', '=', workspaceId)
        .where('i.kind', '=', 'decision')
        .where('i.deleted_at', 'is', null)
        .where('i.created_at', '>', since)
        .orderBy('i.created_at', 'desc')
        .limit(cap)
        .execute();
      const stageMoves = await db
        .selectFrom('stage_moves as s')
        .innerJoin('users as u', 'u.id', 's.moved_by')
        .select(['s.id', 's.moved_at', 's.moved_by', 'u.name', 's.from_stage', 's.to_stage'])
        .where('s.workspace_id', '=', workspaceId)
        .where('s.moved_at', '>', since)
        .orderBy('s.id', 'desc')
        .limit(cap)
        .execute();
      // Named and restored versions: automatic checkpoints would drown them.
      const versions = await db
        .selectFrom('document_versions as v')
        .innerJoin('documents as d', 'd.id', 'v.document_id')
        .leftJoin('users as u', 'u.id', 'v.author_id')
        .select(['v.id', 'v.created_at', 'v.author_id', 'u.name', 'v.name as title', 'd.id as document_id', 'd.title as document_title'])
        .where('d.workspace_id', '=', workspaceId)
        .where('v.kind', 'in', ['named', 'restore'])
        .where('v.created_at', '>', since)
        .orderBy('v.created_at', 'desc')
        .limit(cap)
        .execute();
      const signatures = await db
        .selectFrom('validation_signatures as s')
        .innerJoin('validation_steps as st', 'st.id', 's.step_id')
        .innerJoin('documents as d', 'd.id', 's.document_id')
        .innerJoin('users as u', 'u.id', 's.signed_by')
        .select(['s.id', 's.signed_at', 's.signed_by', 'u.name', 'st.name as title', 'd.id as document_id', 'd.title as document_title'])
        .where('d.workspace_id', '=', workspaceId)
        .where('s.signed_at', '>', since)
        .orderBy('s.signed_at', 'desc')
        .limit(cap)
        .execute();
      const mentions = await db
        .selectFrom('notifications as n')
        .leftJoin('documents as d', 'd.id', 'n.document_id')
        .select(['n.id', 'n.created_at', 'n.actor_name', 'n.excerpt', 'n.document_id', 'd.title as document_title', 'n.thread_id'])
        .where('n.workspace_id', '=', workspaceId)
        .where('n.user_id', '=', userId)
        .where('n.kind', '=', 'mention')
        .where('n.created_at', '>', since)
        .orderBy('n.created_at', 'desc')
        .limit(cap)
        .execute();
      return {
        decisions: decisions.map((r) => {
          const data = JSON.parse(r.data) as Record<string, unknown>;
          return {
            id: r.id,
            at: r.created_at,
            actorId: r.created_by,
            actorName: r.name,
            title: typeof data['decision'] === 'string' ? data['decision'] : '',
            documentId: null,
            documentTitle: null,
            threadId: null,
            category: typeof data['category'] === 'string' ? data['category'] : null,
          };
        }),
        stageMoves: stageMoves.map((r) => ({ id: String(r.id), at: r.moved_at, actorId: r.moved_by, actorName: r.name, from: Number(r.from_stage), to: Number(r.to_stage) })),
        versions: versions.map((r) => ({
          id: r.id,
          at: r.created_at,
          actorId: r.author_id,
          actorName: r.name ?? '',
          title: r.title,
          documentId: r.document_id,
          documentTitle: r.document_title,
          threadId: null,
        })),
        signatures: signatures.map((r) => ({
          id: r.id,
          at: r.signed_at,
          actorId: r.signed_by,
          actorName: r.name,
          title: r.title,
          documentId: r.document_id,
          documentTitle: r.document_title,
          threadId: null,
        })),
        // Mentions are others' by nature: nobody is told of their own.
        mentions: mentions.map((r) => ({
          id: r.id,
          at: r.created_at,
          actorId: null,
          actorName: r.actor_name,
          title: r.excerpt,
          documentId: r.document_id,
          documentTitle: r.document_title ?? null,
          threadId: r.thread_id,
        })),
      };
    },
  };
}
