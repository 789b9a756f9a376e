import { createActivityRepository } from '../db/activity-repository.ts';
import type { SqliteDatabase } from '../db/database.ts';
import { createNotificationRepository } from '../db/notification-repository.ts';
import { createReviewRepository } from '../db/review-repository.ts';
import { createEditRecorder } from './edit-recorder.ts';

/**
 * The stores of document review and the activity record, spread into the services bundle
 * (`services.review`, `.notifications`, `.activity`, `.editRecorder`).
 */
export function createReviewStores(db: SqliteDatabase) {
  const activity = createActivityRepository(db);
  return {
    review: createReviewRepository(db),
    notifications: createNotificationRepository(db),
    /** Other features record workspace activity with `services.activity.record(...)`. */
    activity,
    editRecorder: createEditRecorder(db, activity),
  };
}
