import type { Translation } from '../../lib/i18n/message.ts';
import type { glossaryMessagesEn } from './messages-en.ts';

/** Arabic words of this feature. */
export const glossaryMessagesAr: Translation<typeof glossaryMessagesEn> = {
  'glossary.agreedTerm': 'مصطلح متفق عليه',
  'glossary.proposed': 'مقترح',
  'glossary.agree': 'اعتماد',
  'glossary.agreeNamed': 'اعتماد المصطلح «{term}»',
  'glossary.agreedBy': 'اعتمده {name}، {date}',
  'glossary.agreeFailed': 'تعذّر اعتماد المصطلح: {message}',
  'glossary.changedMeanwhile': 'غيّر أحدهم هذا المصطلح في هذه الأثناء: اقرأه مجددًا قبل اعتماده.',
};
