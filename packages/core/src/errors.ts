import { inspect } from 'node:util';

/**
 * Every failure authmail reports has one of these codes.
 *
 * - `invalid_config`: a factory or schema was given options it cannot use.
 * - `invalid_variables`: the variables do not match the usage type's schema.
 * - `invalid_message`: the message cannot be sent as asked: `to` is not one
 *   address, a rendered reply-to is not exactly one address, a rendered sender
 *   would change the address. The message names the field.
 * - `template_not_found`: no store template, delivery or built-in fits the usage type.
 * - `template_syntax`: a template does not parse; the message names line and column.
 * - `provider_rejected`: the provider refused the message (400, 404, 413).
 * - `unauthorized`: the provider refused the credentials (401, 403).
 * - `rate_limited`: the provider asked us to slow down (429). Retryable.
 * - `provider_unavailable`: the provider failed (5xx). Retryable.
 * - `timeout`: no answer within the transport's `timeoutMs`. Retryable.
 * - `network`: the connection failed (refused, reset, DNS). Retryable.
 */
export type AuthmailErrorCode =
  | 'invalid_config'
  | 'invalid_variables'
  | 'invalid_message'
  | 'template_not_found'
  | 'template_syntax'
  | 'provider_rejected'
  | 'unauthorized'
  | 'rate_limited'
  | 'provider_unavailable'
  | 'timeout'
  | 'network';

const retryableCodes: ReadonlySet<AuthmailErrorCode> = new Set([
  'rate_limited',
  'provider_unavailable',
  'timeout',
  'network',
]);

/** Whether an error with this code may succeed when the same send is tried again. */
export function isRetryableCode(code: AuthmailErrorCode): boolean {
  return retryableCodes.has(code);
}

/** Options for {@link AuthmailError}. */
export interface AuthmailErrorOptions {
  /** Name of the transport or provider that failed, e.g. `mailgun`. */
  provider?: string;
  /** HTTP status the provider answered with, when there was one. */
  status?: number;
  /** The provider's answer or other structured facts, already free of secrets. */
  details?: unknown;
  /** Overrides the retryability derived from the code. */
  retryable?: boolean;
  /** How long the provider asked us to wait before trying again, in milliseconds. */
  retryAfterMs?: number;
  /** How many attempts were made before giving up (set by `withRetry` and `withFailover`). */
  attempts?: number;
}

/**
 * The one error class authmail throws.
 *
 * Check `code` to decide what to do and `retryable` to decide whether to try again.
 * It never holds an API key: providers build it from sanitised facts only, and
 * `util.inspect` / `JSON.stringify` show just the fields below.
 *
 * @example
 * ```ts
 * try {
 *   await mailer.send(request);
 * } catch (error) {
 *   if (error instanceof AuthmailError && error.retryable) scheduleRetry();
 *   else throw error;
 * }
 * ```
 */
export class AuthmailError extends Error {
  override readonly name = 'AuthmailError';
  /** What kind of failure this is. */
  readonly code: AuthmailErrorCode;
  /** Whether trying the same send again may succeed. */
  readonly retryable: boolean;
  /** The transport or provider that failed. */
  readonly provider: string | undefined;
  /** The provider's HTTP status, when there was one. */
  readonly status: number | undefined;
  /** The provider's answer or other structured facts. */
  readonly details: unknown;
  /** How long the provider asked us to wait, in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** How many attempts were made before this error was final, when a wrapper retried. */
  readonly attempts: number | undefined;

  constructor(code: AuthmailErrorCode, message: string, options: AuthmailErrorOptions = {}) {
    super(message);
    this.code = code;
    this.retryable = options.retryable ?? isRetryableCode(code);
    this.provider = options.provider;
    this.status = options.status;
    this.details = options.details;
    this.retryAfterMs = options.retryAfterMs;
    this.attempts = options.attempts;
  }

  /** A copy of this error with some options replaced (errors are immutable). */
  with(options: AuthmailErrorOptions): AuthmailError {
    return new AuthmailError(this.code, this.message, {
      provider: this.provider,
      status: this.status,
      details: this.details,
      retryable: this.retryable,
      retryAfterMs: this.retryAfterMs,
      attempts: this.attempts,
      ...options,
    });
  }

  /** The error as plain data, for logs. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      retryable: this.retryable,
      provider: this.provider,
      status: this.status,
      retryAfterMs: this.retryAfterMs,
      attempts: this.attempts,
      details: this.details,
    };
  }

  /** Keeps `util.inspect` (and so `console.log`) to the documented fields. */
  [inspect.custom](): string {
    return `${this.name} [${this.code}]: ${this.message} ${inspect(this.toJSON(), { depth: 4 })}`;
  }
}

/** Whether `value` is an {@link AuthmailError}, optionally with one of the given codes. */
export function isAuthmailError(
  value: unknown,
  ...codes: AuthmailErrorCode[]
): value is AuthmailError {
  return value instanceof AuthmailError && (codes.length === 0 || codes.includes(value.code));
}
