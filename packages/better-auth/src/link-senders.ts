import { type Deliver, type SendStart, startSend } from './deliver.js';
import type { BetterAuthEmails } from './emails-type.js';
import type { Endpoint } from './endpoint.js';
import type { BetterAuthEmailsOptions } from './options.js';
import { applicationFor, authmailUser, type BetterAuthUser } from './variables.js';

/**
 * The endpoints that send `sendVerificationEmail` to the new address of an
 * email change: `/change-email` itself, and `/verify-email` once the current
 * address approved the change. From anywhere else it is a sign-up's.
 */
const changeEmailPaths: readonly string[] = ['/change-email', '/verify-email'];

const isChangingEmail = (endpoint: Endpoint | undefined): boolean =>
  endpoint?.path !== undefined && changeEmailPaths.includes(endpoint.path);

/**
 * The senders of links better-auth builds: the password reset
 * (`ForgotPassword`), email verification (`Register`, or
 * `BindNewIdentifier` to the new address of an email change), the approval
 * of an email change by the current address (`UserPermissionValidation`),
 * account deletion (`DeleteAccount`) and the magic link (`SignIn`).
 */
export function linkSenders(
  deliver: Deliver,
  options: BetterAuthEmailsOptions,
): Omit<BetterAuthEmails, 'sendVerificationOTP' | 'sendOTP' | 'sendInvitationEmail'> {
  /** The variables every user's link email shares. */
  const userLink = (
    { endpoint, expiresInMinutes }: SendStart,
    user: BetterAuthUser,
    link: string,
  ) => ({
    link,
    user: authmailUser(user),
    application: applicationFor(options.application, endpoint),
    expiresInMinutes,
  });

  return {
    async sendResetPassword({ user, url }, request) {
      const start = startSend('sendResetPassword', user.email, user, { request });
      await deliver(start.envelope, 'ForgotPassword', userLink(start, user, url));
    },

    async sendVerificationEmail({ user, url }, request) {
      const start = startSend('sendVerificationEmail', user.email, user, { request });
      const usageType = isChangingEmail(start.endpoint) ? 'BindNewIdentifier' : 'Register';
      await deliver(start.envelope, usageType, userLink(start, user, url));
    },

    async sendChangeEmailConfirmation({ user, newEmail, url }, request) {
      const start = startSend('sendChangeEmailConfirmation', user.email, user, { request });
      await deliver(start.envelope, 'UserPermissionValidation', {
        ...userLink(start, user, url),
        newEmail,
      });
    },

    async sendDeleteAccountVerification({ user, url }, request) {
      const start = startSend('sendDeleteAccountVerification', user.email, user, { request });
      await deliver(start.envelope, 'DeleteAccount', userLink(start, user, url));
    },

    async sendMagicLink({ email, url }, ctx) {
      const start = startSend('sendMagicLink', email, undefined, { ctx });
      await deliver(start.envelope, 'SignIn', {
        link: url,
        application: applicationFor(options.application, start.endpoint),
        expiresInMinutes: start.expiresInMinutes,
      });
    },
  };
}
