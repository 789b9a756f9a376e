import { z } from 'zod';
import { abilitiesSchema } from './abilities.ts';
import { emailSchema } from './auth.ts';
import { documentIdSchema } from './documents.ts';
import { issueParams } from './field-issues.ts';
import { isoDate, line, requiredLine } from './matrices/common.ts';
import { pmNodeSchema } from './versions.ts';
import { idSchema } from './workspaces.ts';

/** How a round gathers its inputs (domain guide §3); labels live in the client's messages. */
export const CONSULTATION_FORMATS = [
  'onlineConsultation',
  'validationWorkshop',
  'focusGroup',
  'publicHearing',
  'questionnaire',
  'bilateralMeeting',
] as const;
export type ConsultationFormat = (typeof CONSULTATION_FORMATS)[number];

/** What the core group decided about an input; every input needs one before stage 5 ends. */
export const DISPOSITIONS = ['accepted', 'partlyAccepted', 'rejected', 'deferred'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** What an input's answer can point to: a version of the text, or an entry of the decision log. */
export const ANSWER_KINDS = ['version', 'decision'] as const;

/** `upcoming` before the opening day, `open` until the closing day or an early close, then `closed`. */
export const ROUND_STATUSES = ['upcoming', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** At most this many documents are published in one round. */
export const MAX_ROUND_DOCUMENTS = 5;
/** At most this many stakeholders of the matrix form a round's audience. */
export const MAX_ROUND_AUDIENCE = 100;

export const createRoundBodySchema = z
  .strictObject({
    title: requiredLine('title', 200),
    format: z.enum(CONSULTATION_FORMATS),
    /** What the consultees are asked, shown to them first. */
    question: requiredLine('question', 3000),
    opensOn: isoDate,
    closesOn: isoDate,
    audience: z.array(idSchema).max(MAX_ROUND_AUDIENCE, `at most ${MAX_ROUND_AUDIENCE} stakeholders`).default([]),
    documents: z
      .array(z.strictObject({ documentId: documentIdSchema, versionId: idSchema }))
      .min(1, 'publish at least one version')
      .max(MAX_ROUND_DOCUMENTS, `at most ${MAX_ROUND_DOCUMENTS} documents`),
  })
  .refine((round) => round.closesOn > round.opensOn, {
    message: 'the round must close after it opens',
    path: ['closesOn'],
    params: issueParams('endBeforeStart'),
  });
export type RoundRequest = z.infer<typeof createRoundBodySchema>;

const stakeholderRefSchema = z.object({ id: idSchema, name: z.string(), category: z.string() });

export const roundSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  workspaceTitle: z.string(),
  title: z.string(),
  format: z.enum(CONSULTATION_FORMATS),
  question: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  closedAt: z.string().nullable(),
  status: z.enum(ROUND_STATUSES),
  /** The stakeholders consulted; empty for consultees, who are not told who else is. */
  audience: z.array(stakeholderRefSchema),
  documents: z.array(z.object({ documentId: documentIdSchema, versionId: idSchema, title: z.string(), versionName: z.string() })),
  /** For consultees, their own inputs only. */
  counts: z.object({ inputs: z.number().int(), undispositioned: z.number().int() }),
  createdAt: z.string(),
});
export type Round = z.infer<typeof roundSchema>;

export const roundListSchema = z.object({ rounds: z.array(roundSchema), abilities: abilitiesSchema });

export const submitInputBodySchema = z.strictObject({
  documentId: documentIdSchema,
  /** The heading of the section the input is about; empty for the document as a whole. */
  section: line(300).default(''),
  /** The words the input comments on, quoted from the published version; empty for a whole section. */
  passage: line(1000).default(''),
  text: requiredLine('input', 5000),
  /**
   * Recorded by a facilitator for someone heard at a workshop or hearing: who said it, and the
   * stakeholder of the matrix they spoke for. Consultees submit their own inputs without it.
   */
  onBehalfOf: z.strictObject({ participantName: requiredLine('participant', 200), stakeholderId: idSchema.nullable().default(null) }).nullable().default(null),
});
export type InputRequest = z.infer<typeof submitInputBodySchema>;

export const dispositionBodySchema = z.strictObject({
  disposition: z.enum(DISPOSITIONS),
  reason: requiredLine('reason', 2000),
  answeredBy: z.strictObject({ kind: z.enum(ANSWER_KINDS), id: idSchema }).nullable().default(null),
});
export type DispositionRequest = z.infer<typeof dispositionBodySchema>;

export const inputSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  documentId: documentIdSchema,
  section: z.string(),
  passage: z.string(),
  text: z.string(),
  /** Who gave the input: the consultee's name, or the participant a facilitator named. */
  participantName: z.string(),
  stakeholder: stakeholderRefSchema.nullable(),
  /** The facilitator who recorded it on the participant's behalf; null when submitted by the consultee. */
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
  disposition: z
    .object({
      value: z.enum(DISPOSITIONS),
      reason: z.string(),
      decidedBy: z.string(),
      decidedAt: z.string(),
      answeredBy: z.object({ kind: z.enum(ANSWER_KINDS), id: idSchema, label: z.string() }).nullable(),
    })
    .nullable(),
});
export type ConsultationInput = z.infer<typeof inputSchema>;

/** A published version as the round shows it: frozen text, never the live draft. */
export const publishedDocumentSchema = z.object({ documentId: documentIdSchema, title: z.string(), versionName: z.string(), content: pmNodeSchema });

export const roundDetailSchema = z.object({
  round: roundSchema,
  documents: z.array(publishedDocumentSchema),
  inputs: z.array(inputSchema),
  /** Consultees who joined the round; empty for consultees themselves. */
  participants: z.array(z.object({ name: z.string(), email: z.string() })),
  abilities: abilitiesSchema,
});
export type RoundDetail = z.infer<typeof roundDetailSchema>;

/** Invites an outside stakeholder's representative to the round as a consultee. */
export const roundInvitationBodySchema = z.strictObject({ email: emailSchema });

export const REPORT_FORMATS = ['docx', 'pdf', 'odt', 'html', 'md'] as const;
export const reportQuerySchema = z.object({ format: z.enum(REPORT_FORMATS) });
