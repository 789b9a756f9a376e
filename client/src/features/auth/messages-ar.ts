import type { Translation } from '../../lib/i18n/message.ts';
import type { accountMessagesEn } from './messages-en.ts';

/** Arabic words of this feature. */
export const accountMessagesAr: Translation<typeof accountMessagesEn> = {
  'auth.passwordRules': '10 أحرف على الأقل. ليست كلمة مرور شائعة، وليست عنوان بريدك الإلكتروني.',
  'auth.signupNotPossible': 'تعذّر إنشاء حساب بهذه البيانات. إذا كان لديك حساب بالفعل، فسجّل الدخول أو أعد تعيين كلمة المرور.',
  'auth.signupInvitationOnly': 'لا تُنشأ الحسابات على هذا الخادم إلا بدعوة. اطلب من ميسِّر مساحة عمل أن يدعوك، ثم افتح الرابط الذي يرسله.',
  'auth.signupDomainsOnly': 'الحسابات على هذا الخادم مخصصة للعناوين في {domains}. استخدم عنوان عملك، أو اطلب دعوة.',
  'auth.policy.invite': 'ينشئ هذا الخادم الحسابات بالدعوة فقط: افتح الرابط الوارد في دعوتك.',
  'auth.policy.domains': 'الحسابات على هذا الخادم مخصصة للعناوين في {domains}.',
  'auth.policy.confirmation': 'سنرسل إليك رابطًا بالبريد الإلكتروني لتأكيد عنوانك.',
  'auth.confirmationSent': 'تفقّد بريدك الوارد: أرسلنا رسالة إلى {email}. افتح الرابط الوارد فيها خلال 24 ساعة لإتمام التسجيل.',
  'auth.confirmationSentInvite': 'بعد تأكيد عنوانك، افتح رابط الدعوة هذا مجددًا للانضمام إلى مساحة العمل.',
  'auth.emailUnconfirmed': 'أكّد عنوانك أولًا: افتح الرابط الذي أرسلناه إليك عند إنشاء الحساب.',
  'auth.accountDisabled': 'عُطِّل هذا الحساب. تواصل مع مسؤول هذا الخادم.',
  'auth.backToForm': 'رجوع',
  'confirm.heading': 'تأكيد حسابك',
  'confirm.intro': 'أكّد عنوان بريدك الإلكتروني لإتمام إنشاء حسابك في Cadre.',
  'confirm.submit': 'التأكيد وتسجيل الدخول',
  'confirm.invalid': 'رابط التأكيد هذا غير صالح. سجّل من جديد للحصول على رابط جديد.',
  'confirm.expired': 'انتهت صلاحية رابط التأكيد هذا. سجّل من جديد للحصول على رابط جديد.',
  'confirm.used': 'لهذا العنوان حساب بالفعل. سجّل الدخول بدلًا من ذلك.',
  'confirm.goSignIn': 'الانتقال إلى تسجيل الدخول',
};
