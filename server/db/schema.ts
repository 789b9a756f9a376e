import type { Generated } from 'kysely';
import type {
  ConsultationAudienceTable,
  ConsultationInputsTable,
  ConsultationParticipantsTable,
  ConsultationRoundDocumentsTable,
  ConsultationRoundsTable,
} from './schema-consultation.ts';
import type {
  IndicatorValuesTable,
  IndicatorsTable,
  LessonsTable,
  MeasureCadencesTable,
  OverdueNoticesTable,
  PeriodReportsTable,
} from './schema-monitoring.ts';

/**
 * The tables of Cadre's data, as the query builder (Kysely) sees them on both engines. Written
 * by hand from the migrations (`migrations/`), which remain the truth: a column added there is
 * added here. Columns with a default are `Generated` (optional on insert); nullable columns are
 * optional on insert too. Times are ISO-8601 text, except the integers (milliseconds) of
 * sessions, tokens and stored updates, which expiry checks compare. The tables of consultation
 * rounds and of monitoring have their own modules (`schema-consultation.ts`, `schema-monitoring.ts`).
 */

export interface SchemaMigrationsTable {
  name: string;
  applied_at: string;
}

export interface ActivityTable {
  id: string;
  workspace_id: string;
  at: string;
  last_at: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  document_id: string | null;
  subject_id: string | null;
  summary: string;
  count: Generated<number>;
}

export interface DocumentClientsTable {
  document_id: string;
  client_id: number;
  user_id: string;
}

export interface DocumentUpdatesTable {
  id: Generated<number>;
  document_id: string;
  /** The update's place in its document's log, 1, 2, 3…; backfilled by migration 011. */
  seq: number;
  data: Uint8Array;
  created_at: number;
}

export interface DocumentVariantsTable {
  document_id: string;
  parent_id: string;
  baseline: string;
  baseline_at: string;
  created_by: string | null;
  created_at: string;
}

export interface DocumentVersionsTable {
  id: string;
  document_id: string;
  name: string;
  kind: string;
  state: Uint8Array;
  content: string;
  matrices: string | null;
  author_id: string | null;
  created_at: string;
}

export interface DocumentsTable {
  id: string;
  /** The last seq given to one of its stored updates (migration 011). */
  log_seq: Generated<number>;
  title: string;
  created_at: string;
  updated_at: string;
  workspace_id: string | null;
  archived_at: string | null;
  /** Its own working language; null follows the workspace's (migration 013). */
  language: string | null;
}

/** One uploaded image of a document; its bytes are the file named `sha256` (migration 014). */
export interface ImagesTable {
  id: string;
  document_id: string;
  sha256: string;
  media_type: string;
  byte_size: number;
  width: number;
  height: number;
  uploaded_by: string;
  created_at: string;
}

export interface WorkspaceVocabulariesTable {
  workspace_id: string;
  preset: string;
  /** JSON: [{ "key": "financing", "label": "" }, …] */
  areas: string;
  evidence_types: string;
  updated_at: string;
  updated_by: string | null;
}

export interface InstanceSettingsTable {
  key: string;
  value: string;
  updated_at: string;
  updated_by: string | null;
}

export interface InstitutionsTable {
  id: string;
  workspace_id: string;
  name: string;
  parent_id: string | null;
  archived_at: string | null;
}

export interface InvitationsTable {
  id: string;
  workspace_id: string;
  email: string;
  role: string;
  institution_id: string | null;
  handover_from: string | null;
  token_hash: string;
  created_by: string;
  created_at: string;
  expires_at: number;
  accepted_at: string | null;
  revoked_at: string | null;
  /** The consultation round a consultee is invited to (migration 015). */
  round_id: string | null;
}

export interface MatrixItemsTable {
  id: string;
  workspace_id: string;
  kind: string;
  data: string;
  version: Generated<number>;
  position: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
  archived_at: string | null;
}

export interface MembershipsTable {
  id: string;
  workspace_id: string;
  user_id: string;
  role: string;
  institution_id: string | null;
  created_at: string;
  ended_at: string | null;
  handed_over_to: string | null;
}

export interface NotificationSettingsTable {
  user_id: string;
  settings: string;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  workspace_id: string;
  document_id: string;
  thread_id: string;
  kind: string;
  actor_name: string;
  excerpt: string;
  created_at: string;
  read_at: string | null;
  emailed_at: string | null;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  expires_at: number;
  used_at: number | null;
}

export interface PendingSignupsTable {
  token_hash: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: number;
  expires_at: number;
}

/** A dated self-assessment against the good-practice criteria (migration 017). */
export interface PracticeAssessmentsTable {
  id: string;
  workspace_id: string;
  ratings: string;
  assessed_by: string;
  assessed_at: string;
}

export interface PublicLinksTable {
  id: string;
  token_hash: string;
  version_id: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
}

export interface ReviewMessagesTable {
  id: string;
  thread_id: string;
  author_id: string;
  body: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
}

export interface ReviewThreadsTable {
  id: string;
  workspace_id: string;
  document_id: string;
  kind: string;
  status: Generated<string>;
  anchor_start: string;
  anchor_end: string;
  quote: string;
  section: Generated<string>;
  author_id: string;
  created_at: string;
  updated_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
  suggested_text: string | null;
  suggestion_status: string | null;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
}

export interface SessionsTable {
  token_hash: string;
  id: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
}

export interface StageMovesTable {
  id: Generated<number>;
  workspace_id: string;
  from_stage: number;
  to_stage: number;
  unmet: string;
  reason: string;
  decision_id: string | null;
  moved_by: string;
  moved_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  is_admin: Generated<number>;
  created_at: string;
  disabled_at: string | null;
}

export interface ValidationSignaturesTable {
  id: string;
  step_id: string;
  document_id: string;
  version_id: string;
  signed_by: string;
  signed_at: string;
  note: Generated<string>;
}

export interface ValidationStepsTable {
  id: string;
  workspace_id: string;
  position: number;
  name: string;
  signer_role: Generated<string>;
  created_at: string;
}

/** When a member last opened a workspace's home, and from when their digest counts (migration 017). */
export interface WorkspaceVisitsTable {
  workspace_id: string;
  user_id: string;
  last_visit_at: string;
  digest_since: string;
}

/** The evaluated workspace a new cycle started from (migration 017). */
export interface WorkspaceOriginsTable {
  workspace_id: string;
  source_id: string | null;
  source_title: string;
  started_by: string;
  started_at: string;
}

export interface WorkspacesTable {
  id: string;
  title: string;
  lead_institution: Generated<string>;
  mission: Generated<string>;
  thematic_areas: Generated<string>;
  language: Generated<string>;
  stage: Generated<number>;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface Schema {
  schema_migrations: SchemaMigrationsTable;
  activity: ActivityTable;
  consultation_audience: ConsultationAudienceTable;
  consultation_inputs: ConsultationInputsTable;
  consultation_participants: ConsultationParticipantsTable;
  consultation_round_documents: ConsultationRoundDocumentsTable;
  consultation_rounds: ConsultationRoundsTable;
  document_clients: DocumentClientsTable;
  document_updates: DocumentUpdatesTable;
  document_variants: DocumentVariantsTable;
  document_versions: DocumentVersionsTable;
  documents: DocumentsTable;
  images: ImagesTable;
  instance_settings: InstanceSettingsTable;
  workspace_vocabularies: WorkspaceVocabulariesTable;
  institutions: InstitutionsTable;
  invitations: InvitationsTable;
  matrix_items: MatrixItemsTable;
  memberships: MembershipsTable;
  measure_cadences: MeasureCadencesTable;
  indicators: IndicatorsTable;
  period_reports: PeriodReportsTable;
  indicator_values: IndicatorValuesTable;
  overdue_notices: OverdueNoticesTable;
  lessons: LessonsTable;
  notification_settings: NotificationSettingsTable;
  notifications: NotificationsTable;
  password_resets: PasswordResetsTable;
  pending_signups: PendingSignupsTable;
  practice_assessments: PracticeAssessmentsTable;
  public_links: PublicLinksTable;
  review_messages: ReviewMessagesTable;
  review_threads: ReviewThreadsTable;
  sessions: SessionsTable;
  stage_moves: StageMovesTable;
  users: UsersTable;
  validation_signatures: ValidationSignaturesTable;
  validation_steps: ValidationStepsTable;
  workspaces: WorkspacesTable;
  workspace_visits: WorkspaceVisitsTable;
  workspace_origins: WorkspaceOriginsTable;
}
