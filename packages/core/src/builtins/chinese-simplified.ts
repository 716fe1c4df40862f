import type { BuiltinCatalog } from './messages.js';

const app = '{{#if application}}{{application.name}}{{else}}您的账户{{/if}}';
const expiry = '验证码将在{{expiresInMinutes}}分钟后失效。';
const ignore = '如非本人操作，请忽略此邮件。';

/** Simplified Chinese wording of the built-in emails. */
export const chineseSimplified: BuiltinCatalog = {
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
};
