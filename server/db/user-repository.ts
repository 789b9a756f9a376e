import { sql, type Expression, type Kysely, type Selectable, type SqlBool, type Transaction } from 'kysely';
import type { AdminUser } from '../../shared/schemas/admin.ts';
import type { User } from '../../shared/schemas/auth.ts';
import { newId } from './document-repository.ts';
import type { Schema, UsersTable } from './schema.ts';

type UserRow = Selectable<UsersTable>;
type AdminUserRow = UserRow & { workspaces: number | null };

const toUser = (row: UserRow): User => ({ id: row.id, email: row.email, name: row.name, isAdmin: row.is_admin === 1 });

const toAdminUser = (row: AdminUserRow): AdminUser => ({
  ...toUser(row),
  disabled: row.disabled_at !== null,
  createdAt: row.created_at,
  workspaces: Number(row.workspaces ?? 0),
});

/**
 * Email addresses are one account whatever their case: SQLite's column ignores case, and
 * PostgreSQL has a unique index on `lower(email)`, so both engines compare folded addresses.
 */
export const sameEmail = (column: string, email: string): Expression<SqlBool> => sql<SqlBool>`lower(${sql.ref(column)}) = lower(${email})`;

/** `LIKE` treats % and _ as wildcards: a search for "a_b" means those three characters. */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** `LIKE` ignores case on SQLite only: both sides are folded, so the search does on both engines. */
const contains = (column: string, pattern: string): Expression<SqlBool> =>
  sql<SqlBool>`lower(${sql.ref(column)}) LIKE lower(${pattern}) ESCAPE '\\'`;

/** Raised by `create` for an address that already has an account (also one created meanwhile). */
export class EmailTakenError extends Error {
  constructor() {
    super('this email address already has an account');
  }
}

/** Marks, in `instance_settings`, that the instance's first account (its administrator) exists. */
const FIRST_ACCOUNT_KEY = 'first-account';

export type StandingChange = { disabled?: boolean | undefined; isAdmin?: boolean | undefined };

export type UserRepository = ReturnType<typeof createUserRepository>;

export function createUserRepository(db: Kysely<Schema>) {
  const isEmptyIn = async (q: Kysely<Schema>): Promise<boolean> =>
    (await q.selectFrom('users').select('id').limit(1).executeTakeFirst()) === undefined;

  /**
   * Whether this transaction is the one that creates the first account. Two first sign-ups at
   * once both see no account; inserting the same key makes the second wait for the first and
   * then find the key taken, on PostgreSQL as on SQLite.
   */
  const claimFirstAccount = async (trx: Transaction<Schema>, userId: string): Promise<boolean> => {
    const claimed = await trx
      .insertInto('instance_settings')
      .values({ key: FIRST_ACCOUNT_KEY, value: JSON.stringify({ userId }), updated_at: new Date().toISOString(), updated_by: null })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    return claimed !== undefined;
  };

  const forAdmin = () =>
    db
      .selectFrom('users as u')
      .selectAll('u')
      .select((eb) =>
        eb
          .selectFrom('memberships as m')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('m.user_id', '=', 'u.id')
          .where('m.ended_at', 'is', null)
          .as('workspaces'),
      );

  return {
    /**
     * The first account of an instance becomes its administrator. Throws `EmailTakenError` if
     * the address has an account, also one a concurrent sign-up has just created.
     */
    async create(email: string, name: string, passwordHash: string): Promise<User> {
      return db.transaction().execute(async (trx) => {
        const id = newId();
        const isAdmin = (await isEmptyIn(trx)) && (await claimFirstAccount(trx, id));
        const inserted = await trx
          .insertInto('users')
          .values({ id, email, name, password_hash: passwordHash, is_admin: isAdmin ? 1 : 0, created_at: new Date().toISOString() })
          // The only unique column besides the fresh id is the address.
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!inserted) throw new EmailTakenError();
        return { id, email, name, isAdmin };
      });
    },
    /** No account yet: the next one sets the instance up. */
    isEmpty: (): Promise<boolean> => isEmptyIn(db),
    async find(id: string): Promise<User | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },
    async findWithPasswordHash(email: string): Promise<{ user: User; passwordHash: string; disabled: boolean } | undefined> {
      const row = await db.selectFrom('users').selectAll().where(sameEmail('email', email)).executeTakeFirst();
      return row && { user: toUser(row), passwordHash: row.password_hash, disabled: row.disabled_at !== null };
    },
    async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
      await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
    },

    /** Accounts as the administration page lists them, by name, one page at a time. */
    async listForAdmin(query: string, page: number, pageSize: number): Promise<{ users: AdminUser[]; total: number }> {
      const pattern = likePattern(query);
      const search = sql<SqlBool>`(${contains('u.name', pattern)} OR ${contains('u.email', pattern)})`;
      const rows = await forAdmin()
        .$if(query !== '', (qb) => qb.where(search))
        .orderBy(sql`lower(u.name)`)
        .orderBy(sql`lower(u.email)`)
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();
      const total = await db
        .selectFrom('users as u')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .$if(query !== '', (qb) => qb.where(search))
        .executeTakeFirstOrThrow();
      return { users: rows.map(toAdminUser), total: Number(total.n) };
    },
    async findForAdmin(id: string): Promise<AdminUser | undefined> {
      const row = await forAdmin().where('u.id', '=', id).executeTakeFirst();
      return row && toAdminUser(row);
    },
    /**
     * Disables or re-enables, promotes or demotes an account, both at once or neither. Refused
     * (`last_admin`, nothing changed) if it would leave the instance without an enabled
     * administrator; checked and applied in one transaction, so two changes cannot both pass.
     */
    async setStanding(userId: string, change: StandingChange): Promise<'changed' | 'last_admin' | 'not_found'> {
      return db.transaction().execute(async (trx) => {
        // Rewriting every enabled administrator's row locks those rows (on PostgreSQL; SQLite
        // runs one transaction at a time): a concurrent change of standing waits here, then
        // counts the administrators this one left.
        await trx
          .updateTable('users')
          .set((eb) => ({ is_admin: eb.ref('is_admin') }))
          .where('is_admin', '=', 1)
          .where('disabled_at', 'is', null)
          .execute();
        const target = await trx.selectFrom('users').select(['is_admin', 'disabled_at']).where('id', '=', userId).executeTakeFirst();
        if (!target) return 'not_found';
        const wasAdmin = target.is_admin === 1;
        const wasDisabled = target.disabled_at !== null;
        const wasActiveAdmin = wasAdmin && !wasDisabled;
        const willBeActiveAdmin = (change.isAdmin ?? wasAdmin) && !(change.disabled ?? wasDisabled);
        if (wasActiveAdmin && !willBeActiveAdmin) {
          const others = await trx
            .selectFrom('users')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('is_admin', '=', 1)
            .where('disabled_at', 'is', null)
            .where('id', '<>', userId)
            .executeTakeFirstOrThrow();
          if (Number(others.n) === 0) return 'last_admin';
        }
        if (change.isAdmin !== undefined) {
          await trx.updateTable('users').set({ is_admin: change.isAdmin ? 1 : 0 }).where('id', '=', userId).execute();
        }
        if (change.disabled !== undefined) {
          await trx.updateTable('users').set({ disabled_at: change.disabled ? new Date().toISOString() : null }).where('id', '=', userId).execute();
        }
        return 'changed';
      });
    },
  };
}
