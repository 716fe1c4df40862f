import type { BuiltinCatalog } from '../catalog.js';

const app = '{{#if application}}{{application.name}}{{else}}アカウント{{/if}}';
const expiry = 'コードの有効期限は{{expiresInMinutes}}分です。';
const ignore = 'お心当たりのない場合は、このメールを無視してください。';

/** Japanese wording of the built-in emails. */
export const ja: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}}はログイン用の認証コードです',
    preheader: `${app}へのログイン用コードです`,
    heading: `${app}にログイン`,
    intro: 'ログインを完了するには、次のコードを入力してください。',
    note: `${expiry}${ignore}`,
  },
  Register: {
    subject: '{{code}}は認証コードです',
    preheader: 'メールアドレスを確認してください',
    heading: '{{#if application}}{{application.name}}へようこそ{{else}}ようこそ{{/if}}',
    intro: 'メールアドレスを確認してアカウントを作成するには、次のコードを入力してください。',
    note: `${expiry}${ignore}`,
  },
  ForgotPassword: {
    subject: '{{code}}はパスワード再設定用のコードです',
    preheader: `${app}のパスワードを再設定します`,
    heading: 'パスワードの再設定',
    intro: '新しいパスワードを設定するには、次のコードを入力してください。',
    note: `${expiry}パスワードの再設定を申請されていない場合も、アカウントは安全です。このメールは無視してください。`,
  },
  Generic: {
    subject: '{{code}}は認証コードです',
    preheader: '認証コードをお知らせします',
    heading: '認証コード',
    intro: '続行するには、次のコードを入力してください。',
    note: `${expiry}${ignore}`,
  },
  OrganizationInvitation: {
    subject: '{{organization.name}}への招待が届いています',
    preheader:
      '{{#if inviter.name}}{{inviter.name}}さんから{{organization.name}}への招待が届いています{{else}}{{organization.name}}への招待が届いています{{/if}}',
    heading: '{{organization.name}}に参加しましょう',
    intro:
      '{{#if inviter.name}}{{inviter.name}}さん{{else}}チームのメンバー{{/if}}から{{organization.name}}への招待が届きました。',
    note: 'お心当たりのない招待の場合は、このメールを無視してください。',
    action: '招待を承諾する',
  },
  UserPermissionValidation: {
    subject: '{{code}}は認証コードです',
    preheader: 'ご本人確認のお願い',
    heading: 'ご本人確認',
    intro: '続行する前にご本人であることを確認するため、次のコードを入力してください。',
    note: `${expiry}お心当たりのない場合、第三者がアカウントを変更しようとしている可能性があります。パスワードを変更してください。`,
  },
  BindNewIdentifier: {
    subject: '{{code}}は認証コードです',
    preheader: '新しいメールアドレスを確認してください',
    heading: 'メールアドレスの確認',
    intro: 'このメールアドレスをアカウントに登録するには、次のコードを入力してください。',
    note: `${expiry}${ignore}`,
  },
  MfaVerification: {
    subject: '{{code}}は認証コードです',
    preheader: '2段階認証のコードです',
    heading: '2段階認証',
    intro: `${app}へのログインを完了するには、次のコードを入力してください。`,
    note: `${expiry}ログインした覚えがない場合は、パスワードを変更してください。`,
  },
  BindMfa: {
    subject: '{{code}}は認証コードです',
    preheader: '2段階認証を設定します',
    heading: '2段階認証の設定',
    intro: 'このメールアドレスを2段階認証に使用するには、次のコードを入力してください。',
    note: `${expiry}${ignore}`,
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
    note: 'ご自身で変更された場合は、特に対応は必要ありません。お心当たりのない場合は、第三者がアカウントを使用している可能性があります。すぐにパスワードを再設定してください。',
  },
  NewDeviceSignIn: {
    subject: `新しいデバイスから${app}へのログインがありました`,
    preheader: '見慣れないデバイスからのログインを検出しました',
    heading: 'ご本人によるログインですか？',
    intro: `これまでに使用されたことのないデバイスから${app}へのログインがありました。`,
    details: { time: '日時', device: 'デバイス', ip: 'IPアドレス', location: '場所' },
    note: 'ご本人によるログインであれば、特に対応は必要ありません。お心当たりのない場合は、すぐにパスワードを変更してください。',
  },
};
