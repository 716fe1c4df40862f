import type { BuiltinCatalog } from '../catalog.js';
import { plural } from '../plural.js';

/** The application, or "حسابك" (your account) without one. */
const app = '{{#if application}}{{application.name}}{{else}}حسابك{{/if}}';
/** " في" and the application's name, after "حسابك" (your account), when there is one. */
const inApp = '{{#if application}} في {{application.name}}{{/if}}';

/**
 * "<subject> صالح لمدة N دقيقة" in Arabic's six plural forms. With the number
 * written in digits, "دقيقة" stays singular (as in "2 دقيقة") except for 3–10
 * (`few`), which takes the plural "دقائق".
 */
function validity(subject: string): string {
  const singular = `${subject} صالح لمدة {{expiresInMinutes}} دقيقة.`;
  return plural('expiresInMinutes', {
    zero: singular,
    one: singular,
    two: singular,
    few: `${subject} صالح لمدة {{expiresInMinutes}} دقائق.`,
    many: singular,
    other: singular,
  });
}

const expiry = validity('الرمز');
const linkExpiry = validity('الرابط');
const ignore = 'إذا لم يصدر هذا الطلب عنك، فيمكنك تجاهل هذه الرسالة.';
/** "Select the button", followed by what it does ("لـ…"). */
const click = 'يُرجى الضغط على الزر أدناه';
const enterCode = 'يُرجى إدخال هذا الرمز';
const resetIgnore =
  'إذا لم يصدر عنك طلب إعادة تعيين كلمة المرور، فحسابك آمن ويمكنك تجاهل هذه الرسالة.';
const someoneChanging =
  'إذا لم يصدر هذا الطلب عنك، فربما يحاول شخص ما إجراء تغييرات على حسابك: يُرجى تغيير كلمة المرور.';
const notSignedIn = 'إذا لم تكن محاولة تسجيل الدخول منك، فيُرجى تغيير كلمة المرور.';
const irreversible = 'لا يمكن التراجع عن حذف الحساب.';
const unexpectedInvitation = 'إذا كانت هذه الدعوة غير متوقعة، فيمكنك تجاهل هذه الرسالة.';
const acceptInvitation = 'قبول الدعوة';
const verificationSubject = 'رمز التحقق الخاص بك هو {{code}}';
const confirmEmail = 'تأكيد عنوان بريدك الإلكتروني';
const confirmIdentity = 'تأكيد هويتك';
const setUpTwoStep = 'إعداد التحقق بخطوتين';
const ifYou = 'إذا أجريت هذا التغيير بنفسك، فلا حاجة إلى أي إجراء.';
const resetNow = 'وإلا، فيُرجى إعادة تعيين كلمة المرور فورًا';
const someoneElse = `${ifYou} ${resetNow}؛ فربما يستخدم شخص آخر حسابك.`;

/**
 * Arabic (Modern Standard) wording of the built-in emails. It asks with
 * "يُرجى" and a verbal noun rather than an imperative, and uses forms written
 * alike for a man and a woman, as the reader's gender is unknown.
 */
export const ar: BuiltinCatalog = {
  SignIn: {
    subject: 'رمز تسجيل الدخول الخاص بك هو {{code}}',
    preheader: `رمزك لتسجيل الدخول إلى ${app}`,
    heading: `تسجيل الدخول إلى ${app}`,
    intro: `${enterCode} لإكمال تسجيل الدخول:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: `تسجيل الدخول إلى ${app}`,
      intro: `${click} لإكمال تسجيل الدخول:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'تسجيل الدخول',
    },
  },
  Register: {
    subject: verificationSubject,
    preheader: confirmEmail,
    heading: `مرحبًا بك في ${app}`,
    intro: `${enterCode} لتأكيد عنوان بريدك الإلكتروني وإنشاء حسابك:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: confirmEmail,
      intro: `${click} لتأكيد عنوان بريدك الإلكتروني وإنشاء حسابك:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'تأكيد البريد الإلكتروني',
    },
  },
  ForgotPassword: {
    subject: 'رمز إعادة تعيين كلمة المرور الخاص بك هو {{code}}',
    preheader: `إعادة تعيين كلمة مرور حسابك${inApp}`,
    heading: 'إعادة تعيين كلمة المرور',
    intro: `${enterCode} لاختيار كلمة مرور جديدة:`,
    note: `${expiry} ${resetIgnore}`,
    byLink: {
      subject: 'إعادة تعيين كلمة المرور',
      intro: `${click} لاختيار كلمة مرور جديدة:`,
      note: `${linkExpiry} ${resetIgnore}`,
      action: 'إعادة تعيين كلمة المرور',
    },
  },
  Generic: {
    subject: verificationSubject,
    preheader: 'رمز التحقق الخاص بك',
    heading: 'رمز التحقق الخاص بك',
    intro: `${enterCode} للمتابعة:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'رابط التحقق الخاص بك',
      intro: `${click} للمتابعة:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'متابعة',
    },
  },
  OrganizationInvitation: {
    subject: 'دعوة للانضمام إلى {{organization.name}}',
    preheader:
      'دعوة{{#if inviter.name}} من {{inviter.name}}{{/if}} للانضمام إلى {{organization.name}}',
    heading: 'الانضمام إلى {{organization.name}}',
    intro:
      'تلقيت دعوة من {{#if inviter.name}}{{inviter.name}}{{else}}أحد أعضاء الفريق{{/if}} للانضمام إلى {{organization.name}}.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: verificationSubject,
    preheader: confirmIdentity,
    heading: confirmIdentity,
    intro: `${enterCode} لتأكيد هويتك قبل المتابعة:`,
    note: `${expiry} ${someoneChanging}`,
    byLink: {
      subject: confirmIdentity,
      intro: `${click} لتأكيد هويتك قبل المتابعة:`,
      note: `${linkExpiry} ${someoneChanging}`,
      action: 'تأكيد هويتي',
    },
  },
  BindNewIdentifier: {
    subject: verificationSubject,
    preheader: 'تأكيد عنوان بريدك الإلكتروني الجديد',
    heading: confirmEmail,
    intro: `${enterCode} لربط عنوان البريد الإلكتروني هذا بحسابك:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'تأكيد عنوان بريدك الإلكتروني الجديد',
      intro: `${click} لربط عنوان البريد الإلكتروني هذا بحسابك:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'تأكيد البريد الإلكتروني',
    },
  },
  MfaVerification: {
    subject: verificationSubject,
    preheader: 'رمز التحقق بخطوتين الخاص بك',
    heading: 'التحقق بخطوتين',
    intro: `${enterCode} لإكمال تسجيل الدخول إلى ${app}:`,
    note: `${expiry} ${notSignedIn}`,
    byLink: {
      subject: 'رابط التحقق بخطوتين الخاص بك',
      intro: `${click} لإكمال تسجيل الدخول إلى ${app}:`,
      note: `${linkExpiry} ${notSignedIn}`,
      action: 'متابعة تسجيل الدخول',
    },
  },
  BindMfa: {
    subject: verificationSubject,
    preheader: setUpTwoStep,
    heading: setUpTwoStep,
    intro: `${enterCode} لاستخدام عنوان البريد الإلكتروني هذا في التحقق بخطوتين:`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: setUpTwoStep,
      intro: `${click} لاستخدام عنوان البريد الإلكتروني هذا في التحقق بخطوتين:`,
      note: `${linkExpiry} ${ignore}`,
      action: 'تأكيد',
    },
  },
  DeleteAccount: {
    subject: 'رمز حذف حسابك هو {{code}}',
    preheader: 'تأكيد رغبتك في حذف حسابك',
    heading: 'حذف حسابك',
    intro: `${enterCode} لتأكيد رغبتك في حذف حسابك${inApp}:`,
    note: `${expiry} ${irreversible} إذا لم يصدر هذا الطلب عنك، فيُرجى عدم مشاركة هذا الرمز مع أي شخص وتغيير كلمة المرور.`,
    byLink: {
      subject: 'تأكيد رغبتك في حذف حسابك',
      intro: `${click} لتأكيد رغبتك في حذف حسابك${inApp}:`,
      note: `${linkExpiry} ${irreversible} إذا لم يصدر هذا الطلب عنك، فيُرجى عدم الضغط على الزر وتغيير كلمة المرور.`,
      action: 'حذف حسابي',
    },
  },
  Invite: {
    subject: 'لديك دعوة{{#if application}} للانضمام إلى {{application.name}}{{/if}}',
    preheader: 'دعوة{{#if inviter.name}} من {{inviter.name}}{{/if}} لإنشاء حساب',
    heading: 'لديك دعوة',
    intro:
      'تلقيت دعوة{{#if inviter.name}} من {{inviter.name}}{{/if}} لإنشاء حساب{{#if application}} في {{application.name}}{{/if}}. يُرجى قبول الدعوة لاختيار طريقة تسجيل الدخول.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject: '{{#if application}}مرحبًا بك في {{application.name}}{{else}}أهلًا وسهلًا بك{{/if}}',
    preheader: 'حسابك جاهز',
    heading: 'مرحبًا{{#if user.name}} {{user.name}}{{/if}}',
    intro: `شكرًا لتسجيلك${inApp}. حسابك جاهز للاستخدام.`,
    note: 'إذا لم يكن هذا الحساب من إنشائك، فيمكنك تجاهل هذه الرسالة.',
  },
  PasswordChanged: {
    subject: 'تم تغيير كلمة المرور',
    preheader: `تم تغيير كلمة مرور حسابك${inApp}`,
    heading: 'تم تغيير كلمة المرور',
    intro: `تم تغيير كلمة مرور حسابك${inApp}.`,
    details: { time: 'الوقت' },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `تسجيل دخول جديد إلى ${app}`,
    preheader: 'تم تسجيل الدخول من جهاز لا نعرفه',
    heading: 'هل كان هذا أنت؟',
    intro: `تم تسجيل دخول جديد إلى ${app} من جهاز لم نره من قبل:`,
    details: { time: 'الوقت', device: 'الجهاز', ip: 'عنوان IP', location: 'الموقع' },
    note: 'إذا كان هذا أنت، فلا حاجة إلى أي إجراء. وإلا، فيُرجى تغيير كلمة المرور فورًا.',
  },
  EmailChanged: {
    subject: 'تم تغيير عنوان بريدك الإلكتروني',
    preheader: `تم تغيير عنوان البريد الإلكتروني لحسابك${inApp}`,
    heading: 'تم تغيير عنوان بريدك الإلكتروني',
    intro: `تم تغيير عنوان البريد الإلكتروني لحسابك${inApp}.`,
    details: { time: 'الوقت', oldEmail: 'العنوان السابق', newEmail: 'العنوان الجديد' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: 'تم تغيير رقم هاتفك',
    preheader: `تم تغيير رقم الهاتف المرتبط بحسابك${inApp}`,
    heading: 'تم تغيير رقم هاتفك',
    intro: `تم تغيير رقم الهاتف المرتبط بحسابك${inApp}.`,
    details: { time: 'الوقت', oldPhone: 'الرقم السابق', newPhone: 'الرقم الجديد' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: 'تمت إضافة طريقة تسجيل دخول إلى حسابك',
    preheader: `طريقة جديدة لتسجيل الدخول إلى ${app}`,
    heading: 'تمت إضافة طريقة تسجيل دخول',
    intro: `تم ربط طريقة تسجيل دخول جديدة بحسابك${inApp}.`,
    details: { time: 'الوقت', provider: 'طريقة تسجيل الدخول' },
    note: `${ifYou} ${resetNow} وإزالة طريقة تسجيل الدخول هذه.`,
  },
  IdentityUnlinked: {
    subject: 'تمت إزالة طريقة تسجيل دخول من حسابك',
    preheader: `تمت إزالة إحدى طرق تسجيل الدخول إلى ${app}`,
    heading: 'تمت إزالة طريقة تسجيل دخول',
    intro: `تم إلغاء ربط طريقة تسجيل دخول بحسابك${inApp}.`,
    details: { time: 'الوقت', provider: 'طريقة تسجيل الدخول' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: 'تمت إضافة طريقة للتحقق بخطوتين',
    preheader: `تم تغيير إعدادات التحقق بخطوتين لحسابك${inApp}`,
    heading: 'تمت إضافة طريقة للتحقق بخطوتين',
    intro: `تمت إضافة طريقة جديدة للتحقق بخطوتين إلى حسابك${inApp}.`,
    details: { time: 'الوقت', factorType: 'الطريقة' },
    note: `${ifYou} ${resetNow} وإزالة هذه الطريقة.`,
  },
  MfaFactorUnenrolled: {
    subject: 'تمت إزالة طريقة للتحقق بخطوتين',
    preheader: `تم تغيير إعدادات التحقق بخطوتين لحسابك${inApp}`,
    heading: 'تمت إزالة طريقة للتحقق بخطوتين',
    intro: `تمت إزالة طريقة للتحقق بخطوتين من حسابك${inApp}.`,
    details: { time: 'الوقت', factorType: 'الطريقة' },
    note: `${ifYou} ${resetNow}؛ فحسابك الآن أقل حماية.`,
  },
};
