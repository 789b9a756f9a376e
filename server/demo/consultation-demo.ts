import { randomBytes } from 'node:crypto';
import type { Role } from '../../shared/policy/abilities.ts';
import type { Infrastructure } from '../services.ts';
import { createVersioning } from '../versions/versioning.ts';

export type ConsultationDemoServices = Pick<Infrastructure, 'users' | 'members' | 'consultation' | 'versions' | 'documents' | 'collab' | 'matrixItems'>;

const day = 24 * 3600_000;
const dateIn = (now: number, days: number) => new Date(now + days * day).toISOString().slice(0, 10);

/**
 * A validation workshop on the national template, as the Cabo Verde process held them with local
 * actors: the published version, an audience from the stakeholder matrix, a consultee account
 * (an immigrants' association) with its own inputs, one input a facilitator recorded for a
 * municipal councillor, dispositions linked to a version and to the decision log, and one input
 * still awaiting its disposition. Returns the consultee's account, printed by `npm run demo`.
 */
export async function addConsultationDemo(
  services: ConsultationDemoServices,
  workspaceId: string,
  documentId: string,
  team: { facilitatorId: string; chairId: string },
  options: { memberPasswordHash?: string; now: number },
): Promise<{ name: string; role: Role; institution: string; userId: string; memberId: string; email: string }> {
  const { users, members, consultation, matrixItems } = services;
  const { now } = options;
  const version = await createVersioning(services).snapshot(documentId, 'Template for the validation workshop', 'named', team.chairId);
  const items = await matrixItems.listAll(workspaceId);
  const named = (kind: string, field: string, start: string) => items.find((i) => i.kind === kind && String(i.data[field] ?? '').startsWith(start));
  const council = named('stakeholder', 'name', 'Municipal Council of São Vicente');
  const platform = named('stakeholder', 'name', 'Platform of African Communities');
  const decision = named('decision', 'decision', 'Invite the Platform');

  const roundId = await consultation.create(workspaceId, {
    title: 'Validation workshop with local actors',
    format: 'validationWorkshop',
    question: 'Does the national template describe the situation of immigrants in your municipality, and can the council carry out what it proposes?',
    opensOn: dateIn(now, -12),
    closesOn: dateIn(now, 9),
    audience: [council?.id, platform?.id].flatMap((id) => (id ? [id] : [])),
    documents: [{ documentId, versionId: version.id }],
    createdBy: team.facilitatorId,
  });

  const name = 'Coordinator, immigrant women’s association of Praia';
  const user = await users.create(`consultee-${randomBytes(4).toString('hex')}@demo.cadre.invalid`, name, options.memberPasswordHash ?? '!demo-account');
  const memberId = await members.add(workspaceId, user.id, 'consultee', null);
  await consultation.addParticipant(roundId, user.id);

  const input = (fields: { section: string; passage: string; text: string; authorId: string; participantName: string; stakeholderId: string | null; onBehalf: boolean }) =>
    consultation.addInput({ roundId, workspaceId, documentId, ...fields });
  const domesticWork = await input({
    section: 'Local context',
    passage: 'Many work in construction and tourism.',
    text: 'Domestic work employs many immigrant women as well, often without a contract. Name it, so the support office reaches them.',
    authorId: user.id,
    participantName: name,
    stakeholderId: null,
    onBehalf: false,
  });
  const leadDepartment = await input({
    section: 'Purpose of the plan',
    passage: '',
    text: 'Say which department of the council leads the plan; otherwise social services and the support office will each wait for the other.',
    authorId: team.facilitatorId,
    participantName: 'Councillor for social affairs, São Vicente',
    stakeholderId: council?.id ?? null,
    onBehalf: true,
  });
  await input({
    section: 'Purpose of the plan',
    passage: '',
    text: 'Could the plan be translated into French and English for the associations whose members do not read Portuguese?',
    authorId: user.id,
    participantName: name,
    stakeholderId: null,
    onBehalf: false,
  });
  await consultation.dispose(domesticWork, {
    value: 'accepted',
    reason: 'Domestic work is added to the local context of the template; each municipality gives its own figures.',
    by: team.chairId,
    answer: { kind: 'version', id: version.id },
  });
  await consultation.dispose(leadDepartment, {
    value: 'partlyAccepted',
    reason: 'Each council names its lead department in its own plan; the national template only asks for one to be named.',
    by: team.chairId,
    answer: decision ? { kind: 'decision', id: decision.id } : null,
  });
  return { name, role: 'consultee', institution: '', userId: user.id, memberId, email: user.email };
}
