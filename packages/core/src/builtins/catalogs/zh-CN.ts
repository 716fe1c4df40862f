import type { BuiltinCatalog } from '../catalog.js';

const app = '{{#if application}}{{application.name}}{{else}}您的账户{{/if}}';
/** "Your account at {{application.name}}", or "your account", before 密码 or a verb. */
const appAccount = '{{#if application}}您在{{application.name}}的账户{{else}}您的账户{{/if}}';
const expiry = '验证码将在{{expiresInMinutes}}分钟后失效。';
const ignore = '如非本人操作，请忽略此邮件。';

/** Simplified Chinese wording of the built-in emails. */
export const zhCN: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}}是您的登录验证码',
    preheader: `这是登录${app}所需的验证码`,
    heading: `登录${app}`,
    intro: '请输入以下验证码以完成登录：',
    note: `${expiry}${ignore}`,
  },
  Register: {
    subject: '{{code}}是您的验证码',
    preheader: '请验证您的邮箱地址',
    heading: '{{#if application}}欢迎使用{{application.name}}{{else}}欢迎{{/if}}',
    intro: '请输入以下验证码以验证您的邮箱地址并创建账户：',
    note: `${expiry}${ignore}`,
  },
  ForgotPassword: {
    subject: '{{code}}是您的密码重置验证码',
    preheader: `重置${app}密码`,
    heading: '重置密码',
    intro: '请输入以下验证码以设置新密码：',
    note: `${expiry}如果您没有申请重置密码，您的账户仍然安全，可以忽略此邮件。`,
  },
  Generic: {
    subject: '{{code}}是您的验证码',
    preheader: '您的验证码',
    heading: '您的验证码',
    intro: '请输入以下验证码以继续：',
    note: `${expiry}${ignore}`,
  },
  OrganizationInvitation: {
    subject: '您已受邀加入{{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}}邀请您加入{{organization.name}}{{else}}您已受邀加入{{organization.name}}{{/if}}',
    heading: '加入{{organization.name}}',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}一位团队成员{{/if}}邀请您加入{{organization.name}}。',
    note: '如果这份邀请与您无关，请忽略此邮件。',
    action: '接受邀请',
  },
  UserPermissionValidation: {
    subject: '{{code}}是您的验证码',
    preheader: '请确认是您本人',
    heading: '确认是您本人',
    intro: '继续操作前，请输入以下验证码以确认您的身份：',
    note: `${expiry}如非本人操作，可能有人正试图更改您的账户，请立即修改密码。`,
  },
  BindNewIdentifier: {
    subject: '{{code}}是您的验证码',
    preheader: '请验证您的新邮箱地址',
    heading: '验证您的邮箱地址',
    intro: '请输入以下验证码，将此邮箱地址关联到您的账户：',
    note: `${expiry}${ignore}`,
  },
  MfaVerification: {
    subject: '{{code}}是您的验证码',
    preheader: '您的两步验证码',
    heading: '两步验证',
    intro: `请输入以下验证码以完成登录${app}：`,
    note: `${expiry}如果并非您本人尝试登录，请立即修改密码。`,
  },
  BindMfa: {
    subject: '{{code}}是您的验证码',
    preheader: '设置两步验证',
    heading: '设置两步验证',
    intro: '请输入以下验证码，将此邮箱地址用于两步验证：',
    note: `${expiry}${ignore}`,
  },
  Welcome: {
    subject: '{{#if application}}欢迎使用{{application.name}}{{else}}欢迎加入{{/if}}',
    preheader: '您的账户已准备就绪',
    heading: '{{#if user.name}}{{user.name}}，{{/if}}欢迎您',
    intro: '感谢您注册{{#if application}}{{application.name}}{{/if}}。您的账户现已可以使用。',
    note: '如果您没有创建过此账户，请忽略此邮件。',
  },
  PasswordChanged: {
    subject: '您的密码已更改',
    preheader: `${appAccount}密码已更改`,
    heading: '您的密码已更改',
    intro: `${appAccount}密码已更改。`,
    details: { time: '时间' },
    note: '如果是您本人操作，则无需任何处理。如果不是，可能有他人正在使用您的账户，请立即重置密码。',
  },
  NewDeviceSignIn: {
    subject: `${app}新设备登录提醒`,
    preheader: '我们检测到一次来自陌生设备的登录',
    heading: '是您本人登录吗？',
    intro: `${appAccount}在一台从未使用过的设备上登录：`,
    details: { time: '时间', device: '设备', ip: 'IP 地址', location: '位置' },
    note: '如果是您本人登录，则无需任何处理。如果不是，请立即修改密码。',
  },
};
