import type { Translation } from '../../lib/i18n/message.ts';
import type { imageMessagesEn } from './image-messages-en.ts';

/** Arabic words of this feature. */
export const imageMessagesAr: Translation<typeof imageMessagesEn> = {
  'image.insert': 'إدراج صورة',
  'image.alt': 'وصف الصورة',
  'image.altPlaceholder': 'صِف الصورة للقرّاء الذين لا يستطيعون رؤيتها',
  'image.uploading': 'جارٍ رفع الصورة…',
  'image.error.unsupported_image': 'هذا الملف ليس صورة يستطيع Cadre عرضها: استخدم صورة PNG أو JPEG أو GIF أو WebP.',
  'image.error.image_too_large': 'تحتوي هذه الصورة على عدد كبير جدًا من البكسلات لعرضها بأمان: قلّل أبعادها وحاول مجددًا.',
  'image.error.file_too_large': 'هذه الصورة كبيرة جدًا: صغّرها وحاول مجددًا.',
  'image.error.too_many_images': 'تحتوي هذه الوثيقة على الحد الأقصى المسموح به من الصور.',
  'image.error.rate_limited': 'صور كثيرة جدًا في آن واحد: انتظر قليلًا وحاول مجددًا.',
  'image.dismiss': 'تجاهل',
  'image.error.generic': 'تعذّرت إضافة الصورة. حاول مجددًا.',
};
