import { AuthmailError, isAuthmailError } from '@authmail/core';
import {
  errorCodeForStatus,
  redactSecrets,
  retryAfterMs,
  transportFailureCode,
} from '@authmail/core/provider';

const provider = 'sendgrid';

/** Longest provider text an error keeps, after redaction. */
const textLength = 500;
/** Most of SendGrid's `errors[]` entries an error keeps. */
const maxErrors = 20;

/** `@sendgrid/client`'s `ResponseError`, known by shape (the class is not importable at run time). */
interface SendGridResponseError {
  code: number;
  message: string;
  response: { headers?: Record<string, unknown>; body?: unknown };
}

/** An axios failure without a response: refused, reset, timed out. */
interface AxiosTransportError {
  isAxiosError: true;
  code?: string;
  message: string;
}

/**
 * How a SendGrid API key appears on the wire: the key itself, and the
 * `Authorization` value `Bearer <key>` (its Base64 is removed too).
 */
export function sendGridSecretForms(apiKey: string): string[] {
  return [apiKey, `Bearer ${apiKey}`];
}

function isResponseError(error: unknown): error is SendGridResponseError {
  const candidate = error as Partial<SendGridResponseError> | null;
  return (
    typeof candidate?.code === 'number' &&
    typeof candidate.response === 'object' &&
    candidate.response !== null
  );
}

function isAxiosTransportError(error: unknown): error is AxiosTransportError {
  return (error as { isAxiosError?: unknown } | null)?.isAxiosError === true;
}

/**
 * Maps whatever `@sendgrid/client` rejected with onto an {@link AuthmailError}:
 * HTTP failures get the code for their status, SendGrid's `errors[]` messages
 * and, for 429, the wait from `Retry-After` / `X-RateLimit-Reset`; failures
 * below HTTP become `network` or `timeout` (classified by core's
 * `transportFailureCode`: TLS, certificate and DNS failures are `network`,
 * retryable). Only chosen fields are copied, so the `Authorization` header
 * axios keeps on its errors never gets through, and every text is redacted
 * (every form of the key) before it is shortened.
 */
export function sendGridError(error: unknown, apiKey: string): AuthmailError {
  if (isAuthmailError(error)) return error;
  const clean = (text: unknown) =>
    redactSecrets(String(text ?? ''), sendGridSecretForms(apiKey), textLength);
  if (isResponseError(error)) return responseError(error, clean);
  const nodeCode = (error as { code?: unknown } | null)?.code;
  const below = transportFailureCode(nodeCode);
  if (below !== undefined || isAxiosTransportError(error)) {
    const code = typeof nodeCode === 'string' ? clean(nodeCode) : undefined;
    const message = clean(error instanceof Error ? error.message : error);
    return new AuthmailError(
      below ?? 'network',
      `SendGrid could not be reached: ${code ?? ''} ${message}`.trim(),
      { provider, details: { error: code } },
    );
  }
  const message = clean(error instanceof Error ? error.message : error);
  return new AuthmailError(
    'provider_rejected',
    `SendGrid's client refused the message: ${message}`,
    { provider },
  );
}

function responseError(
  error: SendGridResponseError,
  clean: (text: unknown) => string,
): AuthmailError {
  const status = error.code;
  const headers = error.response.headers ?? {};
  const errors = errorList(error.response.body).map((entry) => ({
    message: clean(entry.message),
    field: entry.field === null ? null : clean(entry.field),
  }));
  const reason = clean(
    errors
      .map((entry) => (entry.field ? `${entry.message} (${entry.field})` : entry.message))
      .join('; '),
  );
  const header = (name: string) => {
    const value = headers[name];
    return value === undefined ? undefined : clean(value);
  };
  const rateLimit = {
    limit: header('x-ratelimit-limit'),
    remaining: header('x-ratelimit-remaining'),
    reset: header('x-ratelimit-reset'),
  };
  const wait = retryAfterMs({
    retryAfter: headers['retry-after'],
    rateLimitReset: headers['x-ratelimit-reset'],
  });
  return new AuthmailError(
    errorCodeForStatus(status),
    `SendGrid answered ${status}: ${reason || clean(error.message)}`,
    {
      provider,
      status,
      details: { status, errors, ...(status === 429 ? { rateLimit } : {}) },
      ...(status === 429 && wait !== undefined ? { retryAfterMs: wait } : {}),
    },
  );
}

/**
 * SendGrid's `errors[]`, at most {@link maxErrors} of them, or a non-JSON
 * body as one entry. Texts stay whole here: the caller redacts, then shortens.
 */
function errorList(body: unknown): { message: unknown; field: unknown }[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors))
    return typeof body === 'string' && body ? [{ message: body, field: null }] : [];
  return errors.slice(0, maxErrors).map((entry: { message?: unknown; field?: unknown }) => ({
    message: entry?.message ?? '',
    field: typeof entry?.field === 'string' ? entry.field : null,
  }));
}

/** A 2xx answer without `X-Message-Id`: not a success SendGrid ever gives for a queued message. */
export function missingIdError(status: number): AuthmailError {
  return new AuthmailError(
    'provider_unavailable',
    `SendGrid answered ${status} without a message id`,
    {
      provider,
      status,
    },
  );
}
