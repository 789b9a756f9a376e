import type { ServerText } from './server-text.ts';

/** ما يكتبه الخادم بالعربية. */
export const serverTextAr: ServerText = {
  automaticCheckpoint: 'نقطة حفظ تلقائية',
  validationSteps: ['الفريق الأساسي', 'ورشة الاعتماد', 'اللجنة التوجيهية', 'الإقرار الفني', 'الإقرار السياسي'],
  roles: {
    facilitator: 'ميسِّر',
    chair: 'رئيس',
    drafter: 'محرِّر',
    expert: 'خبير',
    observer: 'مراقب',
    consultee: 'جهة مستشارة',
  },
  passwordReset: {
    subject: 'إعادة تعيين كلمة مرورك في Cadre',
    body: 'طلب أحدهم إعادة تعيين كلمة مرور حسابك في Cadre.\n\nلاختيار كلمة مرور جديدة، افتح هذا الرابط خلال ساعة:\n{link}\n\nإذا لم تطلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.\n',
  },
  signupConfirmation: {
    subject: 'تأكيد حسابك في Cadre',
    body: 'أنشأ أحدهم (نأمل أن يكون أنت) حسابًا في Cadre بهذا العنوان.\n\nلتأكيده وتسجيل الدخول، افتح هذا الرابط خلال 24 ساعة:\n{link}\n\nإذا لم تكن أنت، فتجاهل هذه الرسالة: لن يُنشأ أي حساب.\n',
  },
  signupExisting: {
    subject: 'حاول أحدهم إنشاء حساب في Cadre بعنوانك',
    body: 'حاول أحدهم إنشاء حساب جديد في Cadre بهذا العنوان، وله حساب بالفعل.\n\nإذا كنت أنت، فسجّل الدخول عبر {origin}/ أو، إذا نسيت كلمة مرورك، فاختر «نسيت كلمة المرور؟» هناك.\n\nإذا لم تكن أنت، يمكنك تجاهل هذه الرسالة: لم يتغير شيء.\n',
  },
  invitation: {
    subject: 'دعوة إلى {workspace}',
    body: 'يدعوك {inviter} للانضمام إلى «{workspace}» على Cadre بصفة {role}.\n\nافتح هذا الرابط خلال سبعة أيام للقبول:\n{link}\n',
  },
  digest: {
    subject: {
      zero: 'Cadre: لا إشعارات مراجعة غير مقروءة',
      one: 'Cadre: إشعار مراجعة واحد غير مقروء',
      two: 'Cadre: إشعارا مراجعة غير مقروءين',
      few: 'Cadre: {count} إشعارات مراجعة غير مقروءة',
      many: 'Cadre: {count} إشعارًا غير مقروء',
      other: 'Cadre: {count} إشعار مراجعة غير مقروء',
    },
    actions: {
      mention: 'ذكرك',
      reply: 'ردّ',
      resolved: 'حلّ سلسلتك',
      accepted: 'قبِل اقتراحك',
      rejected: 'رفض اقتراحك',
      decision: 'بتّ في سلسلتك',
      reportOverdue: 'تقرير فترة متأخر',
    },
  },
};
