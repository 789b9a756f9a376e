import type { Translation } from '../../lib/i18n/message.ts';
import type { demoMessagesEn } from './messages-en.ts';

/** Arabic words of this feature. */
export const demoMessagesAr: Translation<typeof demoMessagesEn> = {
  'demo.heading': 'استكشف مساحة عمل تجريبية',
  'demo.body': 'تنشئ مساحة عمل نموذجية على غرار خطة عمل بلدية للهجرة والاندماج: مؤسسات وأعضاء وخارطة طريق ومصفوفات وخطة مكتوبة جزئيًا.',
  'demo.create': 'إنشاء مساحة العمل التجريبية',
};
