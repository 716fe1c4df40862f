import type { CodeOrLinkUsageType, UsageType } from '../usage-types.js';
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
const inviter = { id: 'i', name: 'Ann Lee' };
const link = { link: 'https://acme.test/invite?t=1&x=2', organization, inviter };
const verifyLink = 'https://acme.test/verify?token=pkce_1&type=signup';
const notice = { user, application, time };
const withLink = { link: verifyLink, application, organization, user };

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
  DeleteAccount: code,
  Invite: { link: link.link, application, inviter },
  Welcome: { user, application },
  PasswordChanged: notice,
  NewDeviceSignIn: {
    ...notice,
    device: 'Firefox on Windows',
    ip: '203.0.113.7',
    location: 'Berlin, Germany',
  },
  EmailChanged: { ...notice, oldEmail: 'ann@old.test', newEmail: 'ann@new.test' },
  PhoneChanged: { ...notice, oldPhone: '+49 30 1234567', newPhone: '+49 30 7654321' },
  IdentityLinked: { ...notice, provider: 'GitHub' },
  IdentityUnlinked: { ...notice, provider: 'GitHub' },
  MfaFactorEnrolled: { ...notice, factorType: 'totp' },
  MfaFactorUnenrolled: { ...notice, factorType: 'totp' },
};

/** The usage types that carry a code or a link, with a link (a verification URL) instead of the code. */
export const linkSamples: { [T in CodeOrLinkUsageType]: VariablesOf<T> } = {
  SignIn: withLink,
  Register: withLink,
  ForgotPassword: withLink,
  Generic: withLink,
  UserPermissionValidation: withLink,
  BindNewIdentifier: withLink,
  MfaVerification: withLink,
  BindMfa: withLink,
  DeleteAccount: withLink,
};

/** What the text part of every email in {@link linkSamples} shows. */
export const shownLink = verifyLink;

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
  DeleteAccount: bareCode,
  Invite: { link: link.link },
  Welcome: { user: { id: 'u' } },
  PasswordChanged: { user: { id: 'u' }, time },
  NewDeviceSignIn: { user: { id: 'u' }, time },
  EmailChanged: { user: { id: 'u' }, time },
  PhoneChanged: { user: { id: 'u' }, time },
  IdentityLinked: { user: { id: 'u' }, time },
  IdentityUnlinked: { user: { id: 'u' }, time },
  MfaFactorEnrolled: { user: { id: 'u' }, time },
  MfaFactorUnenrolled: { user: { id: 'u' }, time },
};

/** Values each usage type's plain-text part must show (the time is checked apart, in each language's calendar). */
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
  DeleteAccount: ['482913'],
  Invite: ['https://acme.test/invite?t=1&x=2', 'Ann Lee'],
  Welcome: ['Ann'],
  PasswordChanged: [],
  NewDeviceSignIn: ['Firefox on Windows', '203.0.113.7', 'Berlin, Germany'],
  EmailChanged: ['ann@old.test', 'ann@new.test'],
  PhoneChanged: ['+49 30 1234567', '+49 30 7654321'],
  IdentityLinked: ['GitHub'],
  IdentityUnlinked: ['GitHub'],
  MfaFactorEnrolled: ['totp'],
  MfaFactorUnenrolled: ['totp'],
};
