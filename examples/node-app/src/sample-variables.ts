import type { UsageType, VariablesOf } from '@authmail/core';

const application = { id: 'app_demo', name: 'Acme Notes' };
const organization = { id: 'org_demo', name: 'Acme Research' };
const user = { id: 'user_demo', name: 'Min-jun Kim', primaryEmail: 'minjun@example.com' };

/** Realistic variables for every usage type, as Logto (or your app, for the last three) would send them. */
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
  Welcome: { user, application },
  PasswordChanged: { user, application, time: '2026-11-22T14:05:00Z' },
  NewDeviceSignIn: {
    user,
    application,
    time: '2026-11-22T14:05:00Z',
    device: 'Firefox on Windows',
    ip: '203.0.113.7',
    location: 'Seoul, South Korea',
  },
};
