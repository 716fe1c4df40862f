import { type ApplicationInfo, isAuthmailError, type Mailer } from '@authmail/core';
import { defaultMaxBodyBytes } from '@authmail/core/http';
import { checkOptionKeys, shapes } from '@authmail/core/provider';
import type { Webhook } from 'standardwebhooks';
import type { VerifyBy } from './email-context.js';
import type { ConfirmationLinkParts } from './links.js';
import type { SendEmailHookPayload } from './payload.js';
import { verifierFor } from './secret.js';

/** Options for {@link createSendEmailHook}. */
export interface SendEmailHookOptions {
  /** Sends the emails; create it with `builtins: true` for authmail's templates in every language. */
  mailer: Mailer;
  /**
   * The hook secret exactly as the Supabase dashboard shows it,
   * `v1,whsec_<base64>`. Requests not signed with it get 401.
   */
  secret: string;
  /**
   * The application the emails name (`{ id, name }`). Default: the host of
   * the payload's `site_url` for both.
   */
  application?: ApplicationInfo;
  /**
   * The user's language, negotiated against the templates. Default:
   * `user.user_metadata.locale` when it is a string.
   */
  locale?: (payload: SendEmailHookPayload) => string | undefined;
  /**
   * Builds each confirmation link. Default: Supabase's own,
   * `<site_url>/verify?token=<token_hash>&type=<type>&redirect_to=<redirect_to>`.
   */
  link?: (parts: ConfirmationLinkParts) => string;
  /**
   * What a verification email carries when Supabase sent both a one-time
   * code and a token hash: `'link'` (default; a button to the confirmation
   * link, as Supabase's own emails), `'code'` (the code to type, for apps
   * that verify with `verifyOtp({ email, token, type })`) or `'both'` (for
   * templates of your own that show both; authmail's built-in templates
   * then show the code). Reauthentication always sends the code.
   */
  verifyBy?: VerifyBy;
  /**
   * How long the sends may take before they are abandoned and the hook
   * answers 503: 1 to 5000 ms, default 4500 (Supabase waits 5 s).
   */
  timeoutMs?: number;
  /** The largest body read; larger ones get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Called with every error a send threw. Default: logs errors that are not `AuthmailError`s. */
  onError?: (error: unknown) => void;
}

/** {@link SendEmailHookOptions} checked, with their defaults. */
export interface ResolvedHookOptions {
  mailer: Mailer;
  verifier: Webhook;
  application: ApplicationInfo | undefined;
  locale: (payload: SendEmailHookPayload) => string | undefined;
  link: ((parts: ConfirmationLinkParts) => string) | undefined;
  verifyBy: VerifyBy;
  timeoutMs: number;
  maxBodyBytes: number;
  onError: (error: unknown) => void;
}

/** What Supabase gives a hook; the default `timeoutMs` leaves room to answer. */
export const defaultTimeoutMs = 4500;

const optionsShape = shapes.object({
  mailer: shapes.custom<Mailer>(
    (value) => typeof (value as { send?: unknown } | undefined)?.send === 'function',
    'must be a mailer (createMailer)',
  ),
  secret: shapes.anything(),
  application: shapes.optional(
    shapes.object(
      {
        id: shapes.string({ minLength: 1, tooShort: 'the application id must not be empty' }),
        name: shapes.string({ minLength: 1, tooShort: 'the application name must not be empty' }),
      },
      'loose',
    ),
  ),
  locale: shapes.optional(aFunction()),
  link: shapes.optional(aFunction()),
  verifyBy: shapes.optional(shapes.oneOf(['link', 'code', 'both'])),
  timeoutMs: shapes.optional(shapes.wholeNumber({ min: 1, max: 5000, unit: 'ms' })),
  maxBodyBytes: shapes.optional(shapes.wholeNumber({ min: 1, max: 2 ** 31 - 1 })),
  onError: shapes.optional(aFunction()),
});

const what = 'Supabase hook options';

/**
 * Checks the options: an unknown key is refused by name (with the option it
 * most likely meant), then each field, then the secret.
 *
 * @throws AuthmailError `invalid_config` naming each failing option, never a value.
 */
export function resolveHookOptions(options: SendEmailHookOptions): ResolvedHookOptions {
  checkOptionKeys(options, Object.keys(optionsShape.fields), what);
  const checked = shapes.parseOptions(optionsShape, options, what) as SendEmailHookOptions;
  return {
    mailer: checked.mailer,
    verifier: verifierFor(checked.secret),
    application: checked.application,
    locale: checked.locale ?? localeFromMetadata,
    link: checked.link,
    verifyBy: checked.verifyBy ?? 'link',
    timeoutMs: checked.timeoutMs ?? defaultTimeoutMs,
    maxBodyBytes: checked.maxBodyBytes ?? defaultMaxBodyBytes,
    onError: checked.onError ?? logUnexpected,
  };
}

/** `user.user_metadata.locale`, when it is a string. */
function localeFromMetadata(payload: SendEmailHookPayload): string | undefined {
  const locale = payload.user.user_metadata?.locale;
  return typeof locale === 'string' ? locale : undefined;
}

/**
 * The default reporter: an `AuthmailError` is answered to Supabase and says
 * enough there; anything else is logged here, since Supabase only hears
 * "unexpected error".
 */
function logUnexpected(error: unknown): void {
  if (!isAuthmailError(error)) console.error('[authmail/supabase] unexpected error:', error);
}

function aFunction() {
  return shapes.custom<(...args: never[]) => unknown>(
    (value) => typeof value === 'function',
    'must be a function',
  );
}
