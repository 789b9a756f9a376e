import type { Translation } from '../../lib/i18n/message.ts';
import type { templateMessagesEn } from './messages-en.ts';

/** Arabic words of this feature. */
export const templateMessagesAr: Translation<typeof templateMessagesEn> = {
  'templates.heading': 'وثيقة جديدة من قالب',
  'templates.intro': 'تقدّم القوالب عناوين وثيقة السياسات مع إرشادات تحت كل عنوان. تظهر الإرشادات أثناء الصياغة ولا تُصدَّر أبدًا.',
  'templates.label': 'القالب',
  'templates.titleLabel': 'عنوان الوثيقة',
  'templates.language': 'لغة القالب',
  'templates.create': 'إنشاء من القالب',
};
