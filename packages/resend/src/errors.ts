import { AuthmailError, type AuthmailErrorCode, isAuthmailError } from '@authmail/core';
import {
  errorCodeForStatus,
  redactSecrets,
  retryAfterMs,
  transportFailureCode,
} from '@authmail/core/provider';
import type { HttpAnswer } from './http-post.js';

const provider = 'resend';

/** Longest provider text an error keeps, after redaction. */
const textLength = 500;

/** A non-2xx answer, or a 2xx one that is not JSON. */
export class ResendAnswerError extends Error {
  readonly answer: HttpAnswer;

  constructor(answer: HttpAnswer) {
    super(`Resend answered ${answer.status}`);
    this.name = 'ResendAnswerError';
    this.answer = answer;
  }
}

/**
 * How a Resend API key appears on the wire: the key itself, and the
 * `Authorization` value `Bearer <key>` (its Base64 is removed too).
 */
export function resendSecretForms(apiKey: string): string[] {
  return [apiKey, `Bearer ${apiKey}`];
}

/** What a 4xx answer's `name` means, where it says more than its status. */
const codeByName: Readonly<Record<string, AuthmailErrorCode>> = {
  missing_api_key: 'unauthorized',
  invalid_api_key: 'unauthorized',
  restricted_api_key: 'unauthorized',
  // 403 for a test-mode recipient or an unverified domain: the key is fine.
  validation_error: 'provider_rejected',
  invalid_from_address: 'provider_rejected',
  invalid_idempotent_request: 'provider_rejected',
  // The first request with this key is still running: a later retry gets its answer.
  concurrent_idempotent_requests: 'provider_unavailable',
};

/** 429s that waiting seconds does not cure. */
const quotaNames: ReadonlySet<string> = new Set(['daily_quota_exceeded', 'monthly_quota_exceeded']);

/** What to do about an answer, said after Resend's own words. */
const hintByName: Readonly<Record<string, string>> = {
  validation_error:
    'until a domain is verified at resend.com/domains, Resend sends only to your own address, from that domain',
  invalid_idempotent_request:
    'this correlation id (the Idempotency-Key) was used for a different message in the last 24 hours',
  concurrent_idempotent_requests:
    'a request with this Idempotency-Key is still being processed; a retry gets its answer',
  daily_quota_exceeded:
    'the daily sending quota is used up: upgrade the plan or wait for the reset',
  monthly_quota_exceeded: 'the monthly sending quota is used up: upgrade the plan',
};

/** Resend's error body: `{ statusCode, name, message }`. */
function errorBody(body: string): { name?: unknown; message?: unknown } | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function codeFor(status: number, name: string | undefined): AuthmailErrorCode {
  if (status < 400) return 'provider_unavailable';
  if (status >= 500 || name === undefined) return errorCodeForStatus(status);
  return codeByName[name] ?? errorCodeForStatus(status);
}

/**
 * Maps a failed send onto an {@link AuthmailError}. An answer is mapped by
 * the `name` in Resend's body where it says more than the status (a 403
 * `validation_error` is a refused recipient or sender, not a bad key; 409
 * `concurrent_idempotent_requests` is worth a retry), else by its status;
 * a 429 carries the wait from `retry-after`, else from `ratelimit-reset`
 * (seconds until the window resets, not an epoch), except the daily and
 * monthly quotas, which are not retryable. A 2xx answer that is not JSON is
 * `provider_unavailable`. Failures below HTTP become `network` or `timeout`
 * (core's `transportFailureCode`). Every text is redacted (every form of
 * the key) before it is shortened.
 */
export function resendError(error: unknown, apiKey: string): AuthmailError {
  if (isAuthmailError(error)) return error;
  const clean = (text: unknown) =>
    redactSecrets(String(text ?? ''), resendSecretForms(apiKey), textLength);
  if (error instanceof ResendAnswerError) return answerError(error.answer, clean);
  const nodeCode = (error as { code?: unknown } | null)?.code;
  const code = typeof nodeCode === 'string' ? clean(nodeCode) : undefined;
  const message = clean(error instanceof Error ? error.message : error);
  return new AuthmailError(
    transportFailureCode(nodeCode) ?? 'network',
    `Resend could not be reached: ${code ?? ''} ${message}`.trim(),
    { provider, details: { error: code } },
  );
}

function answerError(answer: HttpAnswer, clean: (text: unknown) => string): AuthmailError {
  const { status, headers } = answer;
  const body = errorBody(answer.body);
  const name = typeof body?.name === 'string' ? clean(body.name) : undefined;
  const said = body?.message === undefined ? answer.body : body.message;
  const hint = name === undefined ? undefined : hintByName[name];
  const reason = [clean(said), hint].filter(Boolean).join(': ');
  const quota = name !== undefined && quotaNames.has(name);
  const code = codeFor(status, name);
  const wait =
    code === 'rate_limited' && !quota
      ? retryAfterMs({ retryAfter: headers['retry-after'] ?? headers['ratelimit-reset'] })
      : undefined;
  const rateLimit = {
    limit: headers['ratelimit-limit'],
    remaining: headers['ratelimit-remaining'],
    reset: headers['ratelimit-reset'],
  };
  const heading =
    status < 400
      ? `Resend answered ${status} with a body that is not JSON`
      : `Resend answered ${status}`;
  return new AuthmailError(
    code,
    `${heading}${name ? ` ${name}` : ''}${reason && status >= 400 ? `: ${reason}` : ''}`,
    {
      provider,
      ...(status >= 400 ? { status } : {}),
      ...(quota ? { retryable: false } : {}),
      ...(wait === undefined ? {} : { retryAfterMs: wait }),
      details: {
        status,
        ...(name ? { name } : {}),
        ...(status === 429 ? { rateLimit: mapValues(rateLimit, clean) } : {}),
      },
    },
  );
}

function mapValues(
  values: Record<string, string | undefined>,
  clean: (text: unknown) => string,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      value === undefined ? undefined : clean(value),
    ]),
  );
}

/** A 2xx answer without a message id: not a success Resend gives for a queued email. */
export function missingIdError(): AuthmailError {
  return new AuthmailError('provider_unavailable', 'Resend answered without an email id', {
    provider,
  });
}

/** The client's own `{ error }` (it refuses a path of `.` or `..` before sending). */
export function clientRefusal(
  error: { name?: unknown; message?: unknown },
  apiKey: string,
): AuthmailError {
  const message = redactSecrets(String(error.message ?? ''), resendSecretForms(apiKey), textLength);
  return new AuthmailError(
    'provider_rejected',
    `The resend client refused the request: ${message}`,
    {
      provider,
    },
  );
}
