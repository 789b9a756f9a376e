import { can, abilitiesOf, type AbilityFacts, type Action } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { CreatedInvitation } from '../../shared/schemas/invitations.ts';
import type { ConsultationInput, DispositionRequest, InputRequest, Round, RoundDetail, RoundRequest } from '../../shared/schemas/consultation.ts';
import type { MatrixItem } from '../../shared/schemas/matrices/index.ts';
import type { Membership } from '../auth/policy.ts';
import { roundStatus, sectionsOf, textOf } from '../consultation/published-text.ts';
import { consultationAnnex } from '../consultation/report.ts';
import type { Annex } from '../export/annexes.ts';
import { CONSULTATION_LIMITS } from '../consultation/limits.ts';
import type { ConsultationRepository, StoredInput, StoredRound } from '../db/consultation-repository.ts';
import { HttpError, invalidField, notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import type { InvitationService } from './invitations.ts';

export type ConsultationSources = Pick<Infrastructure, 'policy' | 'versions' | 'documents' | 'matrixItems' | 'activity' | 'events'> & {
  consultation: ConsultationRepository;
};

/** What the caller may do in a round, decided once per request from the shared table. */
type RoundAccess = { round: StoredRound; membership: Membership; facts: AbilityFacts };

export type StakeholderRef = { id: string; name: string; category: string };

/** The stakeholder matrix by id, as rounds and inputs name its entries. */
export function stakeholdersOf(items: readonly MatrixItem[]): Map<string, StakeholderRef> {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return new Map(
    items.filter((item) => item.kind === 'stakeholder' && item.deletedAt === null).map((item) => [item.id, { id: item.id, name: text(item.data['name']), category: text(item.data['category']) }]),
  );
}

export type ConsultationService = ReturnType<typeof createConsultationService>;

/**
 * Consultation rounds: a round publishes frozen versions to an audience; consultees invited to
 * it submit inputs on those versions only, facilitators record what workshops and hearings
 * said, and every input gets a disposition. A consultee sees its rounds and its own inputs,
 * nothing else of the workspace: anything outside is answered 404, as if it did not exist.
 */
export function createConsultationService(
  sources: ConsultationSources,
  invitations: Pick<InvitationService, 'invite'>,
  today: () => string = () => new Date().toISOString().slice(0, 10),
) {
  const { policy, versions, documents, matrixItems, activity, events, consultation } = sources;

  async function access(actor: User, roundId: string): Promise<RoundAccess> {
    const round = await consultation.find(roundId);
    const membership = round && (await policy.membershipOf(round.workspaceId, actor.id));
    if (!round || !membership) throw notFound('round');
    const facts = { ...(await policy.archiveFacts(round.workspaceId)), participant: await consultation.isParticipant(round.id, actor.id) };
    if (!can(membership.role, 'read', facts) && !can(membership.role, 'consult', facts)) throw notFound('round');
    return { round, membership, facts };
  }

  function require({ membership, facts }: RoundAccess, action: Action): void {
    if (can(membership.role, action, facts)) return;
    if (facts.archived && can(membership.role, action, { ...facts, archived: undefined })) {
      throw new HttpError(403, 'workspace_archived', 'this workspace is archived: it is read-only until someone restores it');
    }
    throw new HttpError(403, 'forbidden', `your role (${membership.role}) does not allow this`);
  }

  /** A consultee sees only what it gave; the team sees every input. */
  const isConsultee = ({ membership, facts }: Pick<RoundAccess, 'membership' | 'facts'>) => !can(membership.role, 'read', facts);

  async function stakeholders(workspaceId: string): Promise<Map<string, StakeholderRef>> {
    return stakeholdersOf(await matrixItems.listAll(workspaceId));
  }

  async function toRound(round: StoredRound, forConsultee: boolean, known: Map<string, StakeholderRef>, authorId?: string): Promise<Round> {
    const inputs = await consultation.listInputs(round.id, authorId);
    return {
      id: round.id,
      workspaceId: round.workspaceId,
      workspaceTitle: round.workspaceTitle,
      title: round.title,
      format: round.format,
      question: round.question,
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      closedAt: round.closedAt,
      status: roundStatus(round, today()),
      audience: forConsultee ? [] : round.audience.flatMap((id) => known.get(id) ?? []),
      documents: round.documents,
      counts: { inputs: inputs.length, undispositioned: inputs.filter((i) => i.disposition === null).length },
      createdAt: round.createdAt,
    };
  }

  async function answerLabel(workspaceId: string, input: StoredInput): Promise<string | undefined> {
    const answer = input.disposition?.answer;
    if (!answer) return undefined;
    if (answer.kind === 'version') return (await versions.find(input.documentId, answer.id))?.name;
    const decision = await matrixItems.find(workspaceId, 'decision', answer.id);
    const text = decision?.data['decision'];
    return typeof text === 'string' ? text.slice(0, 200) : undefined;
  }

  async function toInput(workspaceId: string, input: StoredInput, known: Map<string, StakeholderRef>): Promise<ConsultationInput> {
    const { disposition } = input;
    const label = await answerLabel(workspaceId, input);
    return {
      id: input.id,
      roundId: input.roundId,
      documentId: input.documentId,
      section: input.section,
      passage: input.passage,
      text: input.text,
      participantName: input.participantName,
      stakeholder: (input.stakeholderId && known.get(input.stakeholderId)) || null,
      recordedBy: input.recordedByName,
      createdAt: input.createdAt,
      disposition: disposition && {
        value: disposition.value,
        reason: disposition.reason,
        decidedBy: disposition.decidedBy,
        decidedAt: disposition.decidedAt,
        answeredBy: disposition.answer && label !== undefined ? { ...disposition.answer, label } : null,
      },
    };
  }

  async function checkDocuments(workspaceId: string, request: RoundRequest): Promise<void> {
    const seen = new Set<string>();
    for (const [index, { documentId, versionId }] of request.documents.entries()) {
      if (seen.has(documentId)) throw invalidField(`documents.${index}.documentId`, 'duplicate', 'each document is published once per round');
      seen.add(documentId);
      const document = await documents.find(documentId);
      if (document?.workspaceId !== workspaceId) throw invalidField(`documents.${index}.documentId`, 'notFound', 'no such document in this workspace');
      if (!(await versions.find(documentId, versionId))) throw invalidField(`documents.${index}.versionId`, 'notFound', 'no such version of this document');
    }
  }

  const publish = (workspaceId: string, roundId: string, actorId: string, action: 'created' | 'updated') =>
    events.publish(workspaceId, { resource: 'consultation', action, id: roundId, actorId });

  /** The round and every input as the team sees them: what reports are made of. */
  async function teamView(round: StoredRound): Promise<{ round: Round; inputs: ConsultationInput[] }> {
    const known = await stakeholders(round.workspaceId);
    const inputs = await consultation.listInputs(round.id);
    return {
      round: await toRound(round, false, known),
      inputs: await Promise.all(inputs.map((input) => toInput(round.workspaceId, input, known))),
    };
  }

  return {
    access,

    /**
     * The report of a round as an annex of an export of its workspace, whose caller the export
     * authorized; a round of another workspace is refused as unknown.
     */
    async reportAnnex(workspaceId: string, roundId: string, language: string): Promise<Annex> {
      const round = await consultation.find(roundId);
      if (round?.workspaceId !== workspaceId) throw invalidField('consultation', 'notFound', 'no such consultation round in this workspace');
      const view = await teamView(round);
      const contents = await Promise.all(round.documents.map(async (d) => (await versions.find(d.documentId, d.versionId))?.content ?? { type: 'doc' }));
      return consultationAnnex(view.round, view.inputs, language, contents.flatMap(sectionsOf));
    },

    async list(actor: User, workspaceId: string): Promise<{ rounds: Round[]; abilities: ReturnType<typeof abilitiesOf> }> {
      const membership = await policy.membershipOf(workspaceId, actor.id);
      const facts = await policy.archiveFacts(workspaceId);
      if (!membership || (!can(membership.role, 'read', facts) && !can(membership.role, 'consult', facts))) throw notFound('workspace');
      const consultee = isConsultee({ membership, facts });
      const known = await stakeholders(workspaceId);
      const stored = await consultation.list(workspaceId, consultee ? actor.id : undefined);
      const rounds = await Promise.all(stored.map((round) => toRound(round, consultee, known, consultee ? actor.id : undefined)));
      return { rounds, abilities: abilitiesOf(membership.role, facts) };
    },

    async create(actor: User, workspaceId: string, request: RoundRequest): Promise<Round> {
      await policy.authorize(actor.id, workspaceId, 'runConsultation');
      if ((await consultation.count(workspaceId)) >= CONSULTATION_LIMITS.roundsPerWorkspace) {
        throw new HttpError(409, 'too_many_rounds', `a workspace holds at most ${CONSULTATION_LIMITS.roundsPerWorkspace} consultation rounds`);
      }
      await checkDocuments(workspaceId, request);
      const known = await stakeholders(workspaceId);
      for (const [index, id] of request.audience.entries()) {
        if (!known.has(id)) throw invalidField(`audience.${index}`, 'notFound', 'no such stakeholder in the matrix');
      }
      const id = await consultation.create(workspaceId, { ...request, audience: [...new Set(request.audience)], createdBy: actor.id });
      await activity.record({ workspaceId, actorId: actor.id, action: 'consultation.roundOpened', subjectId: id, summary: request.title });
      publish(workspaceId, id, actor.id, 'created');
      const round = await consultation.find(id);
      if (!round) throw notFound('round');
      return toRound(round, false, known);
    },

    async get(actor: User, roundId: string): Promise<RoundDetail> {
      const viewer = await access(actor, roundId);
      const { round, membership, facts } = viewer;
      const own = isConsultee(viewer) ? actor.id : undefined;
      const known = await stakeholders(round.workspaceId);
      const published = await Promise.all(
        round.documents.map(async (d) => ({ documentId: d.documentId, title: d.title, versionName: d.versionName, content: (await versions.find(d.documentId, d.versionId))?.content ?? { type: 'doc' } })),
      );
      const inputs = await consultation.listInputs(round.id, own);
      return {
        round: await toRound(round, own !== undefined, known, own),
        documents: published,
        inputs: await Promise.all(inputs.map((input) => toInput(round.workspaceId, input, known))),
        participants: own === undefined ? await consultation.listParticipants(round.id) : [],
        abilities: abilitiesOf(membership.role, facts),
      };
    },

    async close(actor: User, roundId: string): Promise<Round> {
      const viewer = await access(actor, roundId);
      require(viewer, 'runConsultation');
      await consultation.close(roundId, new Date().toISOString());
      await activity.record({ workspaceId: viewer.round.workspaceId, actorId: actor.id, action: 'consultation.roundClosed', subjectId: roundId, summary: viewer.round.title });
      publish(viewer.round.workspaceId, roundId, actor.id, 'updated');
      const round = await consultation.find(roundId);
      if (!round) throw notFound('round');
      return toRound(round, false, await stakeholders(round.workspaceId));
    },

    /** Invites through the workspace's invitation flow, as a consultee tied to this round. */
    async invite(actor: User, roundId: string, email: string): Promise<CreatedInvitation> {
      const viewer = await access(actor, roundId);
      require(viewer, 'runConsultation');
      if (roundStatus(viewer.round, today()) === 'closed') throw new HttpError(409, 'round_not_open', 'this round is closed');
      return invitations.invite(actor, viewer.round.workspaceId, { email, role: 'consultee', roundId, institutionId: null, handoverFromMemberId: null });
    },

    async submit(actor: User, roundId: string, request: InputRequest): Promise<ConsultationInput> {
      const viewer = await access(actor, roundId);
      const { round } = viewer;
      // Facilitators record for participants; consultees speak for themselves.
      require(viewer, request.onBehalfOf ? 'runConsultation' : 'consult');
      if (roundStatus(round, today()) !== 'open') throw new HttpError(409, 'round_not_open', 'this round is not open for inputs');
      const published = round.documents.find((d) => d.documentId === request.documentId);
      if (!published) throw invalidField('documentId', 'notFound', 'this document is not published in the round');
      const content = (await versions.find(published.documentId, published.versionId))?.content ?? { type: 'doc' };
      if (request.section !== '' && !sectionsOf(content).includes(request.section)) throw invalidField('section', 'notFound', 'no such section in the published version');
      if (request.passage !== '' && !textOf(content).includes(request.passage.replace(/\s+/g, ' '))) {
        throw invalidField('passage', 'notFound', 'the passage is not in the published version');
      }
      const known = await stakeholders(round.workspaceId);
      const stakeholderId = request.onBehalfOf?.stakeholderId ?? null;
      if (stakeholderId && !known.has(stakeholderId)) throw invalidField('onBehalfOf.stakeholderId', 'notFound', 'no such stakeholder in the matrix');
      const { inputsPerRound, inputsPerConsultee } = CONSULTATION_LIMITS;
      if ((await consultation.countInputs(roundId)) >= inputsPerRound || (!request.onBehalfOf && (await consultation.countInputs(roundId, actor.id)) >= inputsPerConsultee)) {
        throw new HttpError(409, 'too_many_inputs', 'this round holds as many inputs as it may');
      }
      const id = await consultation.addInput({
        roundId,
        workspaceId: round.workspaceId,
        documentId: request.documentId,
        section: request.section,
        passage: request.passage,
        text: request.text,
        authorId: actor.id,
        participantName: request.onBehalfOf?.participantName ?? actor.name,
        stakeholderId,
        onBehalf: request.onBehalfOf !== null,
      });
      publish(round.workspaceId, roundId, actor.id, 'updated');
      const input = await consultation.findInput(roundId, id);
      if (!input) throw notFound('input');
      return toInput(round.workspaceId, input, known);
    },

    async dispose(actor: User, roundId: string, inputId: string, request: DispositionRequest): Promise<ConsultationInput> {
      const viewer = await access(actor, roundId);
      require(viewer, 'dispositionInputs');
      const { round } = viewer;
      const input = await consultation.findInput(roundId, inputId);
      if (!input) throw notFound('input');
      const answer = request.answeredBy;
      if (answer?.kind === 'version' && !(await versions.find(input.documentId, answer.id))) {
        throw invalidField('answeredBy.id', 'notFound', 'no such version of the document the input is about');
      }
      if (answer?.kind === 'decision' && !(await matrixItems.find(round.workspaceId, 'decision', answer.id))) {
        throw invalidField('answeredBy.id', 'notFound', 'no such entry in the decision log');
      }
      await consultation.dispose(inputId, { value: request.disposition, reason: request.reason, by: actor.id, answer });
      await activity.record({ workspaceId: round.workspaceId, actorId: actor.id, action: 'consultation.inputDisposed', subjectId: inputId, summary: `${request.disposition}: ${input.text.slice(0, 80)}` });
      publish(round.workspaceId, roundId, actor.id, 'updated');
      const updated = await consultation.findInput(roundId, inputId);
      if (!updated) throw notFound('input');
      return toInput(round.workspaceId, updated, await stakeholders(round.workspaceId));
    },
  };
}
