import type { z } from 'zod';
import type { SqliteDatabase } from './database.ts';

export type InstanceSettingsRepository = ReturnType<typeof createInstanceSettingsRepository>;

/** Settings the instance administrator chooses, one JSON value per key. */
export function createInstanceSettingsRepository(db: SqliteDatabase) {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM instance_settings WHERE key = ?');
  const upsert = db.prepare<[string, string, string, string | null]>(
    `INSERT INTO instance_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );

  return {
    /** The stored value if it still matches `schema`; a value an older version wrote is ignored. */
    get<T extends z.ZodType>(key: string, schema: T): z.infer<T> | undefined {
      const row = select.get(key);
      if (!row) return undefined;
      try {
        const parsed = schema.safeParse(JSON.parse(row.value));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    set(key: string, value: unknown, updatedBy: string | null): void {
      upsert.run(key, JSON.stringify(value), new Date().toISOString(), updatedBy);
    },
  };
}
