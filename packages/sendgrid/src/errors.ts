import {
  AuthmailError,
  errorCodeForStatus,
  isAuthmailError,
  redactSecrets,
  retryAfterMs,
} from '@authmail/core';

const provider = 'sendgrid';
const timeoutCodes = new Set(['ECONNABORTED', 'ETIMEDOUT']);

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
 * and, for 429, the wait from `Retry-After` / `X-RateLimit-Reset`; axios
 * failures become `network` or `timeout`. Only chosen fields are copied, so
 * the `Authorization` header axios keeps on its errors never gets through.
 */
export function sendGridError(error: unknown, apiKey: string): AuthmailError {
  if (isAuthmailError(error)) return error;
  const clean = (text: string) => redactSecrets(text, [apiKey]);
  if (isResponseError(error)) return responseError(error, clean);
  if (isAxiosTransportError(error)) {
    const code = error.code && timeoutCodes.has(error.code) ? 'timeout' : 'network';
    return new AuthmailError(
      code,
      `SendGrid could not be reached: ${clean(error.code ?? '')} ${clean(error.message)}`.trim(),
      {
        provider,
        details: { error: error.code === undefined ? undefined : clean(error.code) },
      },
    );
  }
  const message = clean(error instanceof Error ? error.message : String(error));
  return new AuthmailError(
    'provider_rejected',
    `SendGrid's client refused the message: ${message}`,
    { provider },
  );
}

function responseError(
  error: SendGridResponseError,
  clean: (text: string) => string,
): AuthmailError {
  const status = error.code;
  const headers = error.response.headers ?? {};
  const errors = errorList(error.response.body).map((entry) => ({
    message: clean(entry.message),
    field: entry.field === null ? null : clean(entry.field),
  }));
  const reason = errors
    .map((entry) => (entry.field ? `${entry.message} (${entry.field})` : entry.message))
    .join('; ');
  const header = (name: string) => {
    const value = headers[name];
    return value === undefined ? undefined : clean(String(value));
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

function errorList(body: unknown): { message: string; field: string | null }[] {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors))
    return typeof body === 'string' && body ? [{ message: body.slice(0, 500), field: null }] : [];
  return errors.map((entry: { message?: unknown; field?: unknown }) => ({
    message: String(entry?.message ?? ''),
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
