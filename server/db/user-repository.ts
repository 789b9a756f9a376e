import type { User } from '../../shared/schemas/auth.ts';
import type { SqliteDatabase } from './database.ts';
import { newId } from './document-repository.ts';

type UserRow = { id: string; email: string; name: string; password_hash: string; is_admin: number; created_at: string };

const toUser = (row: UserRow): User => ({ id: row.id, email: row.email, name: row.name, isAdmin: row.is_admin === 1 });

export type UserRepository = ReturnType<typeof createUserRepository>;

export function createUserRepository(db: SqliteDatabase) {
  const byEmail = db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?');
  const byId = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const countUsers = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users');
  const insert = db.prepare<[string, string, string, string, number, string]>(
    'INSERT INTO users (id, email, name, password_hash, is_admin, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const setPassword = db.prepare<[string, string]>('UPDATE users SET password_hash = ? WHERE id = ?');

  return {
    /** The first account of an instance becomes its administrator. */
    create: db.transaction((email: string, name: string, passwordHash: string): User => {
      const isAdmin = (countUsers.get()?.n ?? 0) === 0 ? 1 : 0;
      const id = newId();
      insert.run(id, email, name, passwordHash, isAdmin, new Date().toISOString());
      return { id, email, name, isAdmin: isAdmin === 1 };
    }),
    find: (id: string): User | undefined => {
      const row = byId.get(id);
      return row && toUser(row);
    },
    findWithPasswordHash: (email: string): { user: User; passwordHash: string } | undefined => {
      const row = byEmail.get(email);
      return row && { user: toUser(row), passwordHash: row.password_hash };
    },
    setPasswordHash: (userId: string, passwordHash: string): void => {
      setPassword.run(passwordHash, userId);
    },
  };
}
