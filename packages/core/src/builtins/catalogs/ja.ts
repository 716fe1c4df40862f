import type { BuiltinCatalog } from '../catalog.js';

const app = '{{#if application}}{{application.name}}{{else}}アカウント{{/if}}';
/** "アカウント", preceded by the application's name and "の" when there is one. */
const account = '{{#if application}}{{application.name}}の{{/if}}アカウント';
const expiry = 'コードの有効期限は{{expiresInMinutes}}分です。';
const linkExpiry = 'リンクの有効期限は{{expiresInMinutes}}分です。';
const ignore = 'お心当たりのない場合は、このメールを無視してください。';
/** "Select the button", as the end of a sentence that starts with "…には、". */
const click = '次のボタンをクリックしてください。';
const resetIgnore =
  'パスワードの再設定を申請されていない場合も、アカウントは安全です。このメールは無視してください。';
const someoneChanging =
  'お心当たりのない場合、第三者がアカウントを変更しようとしている可能性があります。パスワードを変更してください。';
const notSignedIn = 'ログインした覚えがない場合は、パスワードを変更してください。';
const irreversible = '削除したアカウントは元に戻せません。';
const unexpectedInvitation = 'お心当たりのない招待の場合は、このメールを無視してください。';
const acceptInvitation = '招待を承諾する';
const ifYou = 'ご自身で変更された場合は、特に対応は必要ありません。';
const resetNow = 'お心当たりのない場合は、すぐにパスワードを再設定し、';
const someoneElse = `${ifYou}お心当たりのない場合は、第三者がアカウントを使用している可能性があります。すぐにパスワードを再設定してください。`;

/** Japanese wording of the built-in emails. */
export const ja: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}}はログイン用の認証コードです',
    preheader: `${app}へのログイン用コードです`,
    heading: `${app}にログイン`,
    intro: 'ログインを完了するには、次のコードを入力してください。',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: `${app}にログイン`,
      intro: `ログインを完了するには、${click}`,
      note: `${linkExpiry}${ignore}`,
      action: 'ログインする',
    },
  },
  Register: {
    subject: '{{code}}は認証コードです',
    preheader: 'メールアドレスを確認してください',
    heading: '{{#if application}}{{application.name}}へようこそ{{else}}ようこそ{{/if}}',
    intro: 'メールアドレスを確認してアカウントを作成するには、次のコードを入力してください。',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: 'メールアドレスを確認してください',
      intro: `メールアドレスを確認してアカウントを作成するには、${click}`,
      note: `${linkExpiry}${ignore}`,
      action: 'メールアドレスを確認する',
    },
  },
  ForgotPassword: {
    subject: '{{code}}はパスワード再設定用のコードです',
    preheader: `${app}のパスワードを再設定します`,
    heading: 'パスワードの再設定',
    intro: '新しいパスワードを設定するには、次のコードを入力してください。',
    note: `${expiry}${resetIgnore}`,
    byLink: {
      subject: 'パスワードの再設定',
      intro: `新しいパスワードを設定するには、${click}`,
      note: `${linkExpiry}${resetIgnore}`,
      action: 'パスワードを再設定する',
    },
  },
  Generic: {
    subject: '{{code}}は認証コードです',
    preheader: '認証コードをお知らせします',
    heading: '認証コード',
    intro: '続行するには、次のコードを入力してください。',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: '認証用リンクのお知らせ',
      intro: `続行するには、${click}`,
      note: `${linkExpiry}${ignore}`,
      action: '続行する',
    },
  },
  OrganizationInvitation: {
    subject: '{{organization.name}}への招待が届いています',
    preheader:
      '{{#if inviter.name}}{{inviter.name}}さんから{{organization.name}}への招待が届いています{{else}}{{organization.name}}への招待が届いています{{/if}}',
    heading: '{{organization.name}}に参加しましょう',
    intro:
      '{{#if inviter.name}}{{inviter.name}}さん{{else}}チームのメンバー{{/if}}から{{organization.name}}への招待が届きました。',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: '{{code}}は認証コードです',
    preheader: 'ご本人確認のお願い',
    heading: 'ご本人確認',
    intro: '続行する前にご本人であることを確認するため、次のコードを入力してください。',
    note: `${expiry}${someoneChanging}`,
    byLink: {
      subject: 'ご本人確認のお願い',
      intro: `続行する前にご本人であることを確認するため、${click}`,
      note: `${linkExpiry}${someoneChanging}`,
      action: '本人確認する',
    },
  },
  BindNewIdentifier: {
    subject: '{{code}}は認証コードです',
    preheader: '新しいメールアドレスを確認してください',
    heading: 'メールアドレスの確認',
    intro: 'このメールアドレスをアカウントに登録するには、次のコードを入力してください。',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: '新しいメールアドレスを確認してください',
      intro: `このメールアドレスをアカウントに登録するには、${click}`,
      note: `${linkExpiry}${ignore}`,
      action: 'メールアドレスを確認する',
    },
  },
  MfaVerification: {
    subject: '{{code}}は認証コードです',
    preheader: '2段階認証のコードです',
    heading: '2段階認証',
    intro: `${app}へのログインを完了するには、次のコードを入力してください。`,
    note: `${expiry}${notSignedIn}`,
    byLink: {
      subject: '2段階認証用リンクのお知らせ',
      intro: `${app}へのログインを完了するには、${click}`,
      note: `${linkExpiry}${notSignedIn}`,
      action: 'ログインを続ける',
    },
  },
  BindMfa: {
    subject: '{{code}}は認証コードです',
    preheader: '2段階認証を設定します',
    heading: '2段階認証の設定',
    intro: 'このメールアドレスを2段階認証に使用するには、次のコードを入力してください。',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: '2段階認証の設定',
      intro: `このメールアドレスを2段階認証に使用するには、${click}`,
      note: `${linkExpiry}${ignore}`,
      action: '確認する',
    },
  },
  DeleteAccount: {
    subject: '{{code}}はアカウント削除用の認証コードです',
    preheader: 'アカウント削除の確認',
    heading: 'アカウントの削除',
    intro: `${account}を削除してよろしければ、次のコードを入力してください。`,
    note: `${expiry}${irreversible}お心当たりのない場合は、このコードを誰にも伝えず、パスワードを変更してください。`,
    byLink: {
      subject: 'アカウント削除の確認',
      intro: `${account}を削除してよろしければ、${click}`,
      note: `${linkExpiry}${irreversible}お心当たりのない場合は、ボタンをクリックせずに、パスワードを変更してください。`,
      action: 'アカウントを削除する',
    },
  },
  Invite: {
    subject: '{{#if application}}{{application.name}}への{{/if}}招待が届いています',
    preheader:
      '{{#if inviter.name}}{{inviter.name}}さんから{{/if}}アカウント作成への招待が届いています',
    heading: '招待が届いています',
    intro:
      '{{#if inviter.name}}{{inviter.name}}さんから{{/if}}{{#if application}}{{application.name}}の{{/if}}アカウント作成への招待が届きました。招待を承諾して、ログイン方法を選択してください。',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  Welcome: {
    subject:
      '{{#if application}}{{application.name}}へようこそ{{else}}ご登録ありがとうございます{{/if}}',
    preheader: 'アカウントの準備ができました',
    heading: '{{#if user.name}}{{user.name}}さん、{{/if}}ようこそ',
    intro:
      '{{#if application}}{{application.name}}に{{/if}}ご登録いただきありがとうございます。アカウントはすぐにご利用いただけます。',
    note: 'アカウントを作成した覚えがない場合は、このメールを無視してください。',
  },
  PasswordChanged: {
    subject: 'パスワードが変更されました',
    preheader: `${app}のパスワードが変更されました`,
    heading: 'パスワードが変更されました',
    intro: `${app}のパスワードが変更されました。`,
    details: { time: '日時' },
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `新しいデバイスから${app}へのログインがありました`,
    preheader: '見慣れないデバイスからのログインを検出しました',
    heading: 'ご本人によるログインですか？',
    intro: `これまでに使用されたことのないデバイスから${app}へのログインがありました。`,
    details: { time: '日時', device: 'デバイス', ip: 'IPアドレス', location: '場所' },
    note: 'ご本人によるログインであれば、特に対応は必要ありません。お心当たりのない場合は、すぐにパスワードを変更してください。',
  },
  EmailChanged: {
    subject: 'メールアドレスが変更されました',
    preheader: `${app}のメールアドレスが変更されました`,
    heading: 'メールアドレスが変更されました',
    intro: `${app}のメールアドレスが変更されました。`,
    details: { time: '日時', oldEmail: '変更前のアドレス', newEmail: '変更後のアドレス' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: '電話番号が変更されました',
    preheader: `${app}の電話番号が変更されました`,
    heading: '電話番号が変更されました',
    intro: `${app}の電話番号が変更されました。`,
    details: { time: '日時', oldPhone: '変更前の番号', newPhone: '変更後の番号' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: 'アカウントにログイン方法が追加されました',
    preheader: `${app}への新しいログイン方法が追加されました`,
    heading: 'ログイン方法が追加されました',
    intro: `${account}に新しいログイン方法が連携されました。`,
    details: { time: '日時', provider: 'ログイン方法' },
    note: `${ifYou}${resetNow}このログイン方法を削除してください。`,
  },
  IdentityUnlinked: {
    subject: 'アカウントからログイン方法が削除されました',
    preheader: `${app}へのログイン方法が削除されました`,
    heading: 'ログイン方法が削除されました',
    intro: `${account}からログイン方法の連携が解除されました。`,
    details: { time: '日時', provider: 'ログイン方法' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: '2段階認証の方法が追加されました',
    preheader: `${app}の2段階認証の設定が変更されました`,
    heading: '2段階認証の方法が追加されました',
    intro: `${account}に新しい2段階認証の方法が追加されました。`,
    details: { time: '日時', factorType: '認証方法' },
    note: `${ifYou}${resetNow}この認証方法を削除してください。`,
  },
  MfaFactorUnenrolled: {
    subject: '2段階認証の方法が削除されました',
    preheader: `${app}の2段階認証の設定が変更されました`,
    heading: '2段階認証の方法が削除されました',
    intro: `${account}から2段階認証の方法が削除されました。`,
    details: { time: '日時', factorType: '認証方法' },
    note: `${ifYou}お心当たりのない場合は、すぐにパスワードを再設定してください。現在、アカウントの保護が弱まっています。`,
  },
};
