import type { Translation } from '../../lib/i18n/message.ts';
import type { offlineMessagesEn } from './messages-en.ts';

/** Arabic words of this feature. */
export const offlineMessagesAr: Translation<typeof offlineMessagesEn> = {
  'offline.status.savedLocally': 'محفوظ على هذا الجهاز، لم يصل إلى الخادم بعد ({count})',
  'offline.status.savedLocallyDetail': 'تغييرات لم تصل إلى الخادم بعد: تُرسل عند عودة الاتصال.',
  'offline.update.label': 'تحديث Cadre',
  'offline.update.ready': 'نسخة جديدة من Cadre جاهزة.',
  'offline.update.apply': 'أعد التحميل للتحديث',
  'offline.update.waitForSave': 'يمكن تطبيقها بعد وصول آخر تغييراتك إلى الخادم.',
  'offline.update.appliedElsewhere': 'حُدِّث Cadre في علامة تبويب أخرى. أعد تحميل هذه متى ناسبك.',
  'offline.update.reload': 'إعادة التحميل',
  'offline.update.later': 'لاحقًا',
  'offline.matrix.readOnly': 'أنت غير متصل: تُعرض هذه المصفوفة كما حُمِّلت آخر مرة، ولا يمكن تغييرها حتى يعود الاتصال.',
};
