import type { BuiltinCatalog } from '../catalog.js';
import { plural } from '../plural.js';

const appName = '{{#if application}}{{application.name}}{{else}}your account{{/if}}';
const expiry = plural('expiresInMinutes', {
  one: 'The code expires in {{expiresInMinutes}} minute.',
  other: 'The code expires in {{expiresInMinutes}} minutes.',
});
const linkExpiry = plural('expiresInMinutes', {
  one: 'The link expires in {{expiresInMinutes}} minute.',
  other: 'The link expires in {{expiresInMinutes}} minutes.',
});
const ignore = "If you didn't ask for it, you can ignore this email.";

/** English wording of the built-in emails. */
export const en: BuiltinCatalog = {
  SignIn: {
    subject: '{{code}} is your sign-in code',
    preheader: `Your code to sign in to ${appName}`,
    heading: `Sign in to ${appName}`,
    intro: 'Enter this code to finish signing in:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: `Sign in to ${appName}`,
      intro: 'Select the button to finish signing in:',
      note: `${linkExpiry} ${ignore}`,
      action: 'Sign in',
    },
  },
  Register: {
    subject: '{{code}} is your verification code',
    preheader: 'Confirm your email address',
    heading: `Welcome to ${appName}`,
    intro: 'Enter this code to confirm your email address and create your account:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Confirm your email address',
      intro: 'Select the button to confirm your email address and create your account:',
      note: `${linkExpiry} ${ignore}`,
      action: 'Confirm email address',
    },
  },
  ForgotPassword: {
    subject: '{{code}} is your password reset code',
    preheader: `Reset the password of ${appName}`,
    heading: 'Reset your password',
    intro: 'Enter this code to choose a new password:',
    note: `${expiry} If you didn't ask to reset your password, your account is safe and you can ignore this email.`,
    byLink: {
      subject: 'Reset your password',
      intro: 'Select the button to choose a new password:',
      note: `${linkExpiry} If you didn't ask to reset your password, your account is safe and you can ignore this email.`,
      action: 'Reset password',
    },
  },
  Generic: {
    subject: '{{code}} is your verification code',
    preheader: 'Your verification code',
    heading: 'Your verification code',
    intro: 'Enter this code to continue:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Your verification link',
      intro: 'Select the button to continue:',
      note: `${linkExpiry} ${ignore}`,
      action: 'Continue',
    },
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
    byLink: {
      subject: 'Confirm it is you',
      intro: 'Select the button to confirm your identity before continuing:',
      note: `${linkExpiry} If you didn't ask for it, someone may be trying to change your account: change your password.`,
      action: 'Confirm it is me',
    },
  },
  BindNewIdentifier: {
    subject: '{{code}} is your verification code',
    preheader: 'Confirm your new email address',
    heading: 'Confirm your email address',
    intro: 'Enter this code to link this email address to your account:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Confirm your new email address',
      intro: 'Select the button to link this email address to your account:',
      note: `${linkExpiry} ${ignore}`,
      action: 'Confirm email address',
    },
  },
  MfaVerification: {
    subject: '{{code}} is your verification code',
    preheader: 'Your two-step verification code',
    heading: 'Two-step verification',
    intro: `Enter this code to finish signing in to ${appName}:`,
    note: `${expiry} If you didn't try to sign in, change your password.`,
    byLink: {
      subject: 'Your two-step verification link',
      intro: `Select the button to finish signing in to ${appName}:`,
      note: `${linkExpiry} If you didn't try to sign in, change your password.`,
      action: 'Continue signing in',
    },
  },
  BindMfa: {
    subject: '{{code}} is your verification code',
    preheader: 'Set up two-step verification',
    heading: 'Set up two-step verification',
    intro: 'Enter this code to use this email address for two-step verification:',
    note: `${expiry} ${ignore}`,
    byLink: {
      subject: 'Set up two-step verification',
      intro: 'Select the button to use this email address for two-step verification:',
      note: `${linkExpiry} ${ignore}`,
      action: 'Confirm',
    },
  },
  DeleteAccount: {
    subject: '{{code}} is your code to delete your account',
    preheader: 'Confirm that you want to delete your account',
    heading: 'Delete your account',
    intro: `Enter this code to confirm that you want to delete ${appName}:`,
    note: `${expiry} Deleting your account can't be undone. If you didn't ask for it, don't share this code and change your password.`,
    byLink: {
      subject: 'Confirm that you want to delete your account',
      intro: `Select the button to confirm that you want to delete ${appName}:`,
      note: `${linkExpiry} Deleting your account can't be undone. If you didn't ask for it, don't select the button and change your password.`,
      action: 'Delete my account',
    },
  },
  Invite: {
    subject: "You're invited{{#if application}} to {{application.name}}{{/if}}",
    preheader:
      '{{#if inviter.name}}{{inviter.name}} invited you{{else}}You are invited{{/if}} to create an account',
    heading: "You're invited",
    intro:
      '{{#if inviter.name}}{{inviter.name}}{{else}}Someone{{/if}} invited you to create an account{{#if application}} for {{application.name}}{{/if}}. Accept the invitation to choose how you sign in.',
    note: "If you weren't expecting this invitation, you can ignore this email.",
    action: 'Accept invitation',
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
  EmailChanged: {
    subject: 'Your email address was changed',
    preheader: `The email address for ${appName} was changed`,
    heading: 'Your email address was changed',
    intro: `The email address for ${appName} was changed.`,
    details: { time: 'Time', oldEmail: 'Previous address', newEmail: 'New address' },
    note: "If you made this change, you don't need to do anything. If you didn't, reset your password right away: someone else may be using your account.",
  },
  PhoneChanged: {
    subject: 'Your phone number was changed',
    preheader: `The phone number for ${appName} was changed`,
    heading: 'Your phone number was changed',
    intro: `The phone number for ${appName} was changed.`,
    details: { time: 'Time', oldPhone: 'Previous number', newPhone: 'New number' },
    note: "If you made this change, you don't need to do anything. If you didn't, reset your password right away: someone else may be using your account.",
  },
  IdentityLinked: {
    subject: 'A sign-in method was added to your account',
    preheader: `A new way to sign in to ${appName}`,
    heading: 'A sign-in method was added',
    intro: `A new sign-in method was linked to ${appName}.`,
    details: { time: 'Time', provider: 'Sign-in method' },
    note: "If you made this change, you don't need to do anything. If you didn't, reset your password right away and remove the sign-in method.",
  },
  IdentityUnlinked: {
    subject: 'A sign-in method was removed from your account',
    preheader: `A way to sign in to ${appName} was removed`,
    heading: 'A sign-in method was removed',
    intro: `A sign-in method was unlinked from ${appName}.`,
    details: { time: 'Time', provider: 'Sign-in method' },
    note: "If you made this change, you don't need to do anything. If you didn't, reset your password right away: someone else may be using your account.",
  },
  MfaFactorEnrolled: {
    subject: 'A two-step verification method was added',
    preheader: `Two-step verification for ${appName} changed`,
    heading: 'A two-step verification method was added',
    intro: `A new two-step verification method was added to ${appName}.`,
    details: { time: 'Time', factorType: 'Method' },
    note: "If you made this change, you don't need to do anything. If you didn't, reset your password right away and remove the method.",
  },
  MfaFactorUnenrolled: {
    subject: 'A two-step verification method was removed',
    preheader: `Two-step verification for ${appName} changed`,
    heading: 'A two-step verification method was removed',
    intro: `A two-step verification method was removed from ${appName}.`,
    details: { time: 'Time', factorType: 'Method' },
    note: "If you made this change, you don't need to do anything. If you didn't, reset your password right away: your account is less protected now.",
  },
};
