import type { BuiltinCatalog } from '../catalog.js';
import { plural } from '../plural.js';

/** The application, or "حساب کاربری شما" (your account) without one. */
const app = '{{#if application}}{{application.name}}{{else}}حساب کاربری شما{{/if}}';
/** " در" and the application's name, after "حساب کاربری", when there is one. */
const inApp = '{{#if application}} در {{application.name}}{{/if}}';

/** Persian nouns stay singular after a number: both plural categories read alike. */
function validity(sentence: string): string {
  return plural('expiresInMinutes', { one: sentence, other: sentence });
}

const expiry = validity('این کد {{expiresInMinutes}} دقیقه اعتبار دارد.');
const linkExpiry = validity('این پیوند {{expiresInMinutes}} دقیقه اعتبار دارد.');
const ignore = 'اگر این درخواست را شما نداده‌اید، می‌توانید این ایمیل را نادیده بگیرید.';
/** "Select the button", as the end of a sentence that starts with "برای …،". */
const click = 'روی دکمه زیر کلیک کنید:';
const enterCode = 'این کد را وارد کنید:';
const resetIgnore =
  'اگر درخواست بازنشانی رمز عبور را شما نداده‌اید، حساب کاربری شما در امان است و می‌توانید این ایمیل را نادیده بگیرید.';
const someoneChanging =
  'اگر این درخواست را شما نداده‌اید، ممکن است کسی در حال تلاش برای تغییر حساب کاربری شما باشد: رمز عبور خود را تغییر دهید.';
const notSignedIn = 'اگر شما برای ورود تلاش نکرده‌اید، رمز عبور خود را تغییر دهید.';
const irreversible = 'حذف حساب کاربری قابل بازگشت نیست.';
const unexpectedInvitation = 'اگر انتظار این دعوت را نداشتید، می‌توانید این ایمیل را نادیده بگیرید.';
const acceptInvitation = 'پذیرفتن دعوت';
const verificationSubject = 'کد تأیید شما: {{code}}';
const confirmEmail = 'آدرس ایمیل خود را تأیید کنید';
const confirmIdentity = 'هویت خود را تأیید کنید';
const setUpTwoStep = 'راه‌اندازی تأیید دو مرحله‌ای';
const ifYou = 'اگر این تغییر را خودتان انجام داده‌اید، نیازی به اقدام دیگری نیست.';
const resetNow = 'در غیر این صورت، فوراً رمز عبور خود را بازنشانی کنید';
const someoneElse = `${ifYou} ${resetNow}؛ ممکن است شخص دیگری از حساب کاربری شما استفاده کند.`;

/** Persian wording of the built-in emails, addressing the reader as "شما". */
export const faIR: BuiltinCatalog = {
  SignIn: {
    subject: 'کد ورود شما: {{code}}',
    preheader: `کد شما برای ورود به ${app}`,
    heading: `ورود به ${app}`,
    intro: `برای تکمیل ورود، ${enterCode}`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: `ورود به ${app}`,
      intro: `برای تکمیل ورود، ${click}`,
      note: `${linkExpiry} ${ignore}`,
      action: 'ورود',
    },
  },
  Register: {
    subject: verificationSubject,
    preheader: confirmEmail,
    heading: `به ${app} خوش آمدید`,
    intro: `برای تأیید آدرس ایمیل و ایجاد حساب کاربری خود، ${enterCode}`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: confirmEmail,
      intro: `برای تأیید آدرس ایمیل و ایجاد حساب کاربری خود، ${click}`,
      note: `${linkExpiry} ${ignore}`,
      action: 'تأیید آدرس ایمیل',
    },
  },
  ForgotPassword: {
    subject: 'کد بازنشانی رمز عبور شما: {{code}}',
    preheader: `بازنشانی رمز عبور حساب کاربری شما${inApp}`,
    heading: 'رمز عبور خود را بازنشانی کنید',
    intro: `برای انتخاب رمز عبور جدید، ${enterCode}`,
    note: `${expiry} ${resetIgnore}`,
    byLink: {
      subject: 'رمز عبور خود را بازنشانی کنید',
      intro: `برای انتخاب رمز عبور جدید، ${click}`,
      note: `${linkExpiry} ${resetIgnore}`,
      action: 'بازنشانی رمز عبور',
    },
  },
  Generic: {
    subject: verificationSubject,
    preheader: 'کد تأیید شما',
    heading: 'کد تأیید شما',
    intro: `برای ادامه، ${enterCode}`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'پیوند تأیید شما',
      intro: `برای ادامه، ${click}`,
      note: `${linkExpiry} ${ignore}`,
      action: 'ادامه',
    },
  },
  OrganizationInvitation: {
    subject: 'شما برای پیوستن به {{organization.name}} دعوت شده‌اید',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} شما را به {{organization.name}} دعوت کرده است{{else}}شما به {{organization.name}} دعوت شده‌اید{{/if}}',
    heading: 'پیوستن به {{organization.name}}',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}یکی از اعضای تیم{{/if}} شما را برای پیوستن به {{organization.name}} دعوت کرده است.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: verificationSubject,
    preheader: confirmIdentity,
    heading: confirmIdentity,
    intro: `برای تأیید هویت خود پیش از ادامه، ${enterCode}`,
    note: `${expiry} ${someoneChanging}`,
    byLink: {
      subject: confirmIdentity,
      intro: `برای تأیید هویت خود پیش از ادامه، ${click}`,
      note: `${linkExpiry} ${someoneChanging}`,
      action: 'تأیید هویت',
    },
  },
  BindNewIdentifier: {
    subject: verificationSubject,
    preheader: 'آدرس ایمیل جدید خود را تأیید کنید',
    heading: confirmEmail,
    intro: `برای اتصال این آدرس ایمیل به حساب کاربری خود، ${enterCode}`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'آدرس ایمیل جدید خود را تأیید کنید',
      intro: `برای اتصال این آدرس ایمیل به حساب کاربری خود، ${click}`,
      note: `${linkExpiry} ${ignore}`,
      action: 'تأیید آدرس ایمیل',
    },
  },
  MfaVerification: {
    subject: verificationSubject,
    preheader: 'کد تأیید دو مرحله‌ای شما',
    heading: 'تأیید دو مرحله‌ای',
    intro: `برای تکمیل ورود به ${app}، ${enterCode}`,
    note: `${expiry} ${notSignedIn}`,
    byLink: {
      subject: 'پیوند تأیید دو مرحله‌ای شما',
      intro: `برای تکمیل ورود به ${app}، ${click}`,
      note: `${linkExpiry} ${notSignedIn}`,
      action: 'ادامه ورود',
    },
  },
  BindMfa: {
    subject: verificationSubject,
    preheader: setUpTwoStep,
    heading: setUpTwoStep,
    intro: `برای استفاده از این آدرس ایمیل در تأیید دو مرحله‌ای، ${enterCode}`,
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: setUpTwoStep,
      intro: `برای استفاده از این آدرس ایمیل در تأیید دو مرحله‌ای، ${click}`,
      note: `${linkExpiry} ${ignore}`,
      action: 'تأیید',
    },
  },
  DeleteAccount: {
    subject: 'کد حذف حساب کاربری شما: {{code}}',
    preheader: 'تأیید کنید که می‌خواهید حساب کاربری خود را حذف کنید',
    heading: 'حذف حساب کاربری',
    intro: `برای تأیید اینکه می‌خواهید حساب کاربری خود${inApp} را حذف کنید، ${enterCode}`,
    note: `${expiry} ${irreversible} اگر این درخواست را شما نداده‌اید، این کد را در اختیار هیچ‌کس قرار ندهید و رمز عبور خود را تغییر دهید.`,
    byLink: {
      subject: 'تأیید کنید که می‌خواهید حساب کاربری خود را حذف کنید',
      intro: `برای تأیید اینکه می‌خواهید حساب کاربری خود${inApp} را حذف کنید، ${click}`,
      note: `${linkExpiry} ${irreversible} اگر این درخواست را شما نداده‌اید، روی دکمه کلیک نکنید و رمز عبور خود را تغییر دهید.`,
      action: 'حذف حساب کاربری من',
    },
  },
  Invite: {
    subject: 'شما{{#if application}} به {{application.name}}{{/if}} دعوت شده‌اید',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} شما را برای ایجاد حساب کاربری دعوت کرده است{{else}}شما برای ایجاد حساب کاربری دعوت شده‌اید{{/if}}',
    heading: 'شما دعوت شده‌اید',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}شخصی{{/if}} شما را برای ایجاد حساب کاربری{{#if application}} در {{application.name}}{{/if}} دعوت کرده است. دعوت را بپذیرید تا روش ورود خود را انتخاب کنید.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject: '{{#if application}}به {{application.name}} خوش آمدید{{else}}خوش آمدید{{/if}}',
    preheader: 'حساب کاربری شما آماده است',
    heading: 'خوش آمدید{{#if user.name}}، {{user.name}}{{/if}}',
    intro: `از ثبت‌نام شما${inApp} سپاسگزاریم. حساب کاربری شما آماده استفاده است.`,
    note: 'اگر این حساب کاربری را شما ایجاد نکرده‌اید، می‌توانید این ایمیل را نادیده بگیرید.',
  },
  PasswordChanged: {
    subject: 'رمز عبور شما تغییر کرد',
    preheader: `رمز عبور حساب کاربری شما${inApp} تغییر کرد`,
    heading: 'رمز عبور شما تغییر کرد',
    intro: `رمز عبور حساب کاربری شما${inApp} تغییر کرد.`,
    details: { time: 'زمان' },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `ورود جدید به ${app}`,
    preheader: 'ورود از دستگاهی ناشناس',
    heading: 'آیا این شما بودید؟',
    intro: `ورود جدیدی به ${app} از دستگاهی انجام شد که پیش‌تر آن را ندیده بودیم:`,
    details: { time: 'زمان', device: 'دستگاه', ip: 'آدرس IP', location: 'مکان' },
    note: 'اگر این شما بودید، نیازی به اقدام دیگری نیست. در غیر این صورت، فوراً رمز عبور خود را تغییر دهید.',
  },
  EmailChanged: {
    subject: 'آدرس ایمیل شما تغییر کرد',
    preheader: `آدرس ایمیل حساب کاربری شما${inApp} تغییر کرد`,
    heading: 'آدرس ایمیل شما تغییر کرد',
    intro: `آدرس ایمیل حساب کاربری شما${inApp} تغییر کرد.`,
    details: { time: 'زمان', oldEmail: 'آدرس قبلی', newEmail: 'آدرس جدید' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: 'شماره تلفن شما تغییر کرد',
    preheader: `شماره تلفن حساب کاربری شما${inApp} تغییر کرد`,
    heading: 'شماره تلفن شما تغییر کرد',
    intro: `شماره تلفن حساب کاربری شما${inApp} تغییر کرد.`,
    details: { time: 'زمان', oldPhone: 'شماره قبلی', newPhone: 'شماره جدید' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: 'یک روش ورود به حساب کاربری شما اضافه شد',
    preheader: `روشی جدید برای ورود به ${app}`,
    heading: 'روش ورود اضافه شد',
    intro: `یک روش ورود جدید به حساب کاربری شما${inApp} متصل شد.`,
    details: { time: 'زمان', provider: 'روش ورود' },
    note: `${ifYou} ${resetNow} و این روش ورود را حذف کنید.`,
  },
  IdentityUnlinked: {
    subject: 'یک روش ورود از حساب کاربری شما حذف شد',
    preheader: `یکی از روش‌های ورود به ${app} حذف شد`,
    heading: 'روش ورود حذف شد',
    intro: `اتصال یک روش ورود از حساب کاربری شما${inApp} قطع شد.`,
    details: { time: 'زمان', provider: 'روش ورود' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: 'یک روش تأیید دو مرحله‌ای اضافه شد',
    preheader: `تأیید دو مرحله‌ای حساب کاربری شما${inApp} تغییر کرد`,
    heading: 'روش تأیید دو مرحله‌ای اضافه شد',
    intro: `یک روش جدید تأیید دو مرحله‌ای به حساب کاربری شما${inApp} اضافه شد.`,
    details: { time: 'زمان', factorType: 'روش' },
    note: `${ifYou} ${resetNow} و این روش را حذف کنید.`,
  },
  MfaFactorUnenrolled: {
    subject: 'یک روش تأیید دو مرحله‌ای حذف شد',
    preheader: `تأیید دو مرحله‌ای حساب کاربری شما${inApp} تغییر کرد`,
    heading: 'روش تأیید دو مرحله‌ای حذف شد',
    intro: `یک روش تأیید دو مرحله‌ای از حساب کاربری شما${inApp} حذف شد.`,
    details: { time: 'زمان', factorType: 'روش' },
    note: `${ifYou} ${resetNow}؛ حساب کاربری شما اکنون کمتر محافظت می‌شود.`,
  },
};
