import type { BuiltinCatalog } from '../catalog.js';

const appName = '{{#if application}}{{application.name}}{{else}}your account{{/if}}';
const expiry = 'The code expires in {{expiresInMinutes}} minutes.';
const ignore = "If you didn't ask for it, you can ignore this email.";

/** English wording of the built-in emails. */
export const en: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} is your sign-in code',
    preheader: `Your code to sign in to ${appName}`,
    heading: `Sign in to ${appName}`,
    intro: 'Enter this code to finish signing in:',
    note: `${expiry} ${ignore}`,
  },
  Register: {
    subject: '{{code}} is your verification code',
    preheader: 'Confirm your email address',
    heading: `Welcome to ${appName}`,
    intro: 'Enter this code to confirm your email address and create your account:',
    note: `${expiry} ${ignore}`,
  },
  ForgotPassword: {
    subject: '{{code}} is your password reset code',
    preheader: `Reset the password of ${appName}`,
    heading: 'Reset your password',
    intro: 'Enter this code to choose a new password:',
    note: `${expiry} If you didn't ask to reset your password, your account is safe and you can ignore this email.`,
  },
  Generic: {
    subject: '{{code}} is your verification code',
    preheader: 'Your verification code',
    heading: 'Your verification code',
    intro: 'Enter this code to continue:',
    note: `${expiry} ${ignore}`,
  },
  OrganizationInvitation: {
    subject: "You're invited to join {{organization.name}}",
    preheader:
      '{{#if inviter.name}}{{inviter.name}} invited you{{else}}You are invited{{/if}} to {{organization.name}}',
    heading: 'Join {{organization.name}}',
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}A team member{{/if}} invited you to join {{organization.name}}.',
    note: "If you weren't expecting this invitation, you can ignore this email.",
    action: 'Accept invitation',
  },
  UserPermissionValidation: {
    subject: '{{code}} is your verification code',
    preheader: 'Confirm it is you',
    heading: 'Confirm it is you',
    intro: 'Enter this code to confirm your identity before continuing:',
    note: `${expiry} If you didn't ask for it, someone may be trying to change your account: change your password.`,
  },
  BindNewIdentifier: {
    subject: '{{code}} is your verification code',
    preheader: 'Confirm your new email address',
    heading: 'Confirm your email address',
    intro: 'Enter this code to link this email address to your account:',
    note: `${expiry} ${ignore}`,
  },
  MfaVerification: {
    subject: '{{code}} is your verification code',
    preheader: 'Your two-step verification code',
    heading: 'Two-step verification',
    intro: `Enter this code to finish signing in to ${appName}:`,
    note: `${expiry} If you didn't try to sign in, change your password.`,
  },
  BindMfa: {
    subject: '{{code}} is your verification code',
    preheader: 'Set up two-step verification',
    heading: 'Set up two-step verification',
    intro: 'Enter this code to use this email address for two-step verification:',
    note: `${expiry} ${ignore}`,
  },
  Welcome: {
    subject: '{{#if application}}Welcome to {{application.name}}{{else}}Welcome aboard{{/if}}',
    preheader: 'Your account is ready',
    heading: 'Welcome{{#if user.name}}, {{user.name}}{{/if}}',
    intro:
      'Thanks for signing up{{#if application}} for {{application.name}}{{/if}}. Your account is ready to use.',
    note: "If you didn't create this account, you can ignore this email.",
  },
  PasswordChanged: {
    subject: 'Your password was changed',
    preheader: `The password for ${appName} was changed`,
    heading: 'Your password was changed',
    intro: `The password for ${appName} was changed.`,
    details: { time: 'Time' },
    note: "If you made this change, you don't need to do anything. If you didn't, reset your password right away: someone else may be using your account.",
  },
  NewDeviceSignIn: {
    subject: `New sign-in to ${appName}`,
    preheader: "A device we don't recognize signed in",
    heading: 'Was this you?',
    intro: `There was a new sign-in to ${appName} from a device we haven't seen before:`,
    details: { time: 'Time', device: 'Device', ip: 'IP address', location: 'Location' },
    note: "If this was you, you don't need to do anything. If it wasn't, change your password right away.",
  },
};
