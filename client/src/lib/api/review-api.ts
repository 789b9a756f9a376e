import { z } from 'zod';
import {
  notificationListSchema,
  notificationSettingsSchema,
  threadListSchema,
  threadSchema,
  type Anchor,
  type NotificationSettings,
  type ThreadKind,
} from '../../../../shared/schemas/review.ts';
import { requestJson, requestVoid } from './http.ts';

const doc = (id: string) => `/api/documents/${encodeURIComponent(id)}`;
const thread = (documentId: string, threadId: string) => `${doc(documentId)}/threads/${encodeURIComponent(threadId)}`;

/** Client of the review routes (`server/routes/review.ts`, `notifications.ts`). */
export const reviewApi = {
  list: (documentId: string, signal?: AbortSignal) =>
    requestJson(threadListSchema, `${doc(documentId)}/threads`, signal ? { signal } : {}),
  comment: (documentId: string, body: { kind: Exclude<ThreadKind, 'suggestion'>; anchor: Anchor; quote: string; body: string }) =>
    requestJson(threadSchema, `${doc(documentId)}/threads`, { method: 'POST', body }),
  suggest: (documentId: string, body: { anchor: Anchor; quote: string; text: string; reason: string }) =>
    requestJson(threadSchema, `${doc(documentId)}/suggestions`, { method: 'POST', body }),
  reply: (documentId: string, threadId: string, body: string) =>
    requestJson(threadSchema, `${thread(documentId, threadId)}/messages`, { method: 'POST', body: { body } }),
  editMessage: (documentId: string, threadId: string, messageId: string, body: string) =>
    requestJson(threadSchema, `${thread(documentId, threadId)}/messages/${encodeURIComponent(messageId)}`, { method: 'PATCH', body: { body } }),
  deleteMessage: (documentId: string, threadId: string, messageId: string) =>
    requestJson(threadSchema, `${thread(documentId, threadId)}/messages/${encodeURIComponent(messageId)}`, { method: 'DELETE' }),
  act: (documentId: string, threadId: string, action: 'resolve' | 'reopen' | 'accept' | 'reject', reason?: string) =>
    requestJson(threadSchema, `${thread(documentId, threadId)}/${action}`, {
      method: 'POST',
      ...(action === 'accept' || action === 'reject' ? { body: { reason: reason ?? '' } } : {}),
    }),
  authorship: (documentId: string, anchor: Anchor) =>
    requestJson(
      z.object({ authors: z.array(z.object({ userId: z.string().nullable(), name: z.string(), characters: z.number() })) }),
      `${doc(documentId)}/authorship?start=${encodeURIComponent(anchor.start)}&end=${encodeURIComponent(anchor.end)}`,
    ),
  csvUrl: (documentId: string) => `${doc(documentId)}/review.csv`,
};

export const notificationsApi = {
  list: () => requestJson(notificationListSchema, '/api/notifications'),
  markRead: (ids: string[] | 'all') => requestVoid('/api/notifications/read', { method: 'POST', body: ids === 'all' ? { all: true } : { ids } }),
  settings: () => requestJson(notificationSettingsSchema, '/api/notifications/settings'),
  saveSettings: (changes: Partial<NotificationSettings>) =>
    requestJson(notificationSettingsSchema, '/api/notifications/settings', { method: 'PATCH', body: changes }),
};
