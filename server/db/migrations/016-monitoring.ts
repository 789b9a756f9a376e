/**
 * Monitoring and evaluation (stage 8). A measure (an `action` matrix item of level `measure`)
 * gets a reporting cadence, indicators (several per measure, instead of the action plan's one
 * line of text), one report per period with a value per indicator, and the workspace keeps a
 * list of lessons learned that the next cycle starts from.
 *
 * Existing data carries over: each measure's indicator line becomes its first indicator (with
 * baseline and target when they were plain numbers; the action item keeps the original words),
 * and lessons recorded in the decision log become lessons. Their ids derive from the source
 * row's, so both engines give the same ones.
 */
const tables = `
  CREATE TABLE measure_cadences (
    measure_id TEXT PRIMARY KEY REFERENCES matrix_items(id) ON DELETE CASCADE,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    cadence TEXT NOT NULL,
    updated_by TEXT NOT NULL REFERENCES users(id),
    updated_at TEXT NOT NULL
  );
  CREATE INDEX measure_cadences_by_workspace ON measure_cadences(workspace_id);
  CREATE TABLE indicators (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    measure_id TEXT NOT NULL REFERENCES matrix_items(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    baseline REAL,
    target REAL,
    source TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    archived_at TEXT
  );
  CREATE INDEX indicators_by_workspace ON indicators(workspace_id, measure_id);
  CREATE TABLE period_reports (
    measure_id TEXT NOT NULL REFERENCES matrix_items(id) ON DELETE CASCADE,
    period_key TEXT NOT NULL,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '[]',
    reported_by TEXT NOT NULL REFERENCES users(id),
    reported_at TEXT NOT NULL,
    PRIMARY KEY (measure_id, period_key)
  );
  CREATE INDEX period_reports_by_workspace ON period_reports(workspace_id);
  CREATE TABLE indicator_values (
    indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    period_key TEXT NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (indicator_id, period_key)
  );
  -- Overdue reports already announced, so each is announced once.
  CREATE TABLE overdue_notices (
    measure_id TEXT NOT NULL REFERENCES matrix_items(id) ON DELETE CASCADE,
    period_key TEXT NOT NULL,
    notified_at TEXT NOT NULL,
    PRIMARY KEY (measure_id, period_key)
  );
  CREATE TABLE lessons (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    archived_at TEXT
  );
  CREATE INDEX lessons_by_workspace ON lessons(workspace_id, created_at);
`;

type Dialect = { field: (name: string) => string; number: (text: string) => string };

const sqlite: Dialect = {
  field: (name) => `json_extract(m.data, '$.${name}')`,
  // Plain numbers only ("120", "12.5"): "100%" or "all districts" stay words on the action item.
  number: (text) =>
    `CASE WHEN trim(${text}) GLOB '[0-9]*' AND trim(${text}) NOT GLOB '*[^0-9.]*' AND trim(${text}) NOT GLOB '*.*.*' AND trim(${text}) NOT GLOB '*.' THEN CAST(trim(${text}) AS REAL) END`,
};
const postgres: Dialect = {
  field: (name) => `(m.data::jsonb ->> '${name}')`,
  number: (text) => `CASE WHEN trim(${text}) ~ '^[0-9]+(\\.[0-9]+)?$' THEN CAST(trim(${text}) AS DOUBLE PRECISION) END`,
};

const carriedOver = ({ field, number }: Dialect) => `
  INSERT INTO indicators (id, workspace_id, measure_id, name, baseline, target, created_by, created_at)
  SELECT 'i' || m.id, m.workspace_id, m.id, substr(trim(${field('indicator')}), 1, 300),
    ${number(field('baseline'))}, ${number(field('target'))}, m.created_by, m.updated_at
  FROM matrix_items m
  WHERE m.kind = 'action' AND m.deleted_at IS NULL AND ${field('level')} = 'measure'
    AND trim(coalesce(${field('indicator')}, '')) <> '';
  INSERT INTO lessons (id, workspace_id, text, created_by, created_at, archived_at)
  SELECT 'l' || m.id, m.workspace_id, substr(${field('decision')}, 1, 2000), m.created_by, m.created_at, m.archived_at
  FROM matrix_items m
  WHERE m.kind = 'decision' AND m.deleted_at IS NULL AND ${field('category')} = 'lesson';
`;

/** The migration on each engine; `toPostgres` translates the shared table definitions (`sqliteToPostgres`). */
export const monitoringMigration = (toPostgres: (sql: string) => string) => ({
  sqlite: tables + carriedOver(sqlite),
  postgres: toPostgres(tables) + carriedOver(postgres),
});
