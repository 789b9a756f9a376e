import type { StepStatus } from '../schemas/validation.ts';

/** Where one text stands on a ladder: the state of each step, in order, and the step to sign next. */
export type LadderState = {
  statuses: StepStatus[];
  /** Index of the first step not validly signed; `statuses.length` once every step is. */
  currentIndex: number;
  /** Every step is signed on this very text (a ladder without steps validates nothing). */
  validated: boolean;
};

/**
 * The one rule of the ladder, shared by the screen (through the validation API) and the
 * exports' cover: a step is signed when its latest signature froze this very text, needs
 * re-validation when it froze another one, and is pending when nobody signed it.
 * `signedVersionOf(step)` is the version its latest signature froze; `isThisText(version)`
 * whether that version's text is the one being shown.
 */
export function ladderState<S>(
  steps: readonly S[],
  signedVersionOf: (step: S) => string | undefined,
  isThisText: (versionId: string) => boolean,
): LadderState {
  const statuses = steps.map((step): StepStatus => {
    const versionId = signedVersionOf(step);
    if (versionId === undefined) return 'pending';
    return isThisText(versionId) ? 'signed' : 'needsRevalidation';
  });
  const firstOpen = statuses.findIndex((status) => status !== 'signed');
  const currentIndex = firstOpen === -1 ? steps.length : firstOpen;
  return { statuses, currentIndex, validated: steps.length > 0 && currentIndex === steps.length };
}
