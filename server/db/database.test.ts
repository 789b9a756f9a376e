import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../testing/test-server.ts';
import { openDatabase } from './database.ts';
import { migrations } from './migrations/index.ts';

describe('openDatabase', () => {
  it('applies every migration once, by name, and is idempotent on reopen', () => {
    const dataDir = tempDataDir();
    const first = openDatabase({ dataDir, synchronous: 'normal' });
    const names = () => first.prepare<[], { name: string }>('SELECT name FROM schema_migrations ORDER BY name').all().map((r) => r.name);
    expect(names()).toEqual(migrations.map((m) => m.name).sort());
    first.prepare("INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('u1', 'a@b.c', 'A', 'x', 'now')").run();
    first.close();

    const again = openDatabase({ dataDir, synchronous: 'normal' });
    expect(again.prepare<[], { n: number }>('SELECT count(*) AS n FROM schema_migrations').get()?.n).toBe(migrations.length);
    expect(again.prepare<[], { n: number }>('SELECT count(*) AS n FROM users').get()?.n).toBe(1);
    expect(again.pragma('journal_mode', { simple: true })).toBe('wal');
    again.close();
  });
});
