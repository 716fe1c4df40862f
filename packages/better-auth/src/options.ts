import { type ApplicationInfo, AuthmailError, type Mailer } from '@authmail/core';
import { checkOptionKeys } from '@authmail/core/provider';
import type { User } from 'better-auth';
import type { InvitationData, SenderName } from './emails-type.js';

/** What the `locale` option is told about the email to send. */
export interface LocaleContext {
  /** The sender better-auth called, e.g. `sendVerificationOTP`. */
  sender: SenderName;
  /** The address the email goes to. */
  email: string;
  /** The headers of the request that made better-auth send, when there is one. */
  headers: Headers | undefined;
}

/** Options of {@link betterAuthEmails}. */
export interface BetterAuthEmailsOptions {
  /**
   * The application the emails name (`Sign in to {{application.name}}`).
   * Default: better-auth's `appName` (`{ id: appName, name: appName }`),
   * `Better Auth` when it is not set.
   */
  application?: ApplicationInfo;
  /**
   * The user's language as a tag (`de`, `pt-BR`), tried before the request's
   * `Accept-Language`; `undefined` to leave the choice to the header. `user`
   * is the user the email concerns, when better-auth names one (not for the
   * email OTP sign-in or verification codes, magic links and invitations:
   * look the address up yourself there).
   */
  locale?: (
    context: LocaleContext,
    user: (User & Record<string, unknown>) | undefined,
  ) => string | undefined | Promise<string | undefined>;
  /**
   * The link an organization invitation leads to: better-auth hands over the
   * invitation (`invitation.id`), not a URL. Needed for `sendInvitationEmail`.
   *
   * @example
   * ```ts
   * const invitationUrl = (invitation: { id: string }) =>
   *   `https://acme.test/accept-invitation/${invitation.id}`;
   * ```
   */
  invitationUrl?: (invitation: InvitationData) => string;
}

/** Every key {@link BetterAuthEmailsOptions} may have. */
const optionKeys = [
  'application',
  'locale',
  'invitationUrl',
] as const satisfies readonly (keyof BetterAuthEmailsOptions)[];

/** `invalid_config` naming `field`. */
export function configError(field: string, problem: string): AuthmailError {
  const issue = `${field}: ${problem}`;
  return new AuthmailError('invalid_config', `Invalid better-auth emails options: ${issue}`, {
    details: { issues: [issue] },
  });
}

const isNonEmptyText = (value: unknown): boolean => typeof value === 'string' && value !== '';

/** What is wrong with the `application` option, if anything. */
function applicationProblem(application: unknown): [string, string] | undefined {
  if (typeof application !== 'object' || application === null) {
    return ['application', 'must be an object with `id` and `name`'];
  }
  const { id, name } = application as { id?: unknown; name?: unknown };
  if (!isNonEmptyText(id)) return ['application.id', 'must be a non-empty string'];
  if (!isNonEmptyText(name)) return ['application.name', 'must be a non-empty string'];
  return undefined;
}

/**
 * Checks the mailer and the options where they are given.
 *
 * @throws AuthmailError `invalid_config` naming the field: `mailer` without
 * `send`, an unknown key (with the closest known one), an `application`
 * without a non-empty `id` and `name`, or a `locale` / `invitationUrl` that
 * is not a function.
 */
export function checkOptions(mailer: Pick<Mailer, 'send'>, options: BetterAuthEmailsOptions): void {
  if (typeof (mailer as { send?: unknown } | undefined)?.send !== 'function') {
    throw configError('mailer', 'must be a mailer from createMailer');
  }
  if (typeof options !== 'object' || options === null) {
    throw configError('options', 'must be an object');
  }
  checkOptionKeys(options, optionKeys, 'better-auth emails options');
  const problem =
    options.application === undefined ? undefined : applicationProblem(options.application);
  if (problem) throw configError(...problem);
  for (const field of ['locale', 'invitationUrl'] as const) {
    if (options[field] !== undefined && typeof options[field] !== 'function') {
      throw configError(field, 'must be a function');
    }
  }
}
