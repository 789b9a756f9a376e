/** Consultation rounds and what hangs off them (migration 015). */
export interface ConsultationRoundsTable {
  id: string;
  workspace_id: string;
  title: string;
  format: string;
  question: string;
  opens_on: string;
  closes_on: string;
  closed_at: string | null;
  created_by: string;
  created_at: string;
}

export interface ConsultationRoundDocumentsTable {
  round_id: string;
  document_id: string;
  version_id: string;
  position: number;
}

export interface ConsultationAudienceTable {
  round_id: string;
  stakeholder_id: string;
}

export interface ConsultationParticipantsTable {
  round_id: string;
  user_id: string;
  created_at: string;
}

export interface ConsultationInputsTable {
  id: string;
  round_id: string;
  workspace_id: string;
  document_id: string;
  section: string;
  passage: string;
  body: string;
  author_id: string;
  participant_name: string;
  stakeholder_id: string | null;
  /** 1 when a facilitator recorded it for a participant of a workshop or hearing. */
  on_behalf: number;
  created_at: string;
  disposition: string | null;
  disposition_reason: string | null;
  disposed_by: string | null;
  disposed_at: string | null;
  answer_kind: string | null;
  answer_id: string | null;
}
