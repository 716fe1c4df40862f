import type { BuiltinCatalog } from '../catalog.js';

/** The application, or "your account". Names sit flush against the Chinese text: they may be Chinese too. */
const app = '{{#if application}}{{application.name}}{{else}}您的帳戶{{/if}}';
/** "Your account at {{application.name}}", or "your account", before 密碼 or a verb. */
const appAccount = '{{#if application}}您在{{application.name}}的帳戶{{else}}您的帳戶{{/if}}';
const expiry = '驗證碼有效時間為 {{expiresInMinutes}} 分鐘。';
const linkExpiry = '連結有效時間為 {{expiresInMinutes}} 分鐘。';
const notYou = '如非您本人操作';
const ignore = `${notYou}，請忽略此電郵。`;
/** "Select the button", as the start of a sentence followed by 以 or a comma. */
const click = '請按下方按鈕';
const resetIgnore = '如您並未要求重設密碼，您的帳戶仍然安全，請忽略此電郵。';
const changePassword = '並立即更改密碼。';
const someoneChanging = `${notYou}，可能有人正嘗試更改您的帳戶資料，請立即更改密碼。`;
const notSignedIn = '如您並未嘗試登入，請立即更改密碼。';
const irreversible = '帳戶一經刪除便無法恢復。';
const unexpectedInvitation = '如您並未預期收到此邀請，請忽略此電郵。';
const acceptInvitation = '接受邀請';
const verifyEmail = '請驗證您的電郵地址';
const verifyNewEmail = '請驗證您的新電郵地址';
const confirmItsYou = '請確認是您本人';
const confirmDeletion = '請確認您要刪除帳戶';
const setUpMfa = '設定兩步驗證';
const ifYou = '如這是您本人操作，則毋須採取任何行動。';
const resetNow = `${notYou}，請立即重設密碼`;
const someoneElse = `${ifYou}${resetNow}，因為可能有其他人正在使用您的帳戶。`;
const mfaChanged = `${appAccount}兩步驗證設定已更改`;
const time = '時間';
const signInMethod = '登入方式';
const mfaMethod = '驗證方式';

/** Traditional Chinese wording of the built-in emails, as written in Hong Kong. */
export const zhHK: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} 是您的登入驗證碼',
    preheader: `用於登入${app}的驗證碼`,
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
    intro: '請輸入以下驗證碼，以驗證您的電郵地址並建立帳戶：',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: verifyEmail,
      intro: `${click}，以驗證您的電郵地址並建立帳戶：`,
      note: `${linkExpiry}${ignore}`,
      action: '驗證電郵地址',
    },
  },
  ForgotPassword: {
    subject: '{{code}} 是您的重設密碼驗證碼',
    preheader: `重設${appAccount}密碼`,
    heading: '重設密碼',
    intro: '請輸入以下驗證碼以設定新密碼：',
    note: `${expiry}${resetIgnore}`,
    byLink: {
      subject: '重設密碼',
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
    subject: '您獲邀加入{{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}}邀請您加入{{organization.name}}{{else}}您獲邀加入{{organization.name}}{{/if}}',
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
    intro: '繼續操作前，請輸入以下驗證碼以確認您的身份：',
    note: `${expiry}${someoneChanging}`,
    byLink: {
      subject: confirmItsYou,
      intro: `繼續操作前，${click}以確認您的身份：`,
      note: `${linkExpiry}${someoneChanging}`,
      action: '確認身份',
    },
  },
  BindNewIdentifier: {
    subject: '{{code}} 是您的驗證碼',
    preheader: verifyNewEmail,
    heading: '驗證您的電郵地址',
    intro: '請輸入以下驗證碼，將此電郵地址連結至您的帳戶：',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: verifyNewEmail,
      intro: `${click}，將此電郵地址連結至您的帳戶：`,
      note: `${linkExpiry}${ignore}`,
      action: '驗證電郵地址',
    },
  },
  MfaVerification: {
    subject: '{{code}} 是您的驗證碼',
    preheader: '您的兩步驗證碼',
    heading: '兩步驗證',
    intro: `請輸入以下驗證碼以完成登入${app}：`,
    note: `${expiry}${notSignedIn}`,
    byLink: {
      subject: '您的兩步驗證連結',
      intro: `${click}以完成登入${app}：`,
      note: `${linkExpiry}${notSignedIn}`,
      action: '繼續登入',
    },
  },
  BindMfa: {
    subject: '{{code}} 是您的驗證碼',
    preheader: setUpMfa,
    heading: setUpMfa,
    intro: '請輸入以下驗證碼，將此電郵地址用於兩步驗證：',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: setUpMfa,
      intro: `${click}，將此電郵地址用於兩步驗證：`,
      note: `${linkExpiry}${ignore}`,
      action: '確認',
    },
  },
  DeleteAccount: {
    subject: '{{code}} 是您的刪除帳戶驗證碼',
    preheader: confirmDeletion,
    heading: '刪除您的帳戶',
    intro: `請輸入以下驗證碼，確認刪除${appAccount}：`,
    note: `${expiry}${irreversible}${notYou}，請勿向任何人透露此驗證碼，${changePassword}`,
    byLink: {
      subject: confirmDeletion,
      intro: `${click}，確認刪除${appAccount}：`,
      note: `${linkExpiry}${irreversible}${notYou}，請勿按下該按鈕，${changePassword}`,
      action: '刪除我的帳戶',
    },
  },
  Invite: {
    subject: '{{#if application}}您獲邀加入{{application.name}}{{else}}您收到一份邀請{{/if}}',
    preheader: '{{#if inviter.name}}{{inviter.name}}邀請您建立帳戶{{else}}您獲邀建立帳戶{{/if}}',
    heading: '您收到一份邀請',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}有人{{/if}}邀請您建立{{#if application}}{{application.name}}{{/if}}帳戶。接受邀請後，即可選擇您的登入方式。',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject: '{{#if application}}歡迎使用{{application.name}}{{else}}歡迎加入{{/if}}',
    preheader: '您的帳戶已準備就緒',
    heading: '{{#if user.name}}{{user.name}}，{{/if}}歡迎您',
    intro: '多謝您註冊{{#if application}}{{application.name}}{{/if}}。您的帳戶現已可以使用。',
    note: '如您並未建立此帳戶，請忽略此電郵。',
  },
  PasswordChanged: {
    subject: '您的密碼已更改',
    preheader: `${appAccount}密碼已更改`,
    heading: '您的密碼已更改',
    intro: `${appAccount}密碼已更改。`,
    details: { time },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `${app}新裝置登入通知`,
    preheader: '我們偵測到有陌生裝置登入',
    heading: '是您本人登入嗎？',
    intro: `有人在一部從未使用過的裝置上登入${appAccount}：`,
    details: { time, device: '裝置', ip: 'IP 地址', location: '地點' },
    note: '如這是您本人登入，則毋須採取任何行動。如非您本人登入，請立即更改密碼。',
  },
  EmailChanged: {
    subject: '您的電郵地址已更改',
    preheader: `${appAccount}電郵地址已更改`,
    heading: '您的電郵地址已更改',
    intro: `${appAccount}電郵地址已更改。`,
    details: { time, oldEmail: '原電郵地址', newEmail: '新電郵地址' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: '您的手機號碼已更改',
    preheader: `${appAccount}手機號碼已更改`,
    heading: '您的手機號碼已更改',
    intro: `${appAccount}手機號碼已更改。`,
    details: { time, oldPhone: '原手機號碼', newPhone: '新手機號碼' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: '您的帳戶已新增登入方式',
    preheader: `登入${app}的新方式`,
    heading: '已新增登入方式',
    intro: `${appAccount}已連結一種新的登入方式。`,
    details: { time, provider: signInMethod },
    note: `${ifYou}${resetNow}，並移除該登入方式。`,
  },
  IdentityUnlinked: {
    subject: '您的帳戶已移除一種登入方式',
    preheader: `登入${app}的其中一種方式已被移除`,
    heading: '已移除登入方式',
    intro: `${appAccount}已解除連結一種登入方式。`,
    details: { time, provider: signInMethod },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: '已新增兩步驗證方式',
    preheader: mfaChanged,
    heading: '已新增兩步驗證方式',
    intro: `${appAccount}已新增一種兩步驗證方式。`,
    details: { time, factorType: mfaMethod },
    note: `${ifYou}${resetNow}，並移除該驗證方式。`,
  },
  MfaFactorUnenrolled: {
    subject: '已移除兩步驗證方式',
    preheader: mfaChanged,
    heading: '已移除兩步驗證方式',
    intro: `${appAccount}已移除一種兩步驗證方式。`,
    details: { time, factorType: mfaMethod },
    note: `${ifYou}${resetNow}，因為您的帳戶現時的保護程度已降低。`,
  },
};
