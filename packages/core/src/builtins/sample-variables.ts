import type { UsageType } from '../usage-types.js';
import type { VariablesOf } from '../variables.js';

/**
 * Variables for every built-in usage type, for the built-in and mailer
 * tests. Test data only; not exported from the package.
 */
type Samples = { [T in UsageType]: VariablesOf<T> };

const application = {
  id: 'a',
  name: 'Acme Notes',
  branding: { logoUrl: 'https://cdn.acme.test/logo.png' },
};
const organization = { id: 'o', name: 'Acme Research' };
const user = { id: 'u', name: 'Ann' };
const time = '2026-11-22T14:05:00Z';
const code = { code: '482913', application, organization, user };
const link = {
  link: 'https://acme.test/invite?t=1&x=2',
  organization,
  inviter: { id: 'i', name: 'Ann Lee' },
};

/** Every variable each usage type's templates can print. */
export const fullSamples: Samples = {
  SignIn: code,
  Register: code,
  ForgotPassword: code,
  Generic: code,
  OrganizationInvitation: link,
  UserPermissionValidation: code,
  BindNewIdentifier: code,
  MfaVerification: code,
  BindMfa: code,
  Welcome: { user, application },
  PasswordChanged: { user, application, time },
  NewDeviceSignIn: {
    user,
    application,
    time,
    device: 'Firefox on Windows',
    ip: '203.0.113.7',
    location: 'Berlin, Germany',
  },
};

const bareCode = { code: '482913', user: { id: 'u' } };

/** Only what each usage type's schema requires (and `user` for the code ones). */
export const bareSamples: { [T in UsageType]: Partial<VariablesOf<T>> } = {
  SignIn: bareCode,
  Register: bareCode,
  ForgotPassword: bareCode,
  Generic: bareCode,
  OrganizationInvitation: { link: link.link, organization: { id: 'o', name: 'Org' } },
  UserPermissionValidation: bareCode,
  BindNewIdentifier: bareCode,
  MfaVerification: bareCode,
  BindMfa: bareCode,
  Welcome: { user: { id: 'u' } },
  PasswordChanged: { user: { id: 'u' }, time },
  NewDeviceSignIn: { user: { id: 'u' }, time },
};

/** Values each usage type's plain-text part must show (dates are checked apart). */
export const shownValues: Record<UsageType, readonly string[]> = {
  SignIn: ['482913'],
  Register: ['482913'],
  ForgotPassword: ['482913'],
  Generic: ['482913'],
  OrganizationInvitation: ['https://acme.test/invite?t=1&x=2'],
  UserPermissionValidation: ['482913'],
  BindNewIdentifier: ['482913'],
  MfaVerification: ['482913'],
  BindMfa: ['482913'],
  Welcome: ['Ann'],
  PasswordChanged: ['2026', 'UTC'],
  NewDeviceSignIn: ['2026', 'UTC', 'Firefox on Windows', '203.0.113.7', 'Berlin, Germany'],
};
