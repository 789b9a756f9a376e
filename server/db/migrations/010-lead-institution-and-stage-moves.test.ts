import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from './index.ts';

describe('migration 010', () => {
  it('lists each workspace’s lead institution in its registry, unless it is there already', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const at = migrations.findIndex((m) => m.name === '010-lead-institution-and-stage-moves');
    for (const migration of migrations.slice(0, at)) db.exec(migration.sqlite);
    const workspace = db.prepare<[string, string]>(
      "INSERT INTO workspaces (id, title, lead_institution, created_at, updated_at) VALUES (?, 'W', ?, 'now', 'now')",
    );
    workspace.run('ws-new-lead', '  Ministry of Labour ');
    workspace.run('ws-listed-lead', 'DGI');
    workspace.run('ws-no-lead', '');
    db.prepare("INSERT INTO institutions (id, workspace_id, name, parent_id) VALUES ('family00', 'ws-listed-lead', 'Ministry of Family', NULL)").run();
    db.prepare("INSERT INTO institutions (id, workspace_id, name, parent_id) VALUES ('dgi00000', 'ws-listed-lead', 'dgi', 'family00')").run();

    db.exec(migrations[at]?.sqlite ?? '');
    const rows = db
      .prepare<[], { workspace_id: string; id: string; name: string; parent_id: string | null }>(
        'SELECT workspace_id, id, name, parent_id FROM institutions ORDER BY workspace_id, name',
      )
      .all();
    expect(rows.map((r) => [r.workspace_id, r.name, r.parent_id])).toEqual([
      ['ws-listed-lead', 'Ministry of Family', null],
      ['ws-listed-lead', 'dgi', 'family00'],
      ['ws-new-lead', 'Ministry of Labour', null],
    ]);
    expect(rows.find((r) => r.workspace_id === 'ws-new-lead')?.id).toMatch(/^[a-f0-9]{32}$/);
    db.close();
  });
});
