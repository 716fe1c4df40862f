import type { UsageType, VariablesOf } from '@authmail/core';

const application = { id: 'app_demo', name: 'Acme Notes' };
const organization = { id: 'org_demo', name: 'Acme Research' };
const user = { id: 'user_demo', name: 'Min-jun Kim', primaryEmail: 'minjun@example.com' };

const time = '2026-11-22T14:05:00Z';

/**
 * Realistic variables for every usage type, as Logto, an auth framework or
 * your app would send them: some code-carrying emails carry a link instead,
 * as better-auth, Auth.js and Supabase send them.
 */
export const sampleVariables: { [T in UsageType]: VariablesOf<T> } = {
  SignIn: { code: '482913', application },
  Register: { code: '771204', application, organization },
  ForgotPassword: { code: '390517', application },
  Generic: { code: '118264' },
  OrganizationInvitation: {
    link: 'https://notes.acme.test/invitations/accept?token=demo-token',
    organization,
    inviter: { id: 'user_ann', name: 'Ann Lee' },
  },
  UserPermissionValidation: { code: '640092', user, application },
  BindNewIdentifier: { code: '205583', user },
  MfaVerification: { code: '918340', application },
  BindMfa: { code: '557021', user, application },
  DeleteAccount: {
    link: 'https://notes.acme.test/account/delete?token=demo-token',
    user,
    application,
    expiresInMinutes: 60,
  },
  Invite: {
    link: 'https://notes.acme.test/auth/v1/verify?token=demo-hash&type=invite',
    application,
    inviter: { id: 'user_ann', name: 'Ann Lee' },
  },
  Welcome: { user, application },
  PasswordChanged: { user, application, time },
  NewDeviceSignIn: {
    user,
    application,
    time,
    device: 'Firefox on Windows',
    ip: '203.0.113.7',
    location: 'Seoul, South Korea',
  },
  EmailChanged: {
    user,
    application,
    time,
    oldEmail: 'minjun@example.com',
    newEmail: 'mj@example.org',
  },
  PhoneChanged: { user, application, time, newPhone: '+82 2 555 0100' },
  IdentityLinked: { user, application, time, provider: 'GitHub' },
  IdentityUnlinked: { user, application, time, provider: 'Google' },
  MfaFactorEnrolled: { user, application, time, factorType: 'totp' },
  MfaFactorUnenrolled: { user, application, time, factorType: 'phone' },
};
