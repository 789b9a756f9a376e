import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from './index.ts';

describe('migration 016', () => {
  it('turns each measure’s indicator line into an indicator and decision-log lessons into lessons', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const at = migrations.findIndex((m) => m.name === '016-monitoring');
    for (const migration of migrations.slice(0, at)) db.exec(migration.sqlite);
    db.exec(`
      INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('user0001', 'a@example.org', 'A', 'x', 'now');
      INSERT INTO workspaces (id, title, created_at, updated_at) VALUES ('ws000001', 'W', 'now', 'now');
    `);
    const item = db.prepare<[string, string, string, string | null]>(
      "INSERT INTO matrix_items (id, workspace_id, kind, data, position, created_by, created_at, updated_by, updated_at, deleted_at) VALUES (?, 'ws000001', ?, ?, 1, 'user0001', '2026-01-01', 'user0001', '2026-01-02', ?)",
    );
    const action = (data: object) => JSON.stringify({ level: 'measure', objectiveId: 'obj00001', parentId: null, title: 'M', ...data });
    item.run('numbers1', 'action', action({ indicator: ' Staff trained ', baseline: '0', target: '40' }), null);
    item.run('words001', 'action', action({ indicator: 'Municipal plans adopted', baseline: 'none', target: '100%' }), null);
    item.run('decimal1', 'action', action({ indicator: 'Share of offices open', baseline: '12.5', target: '1.2.3' }), null);
    item.run('noindic1', 'action', action({ indicator: '' }), null);
    item.run('activity', 'action', action({ level: 'activity', indicator: 'Not a measure' }), null);
    item.run('deleted1', 'action', action({ indicator: 'Deleted' }), '2026-01-03');
    item.run('lesson01', 'decision', JSON.stringify({ decision: 'Staff the desks first', category: 'lesson' }), null);
    item.run('general1', 'decision', JSON.stringify({ decision: 'Meet monthly', category: 'general' }), null);

    db.exec(migrations[at]?.sqlite ?? '');
    const indicators = db.prepare('SELECT id, measure_id, name, baseline, target FROM indicators ORDER BY measure_id').all();
    expect(indicators).toEqual([
      { id: 'idecimal1', measure_id: 'decimal1', name: 'Share of offices open', baseline: 12.5, target: null },
      { id: 'inumbers1', measure_id: 'numbers1', name: 'Staff trained', baseline: 0, target: 40 },
      { id: 'iwords001', measure_id: 'words001', name: 'Municipal plans adopted', baseline: null, target: null },
    ]);
    expect(db.prepare('SELECT id, text FROM lessons').all()).toEqual([{ id: 'llesson01', text: 'Staff the desks first' }]);
    db.close();
  });

  it('has PostgreSQL text with its own JSON and number reading', () => {
    const migration = migrations.find((m) => m.name === '016-monitoring');
    expect(migration?.postgres).toContain("(m.data::jsonb ->> 'indicator')");
    expect(migration?.postgres).toContain('DOUBLE PRECISION');
    expect(migration?.postgres).not.toContain('json_extract');
  });
});
