import { z } from 'zod';
import { MAX_MENTIONS, mentionedIds } from '../review/mentions.ts';
import { THREAD_KINDS } from '../review/thread-kinds.ts';
import { abilitiesSchema } from './abilities.ts';
import { issueParams } from './field-issues.ts';

/**
 * Review of a document by its members: comment threads anchored to text and suggested changes
 * (the notifications they cause are in `notifications.ts`). Anchors are Yjs relative positions,
 * so they follow the text under concurrent edits; the quote is kept so a thread whose text was
 * deleted still says what it was about.
 */

export { THREAD_KINDS, type ThreadKind } from '../review/thread-kinds.ts';
export const THREAD_STATUSES = ['open', 'resolved'] as const;
export const SUGGESTION_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** base64 of `Y.encodeRelativePosition`; a few dozen bytes in practice. */
const relativePosition = z
  .string()
  .min(4)
  .max(512)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64');

/**
 * A range of the document: `start` follows the first character (assoc 0), `end` the last
 * one (assoc -1), so text typed just outside the range stays outside. An insertion point has
 * an empty quote and only `start` matters.
 */
export const anchorSchema = z.object({ start: relativePosition, end: relativePosition }).strict();
export type Anchor = z.infer<typeof anchorSchema>;

/** Members mentioned by id in a message (`shared/review/mentions.ts`), each notified once. */
const mentionBound = (text: string): boolean => mentionedIds(text).length <= MAX_MENTIONS;
const tooManyMentions = {
  message: `at most ${MAX_MENTIONS} members may be mentioned in one message`,
  params: issueParams('tooMany', { max: MAX_MENTIONS }),
};
const messageBody = z
  .string()
  .trim()
  .min(1, 'message is required')
  .max(10_000, 'at most 10000 characters')
  .refine(mentionBound, tooManyMentions);
const quote = z.string().max(10_000, 'the selection is too long to comment on');

export const createThreadBodySchema = z
  .object({
    kind: z.enum(THREAD_KINDS).exclude(['suggestion']),
    anchor: anchorSchema,
    quote: quote.min(1, 'select the text to comment on'),
    body: messageBody,
  })
  .strict();
export type CreateThreadBody = z.infer<typeof createThreadBodySchema>;

/** Replace `quote` by `text`; an empty quote inserts, an empty text deletes. */
export const createSuggestionBodySchema = z
  .object({
    anchor: anchorSchema,
    quote,
    text: z.string().max(10_000, 'at most 10000 characters'),
    /** Stored as the thread's first message, so it may mention members too. */
    reason: z.string().trim().max(10_000).refine(mentionBound, tooManyMentions).default(''),
  })
  .strict()
  .refine((s) => s.quote !== s.text, { message: 'the suggestion changes nothing', path: ['text'] })
  .refine((s) => !/[\n\r]/.test(s.text), { message: 'a suggestion stays within one paragraph', path: ['text'] });
export type CreateSuggestionBody = z.infer<typeof createSuggestionBodySchema>;

export const messageBodySchema = z.object({ body: messageBody }).strict();
export const decisionBodySchema = z.object({ reason: z.string().trim().max(10_000).default('') }).strict();

export const threadFilterSchema = z
  .object({
    status: z.enum(THREAD_STATUSES).optional(),
    kind: z.enum(THREAD_KINDS).optional(),
    author: z.string().max(64).optional(),
    section: z.string().max(500).optional(),
  })
  .strict();
export type ThreadFilter = z.infer<typeof threadFilterSchema>;

export const messageSchema = z.object({
  id: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  /** A deleted message keeps its place in the thread, without its text. */
  deleted: z.boolean(),
  /** The members the body mentions by id, with their current names, shown in place of the tokens. */
  mentions: z.array(z.object({ userId: z.string(), name: z.string() })),
});
export type ReviewMessage = z.infer<typeof messageSchema>;

export const suggestionSchema = z.object({
  change: z.enum(['replace', 'insert', 'delete']),
  text: z.string(),
  status: z.enum(SUGGESTION_STATUSES),
  decidedBy: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
});

export const threadSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  kind: z.enum(THREAD_KINDS),
  status: z.enum(THREAD_STATUSES),
  anchor: anchorSchema,
  quote: z.string(),
  /** The text the anchor covers now; differs from `quote` once someone edited it. */
  currentText: z.string(),
  /** The quoted text was deleted: the thread stays, shown with its quote. */
  detached: z.boolean(),
  /** The heading above the anchored text when it was last read, '' before any heading. */
  section: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  suggestion: suggestionSchema.nullable(),
  messages: z.array(messageSchema),
  /** What the caller may do to this thread (resolve depends on who started it). */
  abilities: abilitiesSchema,
});
export type Thread = z.infer<typeof threadSchema>;
export const threadListSchema = z.object({ threads: z.array(threadSchema), abilities: abilitiesSchema });
export type ThreadList = z.infer<typeof threadListSchema>;

/** A member of the document's workspace, offered when typing `@` in its review. */
export const mentionableSchema = z.object({ userId: z.string(), name: z.string() });
export type Mentionable = z.infer<typeof mentionableSchema>;
export const mentionableListSchema = z.object({ members: z.array(mentionableSchema) });
export type MentionableList = z.infer<typeof mentionableListSchema>;

/** Who wrote a paragraph: members by share of the characters they typed there. */
export const authorshipSchema = z.object({
  authors: z.array(z.object({ userId: z.string().nullable(), name: z.string(), characters: z.number() })),
});
export type Authorship = z.infer<typeof authorshipSchema>;
