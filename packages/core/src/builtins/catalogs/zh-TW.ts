import type { BuiltinCatalog } from '../catalog.js';

/** The application, or "your account". Names sit flush against the Chinese text: they may be Chinese too. */
const app = '{{#if application}}{{application.name}}{{else}}您的帳號{{/if}}';
/** "Your account at {{application.name}}", or "your account", before 密碼 or a verb. */
const appAccount = '{{#if application}}您在{{application.name}}的帳號{{else}}您的帳號{{/if}}';
const expiry = '此驗證碼將在 {{expiresInMinutes}} 分鐘後失效。';
const linkExpiry = '此連結將在 {{expiresInMinutes}} 分鐘後失效。';
const notYou = '如果這不是您本人的操作';
const ignore = `${notYou}，請忽略這封電子郵件。`;
/** "Select the button", as the start of a sentence followed by 以 or a comma. */
const click = '請點選下方按鈕';
const resetIgnore = '如果您沒有要求重設密碼，您的帳號仍然安全，請忽略這封電子郵件。';
const someoneChanging = `${notYou}，可能有人正試圖變更您的帳號，請立即變更密碼。`;
const notSignedIn = '如果您並未嘗試登入，請立即變更密碼。';
const irreversible = '帳號刪除後將無法復原。';
const unexpectedInvitation = '如果您並未預期收到這份邀請，請忽略這封電子郵件。';
const acceptInvitation = '接受邀請';
const verifyEmail = '請驗證您的電子郵件地址';
const verifyNewEmail = '請驗證您的新電子郵件地址';
const confirmItsYou = '請確認是您本人';
const confirmDeletion = '請確認您要刪除帳號';
const setUpMfa = '設定兩步驟驗證';
const ifYou = '如果這是您本人的操作，則無須採取任何行動。';
const resetNow = '如果不是，請立即重設密碼';
const someoneElse = `${ifYou}${resetNow}，因為可能有他人正在使用您的帳號。`;
const mfaChanged = `${appAccount}兩步驟驗證設定已變更`;
const time = '時間';
const signInMethod = '登入方式';
const mfaMethod = '驗證方式';

/** Traditional Chinese wording of the built-in emails, as written in Taiwan. */
export const zhTW: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} 是您的登入驗證碼',
    preheader: `這是登入${app}所需的驗證碼`,
    heading: `登入${app}`,
    intro: '請輸入以下驗證碼以完成登入：',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: `登入${app}`,
      intro: `${click}以完成登入：`,
      note: `${linkExpiry}${ignore}`,
      action: '登入',
    },
  },
  Register: {
    subject: '{{code}} 是您的驗證碼',
    preheader: verifyEmail,
    heading: '{{#if application}}歡迎使用{{application.name}}{{else}}歡迎{{/if}}',
    intro: '請輸入以下驗證碼，以驗證您的電子郵件地址並建立帳號：',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: verifyEmail,
      intro: `${click}，以驗證您的電子郵件地址並建立帳號：`,
      note: `${linkExpiry}${ignore}`,
      action: '驗證電子郵件地址',
    },
  },
  ForgotPassword: {
    subject: '{{code}} 是您的密碼重設驗證碼',
    preheader: `重設${appAccount}密碼`,
    heading: '重設您的密碼',
    intro: '請輸入以下驗證碼以設定新密碼：',
    note: `${expiry}${resetIgnore}`,
    byLink: {
      subject: '重設您的密碼',
      intro: `${click}以設定新密碼：`,
      note: `${linkExpiry}${resetIgnore}`,
      action: '重設密碼',
    },
  },
  Generic: {
    subject: '{{code}} 是您的驗證碼',
    preheader: '您的驗證碼',
    heading: '您的驗證碼',
    intro: '請輸入以下驗證碼以繼續：',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: '您的驗證連結',
      intro: `${click}以繼續：`,
      note: `${linkExpiry}${ignore}`,
      action: '繼續',
    },
  },
  OrganizationInvitation: {
    subject: '您已受邀加入{{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}}邀請您加入{{organization.name}}{{else}}您已受邀加入{{organization.name}}{{/if}}',
    heading: '加入{{organization.name}}',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}一位團隊成員{{/if}}邀請您加入{{organization.name}}。',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: '{{code}} 是您的驗證碼',
    preheader: confirmItsYou,
    heading: '確認是您本人',
    intro: '在繼續之前，請輸入以下驗證碼以確認您的身分：',
    note: `${expiry}${someoneChanging}`,
    byLink: {
      subject: confirmItsYou,
      intro: `在繼續之前，${click}以確認您的身分：`,
      note: `${linkExpiry}${someoneChanging}`,
      action: '確認身分',
    },
  },
  BindNewIdentifier: {
    subject: '{{code}} 是您的驗證碼',
    preheader: verifyNewEmail,
    heading: '驗證您的電子郵件地址',
    intro: '請輸入以下驗證碼，將此電子郵件地址連結至您的帳號：',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: verifyNewEmail,
      intro: `${click}，將此電子郵件地址連結至您的帳號：`,
      note: `${linkExpiry}${ignore}`,
      action: '驗證電子郵件地址',
    },
  },
  MfaVerification: {
    subject: '{{code}} 是您的驗證碼',
    preheader: '您的兩步驟驗證碼',
    heading: '兩步驟驗證',
    intro: `請輸入以下驗證碼以完成登入${app}：`,
    note: `${expiry}${notSignedIn}`,
    byLink: {
      subject: '您的兩步驟驗證連結',
      intro: `${click}以完成登入${app}：`,
      note: `${linkExpiry}${notSignedIn}`,
      action: '繼續登入',
    },
  },
  BindMfa: {
    subject: '{{code}} 是您的驗證碼',
    preheader: setUpMfa,
    heading: setUpMfa,
    intro: '請輸入以下驗證碼，將此電子郵件地址用於兩步驟驗證：',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: setUpMfa,
      intro: `${click}，將此電子郵件地址用於兩步驟驗證：`,
      note: `${linkExpiry}${ignore}`,
      action: '確認',
    },
  },
  DeleteAccount: {
    subject: '{{code}} 是您的帳號刪除驗證碼',
    preheader: confirmDeletion,
    heading: '刪除您的帳號',
    intro: `請輸入以下驗證碼，確認刪除${appAccount}：`,
    note: `${expiry}${irreversible}${notYou}，請勿將驗證碼提供給任何人，並立即變更密碼。`,
    byLink: {
      subject: confirmDeletion,
      intro: `${click}，確認刪除${appAccount}：`,
      note: `${linkExpiry}${irreversible}${notYou}，請勿點選該按鈕，並立即變更密碼。`,
      action: '刪除我的帳號',
    },
  },
  Invite: {
    subject: '{{#if application}}您已受邀加入{{application.name}}{{else}}您收到一份邀請{{/if}}',
    preheader: '{{#if inviter.name}}{{inviter.name}}邀請您建立帳號{{else}}您已受邀建立帳號{{/if}}',
    heading: '您收到一份邀請',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}有人{{/if}}邀請您建立{{#if application}}{{application.name}}的{{/if}}帳號。接受邀請後，即可選擇您的登入方式。',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject: '{{#if application}}歡迎使用{{application.name}}{{else}}歡迎加入{{/if}}',
    preheader: '您的帳號已可開始使用',
    heading: '{{#if user.name}}{{user.name}}，{{/if}}歡迎您',
    intro: '感謝您註冊{{#if application}}{{application.name}}{{/if}}。您的帳號現在已可開始使用。',
    note: '如果您並未建立此帳號，請忽略這封電子郵件。',
  },
  PasswordChanged: {
    subject: '您的密碼已變更',
    preheader: `${appAccount}密碼已變更`,
    heading: '您的密碼已變更',
    intro: `${appAccount}密碼已變更。`,
    details: { time },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `${app}新裝置登入通知`,
    preheader: '我們偵測到一次來自陌生裝置的登入',
    heading: '是您本人登入嗎？',
    intro: `有人在一部從未使用過的裝置上登入${appAccount}：`,
    details: { time, device: '裝置', ip: 'IP 位址', location: '位置' },
    note: '如果是您本人登入，則無須採取任何行動。如果不是，請立即變更密碼。',
  },
  EmailChanged: {
    subject: '您的電子郵件地址已變更',
    preheader: `${appAccount}電子郵件地址已變更`,
    heading: '您的電子郵件地址已變更',
    intro: `${appAccount}電子郵件地址已變更。`,
    details: { time, oldEmail: '原電子郵件地址', newEmail: '新電子郵件地址' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: '您的手機號碼已變更',
    preheader: `${appAccount}手機號碼已變更`,
    heading: '您的手機號碼已變更',
    intro: `${appAccount}手機號碼已變更。`,
    details: { time, oldPhone: '原手機號碼', newPhone: '新手機號碼' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: '您的帳號已新增登入方式',
    preheader: `登入${app}的新方式`,
    heading: '已新增登入方式',
    intro: `${appAccount}已連結一種新的登入方式。`,
    details: { time, provider: signInMethod },
    note: `${ifYou}${resetNow}，並移除該登入方式。`,
  },
  IdentityUnlinked: {
    subject: '您的帳號已移除一種登入方式',
    preheader: `登入${app}的一種方式已被移除`,
    heading: '已移除登入方式',
    intro: `${appAccount}已解除連結一種登入方式。`,
    details: { time, provider: signInMethod },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: '已新增兩步驟驗證方式',
    preheader: mfaChanged,
    heading: '已新增兩步驟驗證方式',
    intro: `${appAccount}已新增一種兩步驟驗證方式。`,
    details: { time, factorType: mfaMethod },
    note: `${ifYou}${resetNow}，並移除該驗證方式。`,
  },
  MfaFactorUnenrolled: {
    subject: '已移除兩步驟驗證方式',
    preheader: mfaChanged,
    heading: '已移除兩步驟驗證方式',
    intro: `${appAccount}已移除一種兩步驟驗證方式。`,
    details: { time, factorType: mfaMethod },
    note: `${ifYou}${resetNow}，因為您的帳號目前的安全性已降低。`,
  },
};
