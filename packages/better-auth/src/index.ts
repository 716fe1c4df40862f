/**
 * @authmail/better-auth: authmail for better-auth. `betterAuthEmails(mailer)`
 * returns better-auth's email senders (email OTP, verification, password
 * reset, email change, account deletion, organization invitations, magic
 * links, two-factor codes), each sending authmail's templates in the
 * reader's language.
 *
 * @module
 */

export { betterAuthEmails } from './emails.js';
export type { BetterAuthEmails } from './emails-type.js';
export type { BetterAuthEmailsOptions, LocaleContext } from './options.js';
