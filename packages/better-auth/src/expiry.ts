import type { SenderName } from './emails-type.js';
import { type Endpoint, pluginOptions } from './endpoint.js';

/** The most minutes a template may be told (a week), as authmail's variables allow. */
const maxMinutes = 10_080;

/** A positive number, else better-auth's default for the setting. */
function positiveOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && value > 0 ? value : fallback;
}

/**
 * How long what each sender sends stays valid, in seconds, read from the
 * better-auth config as better-auth reads it (its documented default when
 * the setting is left out). Invitations are not here: their email says nothing of it.
 */
const lifetimeSeconds: Partial<Record<SenderName, (endpoint: Endpoint) => number>> = {
  sendVerificationOTP: (endpoint) =>
    positiveOr(pluginOptions(endpoint, 'email-otp')?.expiresIn, 300),
  sendMagicLink: (endpoint) => positiveOr(pluginOptions(endpoint, 'magic-link')?.expiresIn, 300),
  sendOTP: (endpoint) => {
    const otpOptions = pluginOptions(endpoint, 'two-factor')?.otpOptions as
      | { period?: unknown }
      | undefined;
    return 60 * positiveOr(otpOptions?.period, 3); // `period` is in minutes
  },
  sendResetPassword: (endpoint) =>
    positiveOr(endpoint.context.options.emailAndPassword?.resetPasswordTokenExpiresIn, 3600),
  sendVerificationEmail: (endpoint) =>
    positiveOr(endpoint.context.options.emailVerification?.expiresIn, 3600),
  sendChangeEmailConfirmation: (endpoint) =>
    positiveOr(endpoint.context.options.emailVerification?.expiresIn, 3600),
  sendDeleteAccountVerification: (endpoint) =>
    positiveOr(endpoint.context.options.user?.deleteUser?.deleteTokenExpiresIn, 86_400),
};

/**
 * Whole minutes until what `sender` sends expires, for the templates'
 * "expires in N minutes": rounded down, at least 1, at most a week. Left
 * out when the sender runs outside a better-auth endpoint, whose config
 * says nothing then.
 */
export function expiresInMinutes(
  sender: SenderName,
  endpoint: Endpoint | undefined,
): number | undefined {
  const lifetime = lifetimeSeconds[sender];
  if (endpoint === undefined || lifetime === undefined) return undefined;
  return Math.min(maxMinutes, Math.max(1, Math.floor(lifetime(endpoint) / 60)));
}
