import type { EmailProviderSendVerificationRequestParams } from '@auth/core/providers/email';
import type { ApplicationInfo, SendRequest } from '@authmail/core';
import { checkOptionKeys, type Shape, shapes } from '@authmail/core/provider';

/**
 * Picks the language of one sign-in email from what Auth.js passes to
 * `sendVerificationRequest` (the user's address, the request…): a tag such
 * as `de-DE`, or `undefined` to go by the request's `Accept-Language`.
 */
export type LocaleChooser = (
  params: EmailProviderSendVerificationRequestParams,
) => string | undefined | Promise<string | undefined>;

/**
 * What the provider needs of a mailer: any `Mailer`, your own usage types
 * or not, fits.
 */
export interface SignInMailer {
  send(request: SignInSendRequest): Promise<unknown>;
}

/** The one request the provider sends: `SendRequest<'SignIn'>`, whatever the mailer's own usage types. */
export type SignInSendRequest = Omit<SendRequest<'SignIn'>, never>;

/** Options of {@link Authmail}. Only `mailer` is required. */
export interface AuthmailOptions {
  /** Sends the email: `createMailer(…)` or a provider's mailer, with the templates you want. */
  mailer: SignInMailer;
  /**
   * The provider's id, in Auth.js's URLs (`/auth/signin/<id>`) and in
   * `signIn('<id>')`: letters, digits, `-` and `_`. Default `authmail`.
   */
  id?: string;
  /** The name Auth.js's sign-in page shows (`Sign in with Email`). Default `Email`. */
  name?: string;
  /**
   * The application the email says the user signs in to. Default: the host
   * of the sign-in link, as both `id` and `name`.
   */
  application?: ApplicationInfo;
  /**
   * Chooses the language when you know it better than the browser (a saved
   * user preference); what it returns is tried before `Accept-Language`.
   */
  locale?: LocaleChooser;
  /** Seconds a sign-in link stays valid, 1 to 31,536,000. Auth.js's default is one day. */
  maxAge?: number;
  /** Hashes the stored verification token instead of Auth.js's `secret`. */
  secret?: string;
  /** Turns the address the user typed into the one stored; Auth.js lower-cases and trims by default. */
  normalizeIdentifier?: (identifier: string) => string;
  /** Makes the token in the link; Auth.js makes 32 random bytes by default. */
  generateVerificationToken?: () => string | Promise<string>;
}

const isFunction = (value: unknown) => typeof value === 'function';
const aFunction = <T>() => shapes.optional(shapes.custom<T>(isFunction, 'must be a function'));
const nonEmpty = shapes.string({ minLength: 1, tooShort: 'must not be empty' });

/** How each option is checked: every key of {@link AuthmailOptions}, no other. */
const optionShapes = {
  mailer: shapes.custom<SignInMailer>(
    (value) => isFunction((value as { send?: unknown } | null | undefined)?.send),
    'must be a mailer (createMailer)',
  ),
  id: shapes.optional(
    shapes.string({
      pattern: /^[\w-]{1,64}$/,
      mismatch: 'must be 1 to 64 letters, digits, `-` or `_` (it is part of the sign-in URL)',
    }),
  ),
  name: shapes.optional(nonEmpty),
  application: shapes.optional(shapes.object({ id: nonEmpty, name: nonEmpty }, 'loose')),
  locale: aFunction<LocaleChooser>(),
  maxAge: shapes.optional(shapes.wholeNumber({ min: 1, max: 31_536_000, unit: 's' })),
  secret: shapes.optional(nonEmpty),
  normalizeIdentifier: aFunction<NonNullable<AuthmailOptions['normalizeIdentifier']>>(),
  generateVerificationToken: aFunction<NonNullable<AuthmailOptions['generateVerificationToken']>>(),
} satisfies Record<keyof AuthmailOptions, Shape>;

const optionsShape = shapes.object(optionShapes);

/**
 * Checks {@link Authmail}'s options.
 *
 * @throws AuthmailError `invalid_config` naming each wrong option, or a key that is not one.
 */
export function checkAuthmailOptions(options: unknown): AuthmailOptions {
  // `Authmail()` from JavaScript: say what is missing rather than "expected object".
  const given = options ?? {};
  checkOptionKeys(given, Object.keys(optionShapes), 'Authmail options');
  return shapes.parseOptions(optionsShape, given, 'Authmail options') as AuthmailOptions;
}
