import type { Kysely } from 'kysely';
import type { Role } from '../../shared/policy/abilities.ts';
import type { Member } from '../../shared/schemas/workspaces.ts';
import { newId } from './document-repository.ts';
import type { Schema } from './schema.ts';

type MemberRow = {
  id: string;
  user_id: string;
  name: string;
  email: string;
  role: string;
  institution_id: string | null;
  created_at: string;
};

const toMember = (row: MemberRow): Member => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  email: row.email,
  role: row.role as Role,
  institutionId: row.institution_id,
  joinedAt: row.created_at,
});

export type MemberRepository = ReturnType<typeof createMemberRepository>;

/**
 * Memberships of workspaces. Ending one keeps the row, so history stays attributable. Takes a
 * transaction too, so the invitation repository can add and end memberships inside its own.
 */
export function createMemberRepository(db: Kysely<Schema>) {
  const active = (workspaceId: string) =>
    db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.id', 'm.user_id', 'u.name', 'u.email', 'm.role', 'm.institution_id', 'm.created_at'])
      .where('m.workspace_id', '=', workspaceId)
      .where('m.ended_at', 'is', null);

  return {
    async listActive(workspaceId: string): Promise<Member[]> {
      const rows = await active(workspaceId).orderBy('m.created_at').orderBy('m.id').execute();
      return rows.map(toMember);
    },
    async findActive(workspaceId: string, memberId: string): Promise<Member | undefined> {
      const row = await active(workspaceId).where('m.id', '=', memberId).executeTakeFirst();
      return row && toMember(row);
    },
    async add(workspaceId: string, userId: string, role: Role, institutionId: string | null): Promise<string> {
      const id = newId();
      await db
        .insertInto('memberships')
        .values({ id, workspace_id: workspaceId, user_id: userId, role, institution_id: institutionId, created_at: new Date().toISOString() })
        .execute();
      return id;
    },
    async setRole(memberId: string, role: Role): Promise<void> {
      await db.updateTable('memberships').set({ role }).where('id', '=', memberId).execute();
    },
    async setInstitution(memberId: string, institutionId: string | null): Promise<void> {
      await db.updateTable('memberships').set({ institution_id: institutionId }).where('id', '=', memberId).execute();
    },
    /** Ends a membership; `handedOverTo` links it to the membership that took over its role. */
    async end(memberId: string, handedOverTo: string | null = null): Promise<void> {
      await db
        .updateTable('memberships')
        .set({ ended_at: new Date().toISOString(), handed_over_to: handedOverTo })
        .where('id', '=', memberId)
        .where('ended_at', 'is', null)
        .execute();
    },
  };
}
