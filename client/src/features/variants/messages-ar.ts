import type { Translation } from '../../lib/i18n/message.ts';
import type { variantMessagesEn } from './messages-en.ts';

/** Arabic words of this feature. */
export const variantMessagesAr: Translation<typeof variantMessagesEn> = {
  'variants.tailor': 'تكييف نسخة فرعية',
  'variants.tailorHint': 'ابدأ وثيقة جديدة، مثل خطة عمل بلدية، من النص الحالي لهذه الوثيقة.',
  'variants.titleLabel': 'عنوان النسخة الفرعية',
  'variants.titlePlaceholder': 'مثلًا: خطة عمل بلدية برايا',
  'variants.create': 'إنشاء النسخة الفرعية',
  'variants.cancel': 'إلغاء',
  'variants.creating': 'جارٍ الإنشاء…',
  'variants.failed': 'تعذّر إنشاء النسخة الفرعية: {message}',
  'variants.tailoredFrom': 'مكيَّفة من {title}',
  'variants.openParent': 'فتح القالب الوطني',
  'variants.upToDate': 'لا تغييرات في القالب الوطني منذ {date}.',
  'variants.changedCount': {
    zero: 'لم يتغير القالب الوطني في أي قسم منذ {date}.',
    one: 'تغيّر القالب الوطني في قسم واحد منذ {date}.',
    two: 'تغيّر القالب الوطني في قسمين منذ {date}.',
    few: 'تغيّر القالب الوطني في {count} أقسام منذ {date}.',
    many: 'تغيّر القالب الوطني في {count} قسمًا منذ {date}.',
    other: 'تغيّر القالب الوطني في {count} قسم منذ {date}.',
  },
  'variants.panelHeading': 'التغييرات في القالب الوطني',
  'variants.show': 'عرض التغييرات',
  'variants.hide': 'إخفاء التغييرات',
  'variants.untitledSection': 'النص الافتتاحي',
  'variants.status.changed': 'تغيّر',
  'variants.status.added': 'أُضيف',
  'variants.status.removed': 'أُزيل',
  'variants.status.unchanged': 'بلا تغيير',
  'variants.markReviewed': 'وضع علامة تمت المراجعة',
  'variants.reviewFailed': 'تعذّر وضع علامة المراجعة على التغييرات: {message}',
  'variants.loadFailed': 'تعذّر تحميل التغييرات في القالب الوطني: {message}',
};
