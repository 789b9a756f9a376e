import { z } from 'zod';
import { can, ROLES } from '../policy/abilities.ts';
import { issueParams } from './field-issues.ts';

export const signatureSchema = z.object({
  id: z.string(),
  versionId: z.string(),
  versionName: z.string(),
  signedBy: z.string(),
  signedByName: z.string(),
  signedAt: z.string(),
  /** Meeting or decree reference. */
  note: z.string(),
});
export type Signature = z.infer<typeof signatureSchema>;

export const STEP_STATUSES = ['signed', 'needsRevalidation', 'pending'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const validationStepSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  name: z.string(),
  signerRole: z.enum(ROLES),
  /** The latest signature for the document concerned, if any. */
  signature: signatureSchema.nullable(),
  status: z.enum(STEP_STATUSES),
  /** May the caller sign this step now (ability, role of the step, previous steps signed)? */
  canSign: z.boolean(),
});
export type ValidationStep = z.infer<typeof validationStepSchema>;

export const ladderSchema = z.object({
  documentId: z.string(),
  steps: z.array(validationStepSchema),
  /** Index of the first step not validly signed; equals `steps.length` when fully validated. */
  currentIndex: z.number().int(),
  /** Every step is signed on the current text (`shared/validation/ladder.ts`): archival PDF is offered. */
  validated: z.boolean(),
});
export type Ladder = z.infer<typeof ladderSchema>;

export const signBodySchema = z
  .object({ note: z.string().trim().max(500, 'the note is at most 500 characters').default('') })
  .strict();

export const stepsBodySchema = z
  .object({
    steps: z
      .array(
        z
          .object({
            id: z.string().optional(),
            name: z.string().trim().min(1, 'name is required').max(120),
            // A step no role could ever sign would block the ladder for good.
            signerRole: z
              .enum(ROLES)
              .default('chair')
              .refine((role) => can(role, 'signValidation', { signerRole: role }), {
                message: 'this role may not sign validation steps',
                params: issueParams('roleNotAllowed'),
              }),
          })
          .strict(),
      )
      .min(1, 'at least one step')
      .max(12, 'at most 12 steps'),
  })
  .strict();
export type StepsBody = z.infer<typeof stepsBodySchema>;

export const stepConfigSchema = z.object({ id: z.string(), position: z.number().int(), name: z.string(), signerRole: z.enum(ROLES) });
export const stepsResponseSchema = z.object({ steps: z.array(stepConfigSchema) });

/** `GET /api/workspaces/:id/validation`: the ladder and where each document stands on it. */
export const workspaceValidationSchema = stepsResponseSchema.extend({
  documents: z.array(z.object({ document: z.object({ id: z.string(), title: z.string() }), ladder: ladderSchema })),
});
export type WorkspaceValidation = z.infer<typeof workspaceValidationSchema>;
