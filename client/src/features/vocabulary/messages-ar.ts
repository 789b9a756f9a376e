import type { Translation } from '../../lib/i18n/message.ts';
import type { vocabularyMessagesEn } from './messages-en.ts';

/** Arabic words of this feature. */
export const vocabularyMessagesAr: Translation<typeof vocabularyMessagesEn> = {
  'vocabulary.open': 'مجالات السياسات وأنواع الأدلة',
  'vocabulary.title': 'مجالات السياسات وأنواع الأدلة',
  'vocabulary.intro': 'اختر المفردات التي تنطلق منها مساحة العمل هذه، ثم كيّف قوائمها. تحتفظ العناصر بالقيمة المحذوفة من القائمة حتى يغيّرها أحد.',
  'vocabulary.preset': 'المجموعة الجاهزة',
  'vocabulary.preset.migration': 'حوكمة الهجرة',
  'vocabulary.preset.general': 'عامة (لأي وزارة)',
  'vocabulary.presetNote': 'تغيير المجموعة الجاهزة يستبدل القائمتين بقائمتيها.',
  'vocabulary.areas': 'المجالات المواضيعية',
  'vocabulary.evidenceTypes': 'أنواع مصادر الأدلة',
  'vocabulary.entryLabel': 'اسم البند {number}',
  'vocabulary.remove': 'إزالة «{name}»',
  'vocabulary.addArea': 'إضافة مجال',
  'vocabulary.addEvidenceType': 'إضافة نوع مصدر',
  'vocabulary.save': 'حفظ',
  'vocabulary.saveFailed': 'تعذّر حفظ القوائم: {message}',
  'area.governanceAndCoordination': 'الحوكمة والتنسيق',
  'area.legalAndRegulatoryFramework': 'الإطار القانوني والتنظيمي',
  'area.serviceDelivery': 'تقديم الخدمات',
  'area.financing': 'التمويل',
  'area.workforceAndCapacity': 'القوى العاملة والقدرات',
  'area.infrastructureAndEquipment': 'البنية التحتية والمعدات',
  'area.dataAndMonitoring': 'البيانات والرصد والتقييم',
  'area.equityAndInclusion': 'الإنصاف والإدماج',
  'area.partnershipsAndParticipation': 'الشراكات والمشاركة',
};
