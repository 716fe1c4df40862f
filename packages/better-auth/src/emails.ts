import type { Mailer } from '@authmail/core';
import { codeSenders } from './code-senders.js';
import { createDeliver } from './deliver.js';
import type { BetterAuthEmails } from './emails-type.js';
import { invitationSender } from './invitation-sender.js';
import { linkSenders } from './link-senders.js';
import { type BetterAuthEmailsOptions, checkOptions } from './options.js';

/**
 * better-auth's email senders, sending authmail's templates through
 * `mailer` in each reader's language. Every function is named as the
 * better-auth option it goes into; use the ones your config has.
 *
 * @example
 * ```ts
 * import { createMailer, createMemoryTransport } from '@authmail/core';
 * import { betterAuthEmails } from '@authmail/better-auth';
 * import { betterAuth } from 'better-auth';
 * import { emailOTP } from 'better-auth/plugins';
 *
 * const mailer = createMailer({ transport: createMemoryTransport(), from: 'Acme <no-reply@acme.test>', builtins: true });
 * const emails = betterAuthEmails(mailer);
 * export const auth = betterAuth({
 *   emailAndPassword: { enabled: true, sendResetPassword: emails.sendResetPassword },
 *   plugins: [emailOTP({ sendVerificationOTP: emails.sendVerificationOTP })],
 * });
 * ```
 * @throws AuthmailError `invalid_config` naming the field: a `mailer`
 * without `send`, an option that does not exist or has the wrong type.
 */
export function betterAuthEmails(
  mailer: Pick<Mailer, 'send'>,
  options: BetterAuthEmailsOptions = {},
): BetterAuthEmails {
  checkOptions(mailer, options);
  const deliver = createDeliver(mailer, options);
  return {
    ...codeSenders(deliver, options),
    ...linkSenders(deliver, options),
    sendInvitationEmail: invitationSender(deliver, options),
  };
}
