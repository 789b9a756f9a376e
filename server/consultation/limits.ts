/**
 * What a workspace can make the server hold through consultation: rounds per workspace, inputs
 * per round, and inputs one consultee may submit to a round (text lengths are in the shared
 * schemas, `shared/schemas/consultation.ts`).
 */
export const CONSULTATION_LIMITS = {
  roundsPerWorkspace: 50,
  inputsPerRound: 2000,
  inputsPerConsultee: 200,
} as const;
