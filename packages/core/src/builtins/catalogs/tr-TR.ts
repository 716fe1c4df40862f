import type { BuiltinCatalog } from '../catalog.js';
import { plural } from '../plural.js';

/**
 * "[Application] hesabınız" with a case suffix (`a` dative, `ın` genitive,
 * `ı` accusative, `dan` ablative), at the start of a sentence. The suffix
 * goes on "hesabınız", never on the application's name, whose vowel harmony
 * is unknown: "Acme hesabınıza", or "Hesabınıza" without an application.
 */
function account(suffix: string): string {
  return `{{#if application}}{{application.name}} hesabınız{{else}}Hesabınız{{/if}}${suffix}`;
}

/** Turkish nouns stay singular after a number: both plural categories read alike. */
function validity(sentence: string): string {
  return plural('expiresInMinutes', { one: sentence, other: sentence });
}

const expiry = validity('Kod {{expiresInMinutes}} dakika boyunca geçerlidir.');
const linkExpiry = validity('Bağlantı {{expiresInMinutes}} dakika boyunca geçerlidir.');
const ignore = 'Bu isteği siz yapmadıysanız bu e-postayı yok sayabilirsiniz.';
/** "Select the button", as the end of a sentence that starts with "… için". */
const click = 'aşağıdaki düğmeye tıklayın:';
const resetIgnore =
  'Şifre sıfırlama isteğinde bulunmadıysanız hesabınız güvendedir; bu e-postayı yok sayabilirsiniz.';
const someoneChanging =
  'Bu isteği siz yapmadıysanız birisi hesabınızda değişiklik yapmaya çalışıyor olabilir: şifrenizi değiştirin.';
const notSignedIn = 'Giriş yapmayı siz denemediyseniz şifrenizi değiştirin.';
const irreversible = 'Hesap silme işlemi geri alınamaz.';
const unexpectedInvitation = 'Bu daveti beklemiyorsanız bu e-postayı yok sayabilirsiniz.';
const acceptInvitation = 'Daveti kabul et';
/** The organization's name as a compound ("Acme organizasyonuna"), so it takes no suffix. */
const organizationDative = '{{organization.name}} organizasyonuna';
const verificationSubject = '{{code}} doğrulama kodunuzdur';
const confirmEmail = 'E-posta adresinizi doğrulayın';
const confirmIdentity = 'Kimliğinizi doğrulayın';
const setUpTwoStep = 'İki adımlı doğrulamayı ayarlayın';
const ifYou = 'Bu değişikliği siz yaptıysanız herhangi bir işlem yapmanıza gerek yoktur.';
const resetNow = 'Yapmadıysanız şifrenizi hemen sıfırlayın';
const someoneElse = `${ifYou} ${resetNow}: hesabınızı başka biri kullanıyor olabilir.`;

/** Turkish wording of the built-in emails, addressing the reader as "siz". */
export const trTR: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} giriş kodunuzdur',
    preheader: `${account('a')} giriş için kodunuz`,
    heading: `${account('a')} giriş yapın`,
    intro: 'Girişi tamamlamak için bu kodu girin:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: `${account('a')} giriş yapın`,
      intro: `Girişi tamamlamak için ${click}`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Giriş yap',
    },
  },
  Register: {
    subject: verificationSubject,
    preheader: confirmEmail,
    heading:
      '{{#if application}}{{application.name}} ailesine hoş geldiniz{{else}}Hoş geldiniz{{/if}}',
    intro: 'E-posta adresinizi doğrulamak ve hesabınızı oluşturmak için bu kodu girin:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: confirmEmail,
      intro: `E-posta adresinizi doğrulamak ve hesabınızı oluşturmak için ${click}`,
      note: `${linkExpiry} ${ignore}`,
      action: 'E-posta adresini doğrula',
    },
  },
  ForgotPassword: {
    subject: '{{code}} şifre sıfırlama kodunuzdur',
    preheader: `${account('ın')} şifresini sıfırlayın`,
    heading: 'Şifrenizi sıfırlayın',
    intro: 'Yeni bir şifre belirlemek için bu kodu girin:',
    note: `${expiry} ${resetIgnore}`,
    byLink: {
      subject: 'Şifrenizi sıfırlayın',
      intro: `Yeni bir şifre belirlemek için ${click}`,
      note: `${linkExpiry} ${resetIgnore}`,
      action: 'Şifreyi sıfırla',
    },
  },
  Generic: {
    subject: verificationSubject,
    preheader: 'Doğrulama kodunuz',
    heading: 'Doğrulama kodunuz',
    intro: 'Devam etmek için bu kodu girin:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Doğrulama bağlantınız',
      intro: `Devam etmek için ${click}`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Devam et',
    },
  },
  OrganizationInvitation: {
    subject: `${organizationDative} davet edildiniz`,
    preheader: `{{#if inviter.name}}{{inviter.name}} sizi ${organizationDative} davet etti{{else}}${organizationDative} davet edildiniz{{/if}}`,
    heading: `${organizationDative} katılın`,
    intro: `{{#if inviter.name}}{{inviter.name}}{{else}}Bir ekip üyesi{{/if}} sizi ${organizationDative} katılmaya davet etti.`,
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: verificationSubject,
    preheader: confirmIdentity,
    heading: confirmIdentity,
    intro: 'Devam etmeden önce kimliğinizi doğrulamak için bu kodu girin:',
    note: `${expiry} ${someoneChanging}`,
    byLink: {
      subject: confirmIdentity,
      intro: `Devam etmeden önce kimliğinizi doğrulamak için ${click}`,
      note: `${linkExpiry} ${someoneChanging}`,
      action: 'Kimliğimi doğrula',
    },
  },
  BindNewIdentifier: {
    subject: verificationSubject,
    preheader: 'Yeni e-posta adresinizi doğrulayın',
    heading: confirmEmail,
    intro: 'Bu e-posta adresini hesabınıza bağlamak için bu kodu girin:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Yeni e-posta adresinizi doğrulayın',
      intro: `Bu e-posta adresini hesabınıza bağlamak için ${click}`,
      note: `${linkExpiry} ${ignore}`,
      action: 'E-posta adresini doğrula',
    },
  },
  MfaVerification: {
    subject: verificationSubject,
    preheader: 'İki adımlı doğrulama kodunuz',
    heading: 'İki adımlı doğrulama',
    intro: `${account('a')} girişi tamamlamak için bu kodu girin:`,
    note: `${expiry} ${notSignedIn}`,
    byLink: {
      subject: 'İki adımlı doğrulama bağlantınız',
      intro: `${account('a')} girişi tamamlamak için ${click}`,
      note: `${linkExpiry} ${notSignedIn}`,
      action: 'Girişe devam et',
    },
  },
  BindMfa: {
    subject: verificationSubject,
    preheader: setUpTwoStep,
    heading: setUpTwoStep,
    intro: 'Bu e-posta adresini iki adımlı doğrulamada kullanmak için bu kodu girin:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: setUpTwoStep,
      intro: `Bu e-posta adresini iki adımlı doğrulamada kullanmak için ${click}`,
      note: `${linkExpiry} ${ignore}`,
      action: 'Onayla',
    },
  },
  DeleteAccount: {
    subject: '{{code}} hesap silme kodunuzdur',
    preheader: 'Hesabınızı silmek istediğinizi onaylayın',
    heading: 'Hesabınızı silin',
    intro: `${account('ı')} silmek istediğinizi onaylamak için bu kodu girin:`,
    note: `${expiry} ${irreversible} Bu isteği siz yapmadıysanız bu kodu kimseyle paylaşmayın ve şifrenizi değiştirin.`,
    byLink: {
      subject: 'Hesabınızı silmek istediğinizi onaylayın',
      intro: `${account('ı')} silmek istediğinizi onaylamak için ${click}`,
      note: `${linkExpiry} ${irreversible} Bu isteği siz yapmadıysanız düğmeye tıklamayın ve şifrenizi değiştirin.`,
      action: 'Hesabımı sil',
    },
  },
  Invite: {
    subject:
      '{{#if application}}{{application.name}} hesabı oluşturmaya davet edildiniz{{else}}Davet edildiniz{{/if}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}} sizi bir hesap oluşturmaya davet etti{{else}}Bir hesap oluşturmaya davet edildiniz{{/if}}',
    heading: 'Davet edildiniz',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Birisi{{/if}} sizi {{#if application}}bir {{application.name}} hesabı{{else}}bir hesap{{/if}} oluşturmaya davet etti. Nasıl giriş yapacağınızı seçmek için daveti kabul edin.',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject:
      '{{#if application}}{{application.name}} ailesine hoş geldiniz{{else}}Aramıza hoş geldiniz{{/if}}',
    preheader: 'Hesabınız kullanıma hazır',
    heading: 'Hoş geldiniz{{#if user.name}}, {{user.name}}{{/if}}',
    intro: `Kaydolduğunuz için teşekkür ederiz. ${account('')} kullanıma hazır.`,
    note: 'Bu hesabı siz oluşturmadıysanız bu e-postayı yok sayabilirsiniz.',
  },
  PasswordChanged: {
    subject: 'Şifreniz değiştirildi',
    preheader: `${account('ın')} şifresi değiştirildi`,
    heading: 'Şifreniz değiştirildi',
    intro: `${account('ın')} şifresi değiştirildi.`,
    details: { time: 'Zaman' },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `${account('a')} yeni giriş`,
    preheader: 'Tanımadığımız bir cihazdan giriş yapıldı',
    heading: 'Bu siz miydiniz?',
    intro: `${account('a')} daha önce görmediğimiz bir cihazdan giriş yapıldı:`,
    details: { time: 'Zaman', device: 'Cihaz', ip: 'IP adresi', location: 'Konum' },
    note: 'Giriş yapan sizseniz herhangi bir işlem yapmanıza gerek yoktur. Siz değilseniz şifrenizi hemen değiştirin.',
  },
  EmailChanged: {
    subject: 'E-posta adresiniz değiştirildi',
    preheader: `${account('ın')} e-posta adresi değiştirildi`,
    heading: 'E-posta adresiniz değiştirildi',
    intro: `${account('ın')} e-posta adresi değiştirildi.`,
    details: { time: 'Zaman', oldEmail: 'Önceki adres', newEmail: 'Yeni adres' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: 'Telefon numaranız değiştirildi',
    preheader: `${account('ın')} telefon numarası değiştirildi`,
    heading: 'Telefon numaranız değiştirildi',
    intro: `${account('ın')} telefon numarası değiştirildi.`,
    details: { time: 'Zaman', oldPhone: 'Önceki numara', newPhone: 'Yeni numara' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: 'Hesabınıza bir giriş yöntemi eklendi',
    preheader: `${account('a')} giriş yapmanın yeni bir yolu`,
    heading: 'Bir giriş yöntemi eklendi',
    intro: `${account('a')} yeni bir giriş yöntemi bağlandı.`,
    details: { time: 'Zaman', provider: 'Giriş yöntemi' },
    note: `${ifYou} ${resetNow} ve giriş yöntemini kaldırın.`,
  },
  IdentityUnlinked: {
    subject: 'Hesabınızdan bir giriş yöntemi kaldırıldı',
    preheader: `${account('a')} giriş yapmanın bir yolu kaldırıldı`,
    heading: 'Bir giriş yöntemi kaldırıldı',
    intro: `${account('dan')} bir giriş yönteminin bağlantısı kaldırıldı.`,
    details: { time: 'Zaman', provider: 'Giriş yöntemi' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: 'İki adımlı doğrulamaya yeni bir yöntem eklendi',
    preheader: `${account('ın')} iki adımlı doğrulama ayarları değişti`,
    heading: 'İki adımlı doğrulama yöntemi eklendi',
    intro: `${account('a')} iki adımlı doğrulama için yeni bir yöntem eklendi.`,
    details: { time: 'Zaman', factorType: 'Yöntem' },
    note: `${ifYou} ${resetNow} ve yöntemi kaldırın.`,
  },
  MfaFactorUnenrolled: {
    subject: 'İki adımlı doğrulama yöntemlerinizden biri kaldırıldı',
    preheader: `${account('ın')} iki adımlı doğrulama ayarları değişti`,
    heading: 'İki adımlı doğrulama yöntemi kaldırıldı',
    intro: `${account('ın')} iki adımlı doğrulama yöntemlerinden biri kaldırıldı.`,
    details: { time: 'Zaman', factorType: 'Yöntem' },
    note: `${ifYou} ${resetNow}: hesabınız artık daha az korunuyor.`,
  },
};
