import { randomBytes } from 'node:crypto';
import type { MatrixKind } from '../../shared/schemas/matrices/index.ts';
import { findTemplate, templateContent } from '../../shared/templates/index.ts';
import type { Infrastructure } from '../services.ts';
import { replaceDocContent } from '../versions/doc-replace.ts';
import * as demo from './cabo-verde-data.ts';
import { addGlossaryDemo } from './glossary-demo.ts';
import { addPracticeDemo, type PracticeDemoServices } from './practice-demo.ts';
import { addMonitoringDemo, type MonitoringDemoServices } from './monitoring-demo.ts';
import { addConsultationDemo, type ConsultationDemoServices } from './consultation-demo.ts';

export type DemoServices = Pick<Infrastructure, 'workspaces' | 'institutions' | 'users' | 'members' | 'matrixItems' | 'documents' | 'collab'> & PracticeDemoServices & MonitoringDemoServices & ConsultationDemoServices;

const day = 24 * 3600_000;
const dateIn = (now: number, days: number) => new Date(now + days * day).toISOString().slice(0, 10);

/**
 * Builds the demo workspace (Cabo Verde municipal action plan) for `ownerId`, who becomes its
 * facilitator: institutions, members with roles, roadmap, matrices, a partly drafted document
 * from the municipal template, and a stage history. Members get accounts that cannot sign in
 * unless `memberPasswordHash` is given (the `npm run demo` script prints their password).
 */
export async function createDemoWorkspace(services: DemoServices, ownerId: string, options: { memberPasswordHash?: string; now?: number } = {}) {
  const now = options.now ?? Date.now();
  const { workspaces, institutions, users, members, matrixItems } = services;
  const workspace = await workspaces.create({ ...demo.demoWorkspace, thematicAreas: [...demo.demoWorkspace.thematicAreas], language: 'en' }, ownerId);
  const id = workspace.id;

  const institutionIds: Record<string, string> = {};
  for (const institution of demo.demoInstitutions) {
    const parentId = institution.parent ? (institutionIds[institution.parent] ?? null) : null;
    institutionIds[institution.key] = (await institutions.create(id, institution.name, parentId)).id;
  }
  const suffix = randomBytes(4).toString('hex');
  const people = [];
  for (const [index, member] of demo.demoMembers.entries()) {
    const user = await users.create(`demo${index + 1}-${suffix}@demo.cadre.invalid`, member.name, options.memberPasswordHash ?? '!demo-account');
    const memberId = await members.add(id, user.id, member.role, institutionIds[member.institution] ?? null);
    people.push({ ...member, userId: user.id, memberId, email: user.email });
  }
  // Named owners make "who does what" visible on the home page from the start.
  const owners = people.filter((p) => p.role === 'drafter' || p.role === 'chair').map((p) => p.memberId);
  let ownerTurn = 0;
  const nextOwner = () => owners[ownerTurn++ % owners.length] ?? null;
  // Changes are attributed to the people who would make them: drafters and the chair.
  const authors = people.filter((p) => p.role === 'drafter' || p.role === 'chair').map((p) => p.userId);
  let turn = 0;
  const author = () => authors[turn++ % authors.length] ?? ownerId;

  const ids: Record<string, string> = {};
  // One at a time, in order: later items refer to earlier ones, and positions follow the seed.
  const add = async (kind: MatrixKind, seed: { key?: string; data: object | ((ids: Record<string, string>) => object) }, extra: object = {}) => {
    const data = typeof seed.data === 'function' ? seed.data(ids) : seed.data;
    const item = await matrixItems.create(id, kind, { ...data, ...extra } as Record<string, unknown>, author());
    if (seed.key) ids[seed.key] = item.id;
    return item;
  };

  for (const m of demo.demoMilestones) await add('milestone', m, { dueDate: dateIn(now, m.offsetDays), ownerMemberId: m.offsetDays > -10 ? nextOwner() : null });
  for (const e of demo.demoEvidence) await add('evidence', e);
  for (const p of demo.demoProblems) await add('problem', p);
  for (const s of demo.demoSwot) await add('swot', s);
  for (const s of demo.demoStakeholders) await add('stakeholder', s);
  for (const g of demo.demoGaps) await add('gap', g);
  for (const o of demo.demoObjectives) await add('objective', o, { ownerMemberId: nextOwner() });
  for (const o of demo.demoOptions) await add('option', o);
  for (const i of demo.demoInstruments) await add('instrument', i);
  for (const m of demo.demoMeasures) await add('action', m, { start: dateIn(now, m.startDays), end: dateIn(now, m.endDays), ownerMemberId: nextOwner() });
  const chair = people.find((p) => p.role === 'chair');
  await addGlossaryDemo(services, id, { userId: chair?.userId ?? ownerId, name: chair?.name ?? '' }, author(), now);
  const session = await add('session', {
    data: {
      title: 'First drafting session of the national template',
      date: dateIn(now, -30),
      format: 'plenary',
      sections: ['Purpose of the plan', 'Local context', 'Roles of national and local authorities'],
      participants: people.filter((p) => p.role !== 'observer').map((p) => p.name),
      outcomes: 'Structure of the template agreed; first two sections drafted; network of municipalities proposed.',
    },
  });
  for (const d of demo.demoDecisions) await add('decision', d, { date: dateIn(now, d.offsetDays), sessionId: session.id });
  for (const [from, to, offset] of [['1. Mandate and scoping', '2. Problem identification', -75], ['2. Problem identification', '3. Policy analysis', -40]] as const) {
    await add('decision', { data: { decision: `${from} → ${to}`, date: dateIn(now, offset), category: 'stageChange' } });
  }
  await workspaces.setStage(id, 3);
  await addPracticeDemo(services, id, people.find((p) => p.role === 'chair')?.userId ?? ownerId, ownerId, now);
  await addMonitoringDemo(services, id, author(), now);

  const document = await createDemoDocument(services, id);
  people.push(await addConsultationDemo(services, id, document.id, { facilitatorId: ownerId, chairId: people.find((p) => p.role === 'chair')?.userId ?? ownerId }, { ...options, now }));
  return { workspaceId: id, documentId: document.id, members: people };
}

async function createDemoDocument(services: DemoServices, workspaceId: string) {
  const template = findTemplate('municipal-action-plan');
  if (!template) throw new Error('the municipal action plan template is missing');
  const content = templateContent(template, 'en');
  const blocks = content.content ?? [];
  // Fill the empty paragraph that follows the guidance of each drafted section.
  blocks.forEach((block, index) => {
    const text = block.type === 'heading' ? demo.demoDraft[block.content?.[0]?.text ?? ''] : undefined;
    const paragraph = blocks[index + 2];
    if (text && paragraph?.type === 'paragraph') paragraph.content = [{ type: 'text', text }];
  });
  const document = await services.documents.create(workspaceId, 'Municipal action plan — national template');
  await services.collab.change(document.id, (doc) => replaceDocContent(doc, content), 'demo');
  return document;
}
