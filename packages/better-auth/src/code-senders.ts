import { type Deliver, startSend } from './deliver.js';
import type { BetterAuthEmails } from './emails-type.js';
import { currentEndpoint } from './endpoint.js';
import type { BetterAuthEmailsOptions } from './options.js';
import { applicationFor, authmailUser } from './variables.js';

/** The email OTP plugin's types whose email names the application, and their usage types. */
const applicationCodeTypes = {
  'sign-in': 'SignIn',
  'email-verification': 'Register',
  'forget-password': 'ForgotPassword',
} as const;

function namesApplication(type: string): type is keyof typeof applicationCodeTypes {
  return Object.hasOwn(applicationCodeTypes, type);
}

/**
 * The senders of one-time codes: the email OTP plugin's (`sign-in` →
 * `SignIn`, `email-verification` → `Register`, `forget-password` →
 * `ForgotPassword`, `change-email` → `BindNewIdentifier` for the signed-in
 * user; anything else → `Generic`) and the two-factor plugin's
 * (`MfaVerification`).
 */
export function codeSenders(
  deliver: Deliver,
  options: BetterAuthEmailsOptions,
): Pick<BetterAuthEmails, 'sendVerificationOTP' | 'sendOTP'> {
  return {
    async sendVerificationOTP({ email, otp, type }, ctx) {
      const sessionUser = currentEndpoint(ctx)?.context.session?.user;
      const { endpoint, envelope, expiresInMinutes } = startSend(
        'sendVerificationOTP',
        email,
        sessionUser,
        { ctx },
      );
      const common = { code: otp, expiresInMinutes };
      if (namesApplication(type)) {
        const application = applicationFor(options.application, endpoint);
        await deliver(envelope, applicationCodeTypes[type], { ...common, application });
      } else if (type === 'change-email' && sessionUser) {
        await deliver(envelope, 'BindNewIdentifier', {
          ...common,
          user: authmailUser(sessionUser),
        });
      } else {
        await deliver(envelope, 'Generic', common);
      }
    },

    async sendOTP({ user, otp }, ctx) {
      const { endpoint, envelope, expiresInMinutes } = startSend('sendOTP', user.email, user, {
        ctx,
      });
      await deliver(envelope, 'MfaVerification', {
        code: otp,
        application: applicationFor(options.application, endpoint),
        user: authmailUser(user),
        expiresInMinutes,
      });
    },
  };
}
