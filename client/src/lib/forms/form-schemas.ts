/**
 * The shared schemas forms check before sending, with the check itself. Loaded on a form's first
 * check (`FormErrors.check`), not with the page: zod is a quarter of the script a page would
 * otherwise wait for on a slow link, and a form is filled in after the page is shown.
 */
export { checkFields } from '../../../../shared/schemas/field-issues.ts';
export { loginBodySchema, signupBodySchema, signupPolicySchema } from '../../../../shared/schemas/auth.ts';
export { passwordResetBodySchema, passwordResetRequestBodySchema } from '../../../../shared/schemas/password-resets.ts';
export { updateVocabularyBodySchema } from '../../../../shared/schemas/vocabulary.ts';
export { indicatorInputSchema, lessonBodySchema, reportBodySchema } from '../../../../shared/schemas/monitoring.ts';
export { createInvitationBodySchema } from '../../../../shared/schemas/invitations.ts';
export { createDocumentBodySchema, renameDocumentBodySchema } from '../../../../shared/schemas/documents.ts';
export { createInstitutionBodySchema, createWorkspaceBodySchema, updateWorkspaceBodySchema } from '../../../../shared/schemas/workspaces.ts';
export { createVariantBodySchema } from '../../../../shared/schemas/variants.ts';
export { signBodySchema } from '../../../../shared/schemas/validation.ts';
export { createRoundBodySchema, dispositionBodySchema, roundInvitationBodySchema, submitInputBodySchema } from '../../../../shared/schemas/consultation.ts';
export { assessPracticeBodySchema, startNextCycleBodySchema } from '../../../../shared/schemas/practice.ts';
export { createVersionBodySchema } from '../../../../shared/schemas/versions.ts';
