import type { AdminUser } from '../../shared/schemas/admin.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { SqliteDatabase } from './database.ts';
import { newId } from './document-repository.ts';

type UserRow = {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  is_admin: number;
  created_at: string;
  disabled_at: string | null;
};
type AdminUserRow = UserRow & { workspaces: number };

const toUser = (row: UserRow): User => ({ id: row.id, email: row.email, name: row.name, isAdmin: row.is_admin === 1 });

const toAdminUser = (row: AdminUserRow): AdminUser => ({
  ...toUser(row),
  disabled: row.disabled_at !== null,
  createdAt: row.created_at,
  workspaces: row.workspaces,
});

/** `LIKE` treats % and _ as wildcards: a search for "a_b" means those three characters. */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const ADMIN_SELECT = `SELECT u.*, (SELECT count(*) FROM memberships m WHERE m.user_id = u.id AND m.ended_at IS NULL) AS workspaces
  FROM users u`;
const SEARCH = `(? = '' OR u.name LIKE ? ESCAPE '\\' OR u.email LIKE ? ESCAPE '\\')`;

export type UserRepository = ReturnType<typeof createUserRepository>;

export function createUserRepository(db: SqliteDatabase) {
  const byEmail = db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?');
  const byId = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const anyUser = db.prepare<[], { found: number }>('SELECT 1 AS found FROM users LIMIT 1');
  const countActiveAdmins = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users WHERE is_admin = 1 AND disabled_at IS NULL');
  const insert = db.prepare<[string, string, string, string, number, string]>(
    'INSERT INTO users (id, email, name, password_hash, is_admin, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const setPassword = db.prepare<[string, string]>('UPDATE users SET password_hash = ? WHERE id = ?');
  const setDisabledAt = db.prepare<[string | null, string]>('UPDATE users SET disabled_at = ? WHERE id = ?');
  const setIsAdmin = db.prepare<[number, string]>('UPDATE users SET is_admin = ? WHERE id = ?');
  const adminById = db.prepare<[string], AdminUserRow>(`${ADMIN_SELECT} WHERE u.id = ?`);
  const adminPage = db.prepare<[string, string, string, number, number], AdminUserRow>(
    `${ADMIN_SELECT} WHERE ${SEARCH} ORDER BY u.name COLLATE NOCASE, u.email LIMIT ? OFFSET ?`,
  );
  const adminCount = db.prepare<[string, string, string], { n: number }>(`SELECT count(*) AS n FROM users u WHERE ${SEARCH}`);

  return {
    /** The first account of an instance becomes its administrator. */
    create: db.transaction((email: string, name: string, passwordHash: string): User => {
      const isAdmin = anyUser.get() === undefined ? 1 : 0;
      const id = newId();
      insert.run(id, email, name, passwordHash, isAdmin, new Date().toISOString());
      return { id, email, name, isAdmin: isAdmin === 1 };
    }),
    /** No account yet: the next one sets the instance up. */
    isEmpty: (): boolean => anyUser.get() === undefined,
    find: (id: string): User | undefined => {
      const row = byId.get(id);
      return row && toUser(row);
    },
    findWithPasswordHash: (email: string): { user: User; passwordHash: string; disabled: boolean } | undefined => {
      const row = byEmail.get(email);
      return row && { user: toUser(row), passwordHash: row.password_hash, disabled: row.disabled_at !== null };
    },
    setPasswordHash: (userId: string, passwordHash: string): void => {
      setPassword.run(passwordHash, userId);
    },

    /** Accounts as the administration page lists them, by name, one page at a time. */
    listForAdmin(query: string, page: number, pageSize: number): { users: AdminUser[]; total: number } {
      const pattern = likePattern(query);
      const users = adminPage.all(query, pattern, pattern, pageSize, (page - 1) * pageSize).map(toAdminUser);
      return { users, total: adminCount.get(query, pattern, pattern)?.n ?? 0 };
    },
    findForAdmin: (id: string): AdminUser | undefined => {
      const row = adminById.get(id);
      return row && toAdminUser(row);
    },
    /** Enabled administrators: the instance must always keep one. */
    countActiveAdmins: (): number => countActiveAdmins.get()?.n ?? 0,
    /** Disables or re-enables, promotes or demotes an account, both at once or neither. */
    setStanding: db.transaction((userId: string, change: { disabled?: boolean | undefined; isAdmin?: boolean | undefined }): void => {
      if (change.isAdmin !== undefined) setIsAdmin.run(change.isAdmin ? 1 : 0, userId);
      if (change.disabled !== undefined) setDisabledAt.run(change.disabled ? new Date().toISOString() : null, userId);
    }),
  };
}
