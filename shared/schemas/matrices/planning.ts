import { z } from 'zod';
import { issueParams } from '../field-issues.ts';
import { workingLanguageSchema } from '../languages.ts';
import { WORKING_LANGUAGES } from '../../i18n/working-languages.ts';
import { isoDate, line, optionalDate, owned, ratings, ref, requiredLine, sessionRef, text } from './common.ts';

export const OBJECTIVE_STATUSES = ['proposed', 'agreed'] as const;
export const objectiveSchema = z.strictObject({
  title: requiredLine('title', 500),
  description: text(3000).default(''),
  /** The pillar or axis of the policy this objective sits under. */
  pillar: line(200).default(''),
  /** How it links to the national development plan. */
  coherence: text(2000).default(''),
  status: z.enum(OBJECTIVE_STATUSES).default('proposed'),
  ...owned,
});

export const FEASIBILITY_LEVELS = ['low', 'medium', 'high'] as const;
export const optionSchema = z.strictObject({
  objectiveId: ref,
  title: requiredLine('title', 500),
  advantages: text(3000).default(''),
  drawbacks: text(3000).default(''),
  resources: text(2000).default(''),
  feasibility: z.enum(FEASIBILITY_LEVELS).nullable().default(null),
  risks: text(2000).default(''),
  scores: ratings,
  preferred: z.boolean().default(false),
  ...owned,
});

export const INSTRUMENT_TYPES = ['regulatory', 'financial', 'informational', 'organisational'] as const;
export const instrumentSchema = z.strictObject({
  title: requiredLine('title', 500),
  type: z.enum(INSTRUMENT_TYPES),
  objectiveId: ref,
  responsibleInstitution: line(200).default(''),
  resources: text(2000).default(''),
  ratings,
  selected: z.boolean().default(false),
  ...owned,
});

export const ACTION_LEVELS = ['measure', 'activity'] as const;
export const ACTION_STATUSES = ['notStarted', 'onTrack', 'delayed', 'done', 'dropped'] as const;
export const actionSchema = z
  .strictObject({
    /** Measures hang off an objective; activities off a measure (`parentId`). */
    level: z.enum(ACTION_LEVELS).default('measure'),
    objectiveId: ref,
    parentId: ref.nullable().default(null),
    title: requiredLine('title', 500),
    responsibleInstitution: line(200).default(''),
    partners: line(500).default(''),
    start: optionalDate,
    end: optionalDate,
    indicator: line(500).default(''),
    baseline: line(200).default(''),
    target: line(200).default(''),
    resources: line(500).default(''),
    fundingSource: line(200).default(''),
    status: z.enum(ACTION_STATUSES).default('notStarted'),
    ...owned,
  })
  .refine((a) => a.level !== 'activity' || a.parentId !== null, {
    message: 'an activity needs a parent measure',
    path: ['parentId'],
    params: issueParams('required'),
  })
  .refine((a) => a.level !== 'measure' || a.parentId === null, {
    message: 'a measure has no parent measure',
    path: ['parentId'],
    params: issueParams('mustBeEmpty'),
  })
  .refine((a) => a.start === null || a.end === null || a.start <= a.end, {
    message: 'ends before it starts',
    path: ['end'],
    params: issueParams('endBeforeStart'),
  });

export const GLOSSARY_STATUSES = ['proposed', 'agreed'] as const;
/** A term's wording in one of the other working languages. */
export const glossaryVariantSchema = z.strictObject({
  language: workingLanguageSchema,
  term: requiredLine('term', 200),
  definition: text(3000).default(''),
});
export const glossarySchema = z.strictObject({
  term: requiredLine('term', 200),
  definition: requiredLine('definition', 3000),
  source: line(500).default(''),
  /** Set by the chair's agreement (`shared/glossary/agreement.ts`), never by an edit. */
  status: z.enum(GLOSSARY_STATUSES).default('proposed'),
  agreedBy: z.strictObject({ id: z.string(), name: z.string() }).nullable().default(null),
  agreedAt: z.string().nullable().default(null),
  /** At most one per working language, e.g. { language: 'fr', term: 'traite des êtres humains', definition: '…' }. */
  variants: z
    .array(glossaryVariantSchema)
    .max(WORKING_LANGUAGES.length)
    .superRefine((variants, context) => {
      const seen = new Set<string>();
      variants.forEach((variant, index) => {
        if (seen.has(variant.language)) {
          context.addIssue({ code: 'custom', path: [index, 'language'], message: 'this language already has a variant', params: issueParams('duplicate') });
        }
        seen.add(variant.language);
      });
    })
    .default([]),
  ...owned,
});

export const DECISION_CATEGORIES = ['general', 'stageChange', 'adoption', 'lesson'] as const;
export const decisionSchema = z.strictObject({
  decision: requiredLine('decision', 1000),
  date: isoDate,
  /** The drafting session where it was taken, if any. */
  sessionId: sessionRef,
  rationale: text(3000).default(''),
  category: z.enum(DECISION_CATEGORIES).default('general'),
  ...owned,
});

export const SESSION_FORMATS = ['plenary', 'groups', 'remote'] as const;
export const sessionSchema = z.strictObject({
  title: requiredLine('title'),
  date: isoDate,
  format: z.enum(SESSION_FORMATS).default('plenary'),
  sections: z.array(line(200)).max(50).default([]),
  participants: z.array(line(200)).max(200).default([]),
  outcomes: text(5000).default(''),
  ...owned,
});
