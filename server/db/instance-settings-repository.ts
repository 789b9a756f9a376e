import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Schema } from './schema.ts';

export type InstanceSettingsRepository = ReturnType<typeof createInstanceSettingsRepository>;

/** Settings the instance administrator chooses, one JSON value per key. */
export function createInstanceSettingsRepository(db: Kysely<Schema>) {
  return {
    /** The stored value if it still matches `schema`; a value an older version wrote is ignored. */
    async get<T extends z.ZodType>(key: string, schema: T): Promise<z.infer<T> | undefined> {
      const row = await db.selectFrom('instance_settings').select('value').where('key', '=', key).executeTakeFirst();
      if (!row) return undefined;
      try {
        const parsed = schema.safeParse(JSON.parse(row.value));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key: string, value: unknown, updatedBy: string | null): Promise<void> {
      await db
        .insertInto('instance_settings')
        .values({ key, value: JSON.stringify(value), updated_at: new Date().toISOString(), updated_by: updatedBy })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            updated_at: eb.ref('excluded.updated_at'),
            updated_by: eb.ref('excluded.updated_by'),
          })),
        )
        .execute();
    },
  };
}
