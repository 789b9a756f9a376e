import type { Kysely } from 'kysely';
import type { ConsultationFormat, Disposition } from '../../shared/schemas/consultation.ts';
import { newId } from './document-repository.ts';
import type { Schema } from './schema.ts';

export type StoredRound = {
  id: string;
  workspaceId: string;
  workspaceTitle: string;
  title: string;
  format: ConsultationFormat;
  question: string;
  opensOn: string;
  closesOn: string;
  closedAt: string | null;
  createdAt: string;
  documents: Array<{ documentId: string; versionId: string; title: string; versionName: string }>;
  audience: string[];
};

export type StoredInput = {
  id: string;
  roundId: string;
  documentId: string;
  section: string;
  passage: string;
  text: string;
  authorId: string;
  participantName: string;
  stakeholderId: string | null;
  onBehalf: boolean;
  recordedByName: string | null;
  createdAt: string;
  disposition: { value: Disposition; reason: string; decidedBy: string; decidedAt: string; answer: { kind: 'version' | 'decision'; id: string } | null } | null;
};

export type NewRound = Omit<StoredRound, 'id' | 'workspaceId' | 'workspaceTitle' | 'closedAt' | 'createdAt' | 'documents'> & {
  documents: Array<{ documentId: string; versionId: string }>;
  createdBy: string;
};

export type NewInput = Omit<StoredInput, 'id' | 'createdAt' | 'disposition' | 'recordedByName'> & { workspaceId: string };

export type ConsultationRepository = ReturnType<typeof createConsultationRepository>;

/** Consultation rounds, their published versions, audience, participants and inputs (migration 015). */
export function createConsultationRepository(db: Kysely<Schema>) {
  const roundRows = () =>
    db
      .selectFrom('consultation_rounds as r')
      .innerJoin('workspaces as w', 'w.id', 'r.workspace_id')
      .select(['r.id', 'r.workspace_id', 'w.title as workspace_title', 'r.title', 'r.format', 'r.question', 'r.opens_on', 'r.closes_on', 'r.closed_at', 'r.created_at']);

  async function complete(rows: Awaited<ReturnType<ReturnType<typeof roundRows>['execute']>>): Promise<StoredRound[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const documents = await db
      .selectFrom('consultation_round_documents as rd')
      .innerJoin('documents as d', 'd.id', 'rd.document_id')
      .innerJoin('document_versions as v', 'v.id', 'rd.version_id')
      .select(['rd.round_id', 'rd.document_id', 'rd.version_id', 'd.title', 'v.name as version_name'])
      .where('rd.round_id', 'in', ids)
      .orderBy('rd.position')
      .execute();
    const audience = await db.selectFrom('consultation_audience').selectAll().where('round_id', 'in', ids).execute();
    return rows.map((row) => ({
      id: row.id,
      workspaceId: row.workspace_id,
      workspaceTitle: row.workspace_title,
      title: row.title,
      format: row.format as ConsultationFormat,
      question: row.question,
      opensOn: row.opens_on,
      closesOn: row.closes_on,
      closedAt: row.closed_at,
      createdAt: row.created_at,
      documents: documents
        .filter((d) => d.round_id === row.id)
        .map((d) => ({ documentId: d.document_id, versionId: d.version_id, title: d.title, versionName: d.version_name })),
      audience: audience.filter((a) => a.round_id === row.id).map((a) => a.stakeholder_id),
    }));
  }

  const inputRows = () =>
    db
      .selectFrom('consultation_inputs as i')
      .leftJoin('users as u', 'u.id', 'i.author_id')
      .leftJoin('users as d', 'd.id', 'i.disposed_by')
      .selectAll('i')
      .select(['u.name as author_name', 'd.name as disposer_name']);

  type InputRow = Awaited<ReturnType<ReturnType<typeof inputRows>['execute']>>[number];
  const toInput = (row: InputRow): StoredInput => ({
    id: row.id,
    roundId: row.round_id,
    documentId: row.document_id,
    section: row.section,
    passage: row.passage,
    text: row.body,
    authorId: row.author_id,
    participantName: row.participant_name,
    stakeholderId: row.stakeholder_id,
    onBehalf: Boolean(row.on_behalf),
    recordedByName: row.on_behalf ? row.author_name : null,
    createdAt: row.created_at,
    disposition:
      row.disposition && row.disposed_at
        ? {
            value: row.disposition as Disposition,
            reason: row.disposition_reason ?? '',
            decidedBy: row.disposer_name ?? '',
            decidedAt: row.disposed_at,
            answer: row.answer_kind && row.answer_id ? { kind: row.answer_kind as 'version' | 'decision', id: row.answer_id } : null,
          }
        : null,
  });

  return {
    async create(workspaceId: string, round: NewRound): Promise<string> {
      const id = newId();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('consultation_rounds')
          .values({
            id,
            workspace_id: workspaceId,
            title: round.title,
            format: round.format,
            question: round.question,
            opens_on: round.opensOn,
            closes_on: round.closesOn,
            closed_at: null,
            created_by: round.createdBy,
            created_at: new Date().toISOString(),
          })
          .execute();
        await trx
          .insertInto('consultation_round_documents')
          .values(round.documents.map((d, position) => ({ round_id: id, document_id: d.documentId, version_id: d.versionId, position })))
          .execute();
        if (round.audience.length) {
          await trx.insertInto('consultation_audience').values(round.audience.map((stakeholderId) => ({ round_id: id, stakeholder_id: stakeholderId }))).execute();
        }
      });
      return id;
    },
    async find(roundId: string): Promise<StoredRound | undefined> {
      return (await complete(await roundRows().where('r.id', '=', roundId).execute()))[0];
    },
    async list(workspaceId: string, participantId?: string): Promise<StoredRound[]> {
      let query = roundRows().where('r.workspace_id', '=', workspaceId);
      if (participantId !== undefined) {
        query = query.where('r.id', 'in', db.selectFrom('consultation_participants').select('round_id').where('user_id', '=', participantId));
      }
      return complete(await query.orderBy('r.created_at', 'desc').orderBy('r.id').execute());
    },
    async count(workspaceId: string): Promise<number> {
      const row = await db.selectFrom('consultation_rounds').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', workspaceId).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async close(roundId: string, at: string): Promise<void> {
      await db.updateTable('consultation_rounds').set({ closed_at: at }).where('id', '=', roundId).where('closed_at', 'is', null).execute();
    },
    async isParticipant(roundId: string, userId: string): Promise<boolean> {
      const row = await db.selectFrom('consultation_participants').select('round_id').where('round_id', '=', roundId).where('user_id', '=', userId).executeTakeFirst();
      return row !== undefined;
    },
    async listParticipants(roundId: string): Promise<Array<{ name: string; email: string }>> {
      return db
        .selectFrom('consultation_participants as p')
        .innerJoin('users as u', 'u.id', 'p.user_id')
        .select(['u.name', 'u.email'])
        .where('p.round_id', '=', roundId)
        .orderBy('p.created_at')
        .execute();
    },
    async addParticipant(roundId: string, userId: string, executor: Kysely<Schema> = db): Promise<void> {
      await executor
        .insertInto('consultation_participants')
        .values({ round_id: roundId, user_id: userId, created_at: new Date().toISOString() })
        .onConflict((oc) => oc.columns(['round_id', 'user_id']).doNothing())
        .execute();
    },
    async addInput(input: NewInput): Promise<string> {
      const id = newId();
      await db
        .insertInto('consultation_inputs')
        .values({
          id,
          round_id: input.roundId,
          workspace_id: input.workspaceId,
          document_id: input.documentId,
          section: input.section,
          passage: input.passage,
          body: input.text,
          author_id: input.authorId,
          participant_name: input.participantName,
          stakeholder_id: input.stakeholderId,
          on_behalf: input.onBehalf ? 1 : 0,
          created_at: new Date().toISOString(),
          disposition: null,
          disposition_reason: null,
          disposed_by: null,
          disposed_at: null,
          answer_kind: null,
          answer_id: null,
        })
        .execute();
      return id;
    },
    async findInput(roundId: string, inputId: string): Promise<StoredInput | undefined> {
      const row = await inputRows().where('i.round_id', '=', roundId).where('i.id', '=', inputId).executeTakeFirst();
      return row && toInput(row);
    },
    /** The round's inputs in the order they came; only the author's own when `authorId` is given. */
    async listInputs(roundId: string, authorId?: string): Promise<StoredInput[]> {
      let query = inputRows().where('i.round_id', '=', roundId);
      if (authorId !== undefined) query = query.where('i.author_id', '=', authorId).where('i.on_behalf', '=', 0);
      return (await query.orderBy('i.created_at').orderBy('i.id').execute()).map(toInput);
    },
    async countInputs(roundId: string, authorId?: string): Promise<number> {
      let query = db.selectFrom('consultation_inputs').select((eb) => eb.fn.countAll<number>().as('n')).where('round_id', '=', roundId);
      if (authorId !== undefined) query = query.where('author_id', '=', authorId);
      return Number((await query.executeTakeFirst())?.n ?? 0);
    },
    async dispose(inputId: string, decision: { value: Disposition; reason: string; by: string; answer: { kind: string; id: string } | null }): Promise<void> {
      await db
        .updateTable('consultation_inputs')
        .set({
          disposition: decision.value,
          disposition_reason: decision.reason,
          disposed_by: decision.by,
          disposed_at: new Date().toISOString(),
          answer_kind: decision.answer?.kind ?? null,
          answer_id: decision.answer?.id ?? null,
        })
        .where('id', '=', inputId)
        .execute();
    },
    /** Inputs of the workspace still waiting for a disposition: the stage-5 exit criterion. */
    async undispositionedCount(workspaceId: string): Promise<number> {
      const row = await db
        .selectFrom('consultation_inputs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('workspace_id', '=', workspaceId)
        .where('disposition', 'is', null)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}
