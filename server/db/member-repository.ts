import type { Role } from '../../shared/policy/abilities.ts';
import type { Member } from '../../shared/schemas/workspaces.ts';
import type { SqliteDatabase } from './database.ts';
import { newId } from './document-repository.ts';

type MemberRow = {
  id: string;
  user_id: string;
  name: string;
  email: string;
  role: Role;
  institution_id: string | null;
  created_at: string;
};

const toMember = (row: MemberRow): Member => ({
  id: row.id,
  userId: row.user_id,
  name: row.name,
  email: row.email,
  role: row.role,
  institutionId: row.institution_id,
  joinedAt: row.created_at,
});

export type MemberRepository = ReturnType<typeof createMemberRepository>;

/** Memberships of workspaces. Ending one keeps the row, so history stays attributable. */
export function createMemberRepository(db: SqliteDatabase) {
  const selectActive = db.prepare<[string], MemberRow>(
    `SELECT m.id, m.user_id, u.name, u.email, m.role, m.institution_id, m.created_at
     FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.workspace_id = ? AND m.ended_at IS NULL ORDER BY m.created_at, m.id`,
  );
  const selectOne = db.prepare<[string, string], MemberRow>(
    `SELECT m.id, m.user_id, u.name, u.email, m.role, m.institution_id, m.created_at
     FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.workspace_id = ? AND m.id = ? AND m.ended_at IS NULL`,
  );
  const insert = db.prepare<[string, string, string, Role, string | null, string]>(
    'INSERT INTO memberships (id, workspace_id, user_id, role, institution_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const updateRole = db.prepare<[Role, string]>('UPDATE memberships SET role = ? WHERE id = ?');
  const updateInstitution = db.prepare<[string | null, string]>('UPDATE memberships SET institution_id = ? WHERE id = ?');
  const end = db.prepare<[string, string | null, string]>(
    'UPDATE memberships SET ended_at = ?, handed_over_to = ? WHERE id = ? AND ended_at IS NULL',
  );

  return {
    listActive: (workspaceId: string): Member[] => selectActive.all(workspaceId).map(toMember),
    findActive(workspaceId: string, memberId: string): Member | undefined {
      const row = selectOne.get(workspaceId, memberId);
      return row && toMember(row);
    },
    add(workspaceId: string, userId: string, role: Role, institutionId: string | null): string {
      const id = newId();
      insert.run(id, workspaceId, userId, role, institutionId, new Date().toISOString());
      return id;
    },
    setRole: (memberId: string, role: Role): void => void updateRole.run(role, memberId),
    setInstitution: (memberId: string, institutionId: string | null): void => void updateInstitution.run(institutionId, memberId),
    /** Ends a membership; `handedOverTo` links it to the membership that took over its role. */
    end: (memberId: string, handedOverTo: string | null = null): void =>
      void end.run(new Date().toISOString(), handedOverTo, memberId),
  };
}
