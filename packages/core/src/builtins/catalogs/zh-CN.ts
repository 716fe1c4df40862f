import type { BuiltinCatalog } from '../catalog.js';

const app = '{{#if application}}{{application.name}}{{else}}您的账户{{/if}}';
/** "Your account at {{application.name}}", or "your account", before 密码 or a verb. */
const appAccount = '{{#if application}}您在{{application.name}}的账户{{else}}您的账户{{/if}}';
const expiry = '验证码将在{{expiresInMinutes}}分钟后失效。';
const linkExpiry = '链接将在{{expiresInMinutes}}分钟后失效。';
const ignore = '如非本人操作，请忽略此邮件。';
/** "Select the button", as the start of a sentence followed by 以 or a comma. */
const click = '请点击下方按钮';
const resetIgnore = '如果您没有申请重置密码，您的账户仍然安全，可以忽略此邮件。';
const someoneChanging = '如非本人操作，可能有人正试图更改您的账户，请立即修改密码。';
const notSignedIn = '如果并非您本人尝试登录，请立即修改密码。';
const irreversible = '账户删除后将无法恢复。';
const unexpectedInvitation = '如果这份邀请与您无关，请忽略此邮件。';
const acceptInvitation = '接受邀请';
const ifYou = '如果是您本人操作，则无需任何处理。';
const resetNow = '如果不是，请立即重置密码';
const someoneElse = `${ifYou}如果不是，可能有他人正在使用您的账户，请立即重置密码。`;

/** Simplified Chinese wording of the built-in emails. */
export const zhCN: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}}是您的登录验证码',
    preheader: `这是登录${app}所需的验证码`,
    heading: `登录${app}`,
    intro: '请输入以下验证码以完成登录：',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: `登录${app}`,
      intro: `${click}以完成登录：`,
      note: `${linkExpiry}${ignore}`,
      action: '登录',
    },
  },
  Register: {
    subject: '{{code}}是您的验证码',
    preheader: '请验证您的邮箱地址',
    heading: '{{#if application}}欢迎使用{{application.name}}{{else}}欢迎{{/if}}',
    intro: '请输入以下验证码以验证您的邮箱地址并创建账户：',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: '请验证您的邮箱地址',
      intro: `${click}以验证您的邮箱地址并创建账户：`,
      note: `${linkExpiry}${ignore}`,
      action: '验证邮箱',
    },
  },
  ForgotPassword: {
    subject: '{{code}}是您的密码重置验证码',
    preheader: `重置${app}密码`,
    heading: '重置密码',
    intro: '请输入以下验证码以设置新密码：',
    note: `${expiry}${resetIgnore}`,
    byLink: {
      subject: '重置密码',
      intro: `${click}以设置新密码：`,
      note: `${linkExpiry}${resetIgnore}`,
      action: '重置密码',
    },
  },
  Generic: {
    subject: '{{code}}是您的验证码',
    preheader: '您的验证码',
    heading: '您的验证码',
    intro: '请输入以下验证码以继续：',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: '您的验证链接',
      intro: `${click}以继续：`,
      note: `${linkExpiry}${ignore}`,
      action: '继续',
    },
  },
  OrganizationInvitation: {
    subject: '您已受邀加入{{organization.name}}',
    preheader:
      '{{#if inviter.name}}{{inviter.name}}邀请您加入{{organization.name}}{{else}}您已受邀加入{{organization.name}}{{/if}}',
    heading: '加入{{organization.name}}',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}一位团队成员{{/if}}邀请您加入{{organization.name}}。',
    note: unexpectedInvitation,
    action: acceptInvitation,
  },
  UserPermissionValidation: {
    subject: '{{code}}是您的验证码',
    preheader: '请确认是您本人',
    heading: '确认是您本人',
    intro: '继续操作前，请输入以下验证码以确认您的身份：',
    note: `${expiry}${someoneChanging}`,
    byLink: {
      subject: '请确认是您本人',
      intro: `继续操作前，${click}以确认您的身份：`,
      note: `${linkExpiry}${someoneChanging}`,
      action: '确认身份',
    },
  },
  BindNewIdentifier: {
    subject: '{{code}}是您的验证码',
    preheader: '请验证您的新邮箱地址',
    heading: '验证您的邮箱地址',
    intro: '请输入以下验证码，将此邮箱地址关联到您的账户：',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: '请验证您的新邮箱地址',
      intro: `${click}，将此邮箱地址关联到您的账户：`,
      note: `${linkExpiry}${ignore}`,
      action: '验证邮箱',
    },
  },
  MfaVerification: {
    subject: '{{code}}是您的验证码',
    preheader: '您的两步验证码',
    heading: '两步验证',
    intro: `请输入以下验证码以完成登录${app}：`,
    note: `${expiry}${notSignedIn}`,
    byLink: {
      subject: '您的两步验证链接',
      intro: `${click}以完成登录${app}：`,
      note: `${linkExpiry}${notSignedIn}`,
      action: '继续登录',
    },
  },
  BindMfa: {
    subject: '{{code}}是您的验证码',
    preheader: '设置两步验证',
    heading: '设置两步验证',
    intro: '请输入以下验证码，将此邮箱地址用于两步验证：',
    note: `${expiry}${ignore}`,
    byLink: {
      subject: '设置两步验证',
      intro: `${click}，将此邮箱地址用于两步验证：`,
      note: `${linkExpiry}${ignore}`,
      action: '确认',
    },
  },
  DeleteAccount: {
    subject: '{{code}}是您的账户删除验证码',
    preheader: '请确认您要删除账户',
    heading: '删除账户',
    intro: `请输入以下验证码，确认删除${appAccount}：`,
    note: `${expiry}${irreversible}如非本人操作，请勿将验证码告诉任何人，并立即修改密码。`,
    byLink: {
      subject: '请确认您要删除账户',
      intro: `${click}，确认删除${appAccount}：`,
      note: `${linkExpiry}${irreversible}如非本人操作，请勿点击该按钮，并立即修改密码。`,
      action: '删除账户',
    },
  },
  Invite: {
    subject: '{{#if application}}您已受邀加入{{application.name}}{{else}}您收到了一份邀请{{/if}}',
    preheader: '{{#if inviter.name}}{{inviter.name}}邀请您创建账户{{else}}您已受邀创建账户{{/if}}',
    heading: '您收到了一份邀请',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}有人{{/if}}邀请您创建{{#if application}}{{application.name}}{{/if}}账户。接受邀请后，即可选择您的登录方式。',
    note: unexpectedInvitation,
    action: acceptInvitation,
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
    note: someoneElse,
  },
  NewDeviceSignIn: {
    subject: `${app}新设备登录提醒`,
    preheader: '我们检测到一次来自陌生设备的登录',
    heading: '是您本人登录吗？',
    intro: `${appAccount}在一台从未使用过的设备上登录：`,
    details: { time: '时间', device: '设备', ip: 'IP 地址', location: '位置' },
    note: '如果是您本人登录，则无需任何处理。如果不是，请立即修改密码。',
  },
  EmailChanged: {
    subject: '您的邮箱地址已更改',
    preheader: `${appAccount}邮箱地址已更改`,
    heading: '您的邮箱地址已更改',
    intro: `${appAccount}邮箱地址已更改。`,
    details: { time: '时间', oldEmail: '原邮箱地址', newEmail: '新邮箱地址' },
    note: someoneElse,
  },
  PhoneChanged: {
    subject: '您的手机号码已更改',
    preheader: `${appAccount}手机号码已更改`,
    heading: '您的手机号码已更改',
    intro: `${appAccount}手机号码已更改。`,
    details: { time: '时间', oldPhone: '原手机号码', newPhone: '新手机号码' },
    note: someoneElse,
  },
  IdentityLinked: {
    subject: '您的账户已添加登录方式',
    preheader: `登录${app}的新方式`,
    heading: '已添加登录方式',
    intro: `${appAccount}已关联一种新的登录方式。`,
    details: { time: '时间', provider: '登录方式' },
    note: `${ifYou}${resetNow}，并移除该登录方式。`,
  },
  IdentityUnlinked: {
    subject: '您的账户已移除一种登录方式',
    preheader: `登录${app}的一种方式已被移除`,
    heading: '已移除登录方式',
    intro: `一种登录方式已与${appAccount}解除关联。`,
    details: { time: '时间', provider: '登录方式' },
    note: someoneElse,
  },
  MfaFactorEnrolled: {
    subject: '已添加两步验证方式',
    preheader: `${appAccount}两步验证设置已更改`,
    heading: '已添加两步验证方式',
    intro: `${appAccount}已添加一种新的两步验证方式。`,
    details: { time: '时间', factorType: '验证方式' },
    note: `${ifYou}${resetNow}，并移除该验证方式。`,
  },
  MfaFactorUnenrolled: {
    subject: '已移除两步验证方式',
    preheader: `${appAccount}两步验证设置已更改`,
    heading: '已移除两步验证方式',
    intro: `${appAccount}已移除一种两步验证方式。`,
    details: { time: '时间', factorType: '验证方式' },
    note: `${ifYou}${resetNow}，您的账户目前安全性已降低。`,
  },
};
