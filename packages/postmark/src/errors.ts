import { AuthmailError, type AuthmailErrorCode, isAuthmailError } from '@authmail/core';
import {
  errorCodeForStatus,
  redactSecrets,
  retryAfterMs,
  transportFailureCode,
} from '@authmail/core/provider';
import type { FetchTrace } from './agent-fetch.js';

const provider = 'postmark';

/** Longest provider text an error keeps, after redaction. */
const reasonLength = 500;

/** Postmark's `ErrorCode` for a bad or missing server token. */
const badToken = 10;
/** Postmark's `ErrorCode` for an inactive (suppressed) recipient. */
export const inactiveRecipient = 406;

/** The error the postmark client rejects with (`Errors.PostmarkError`), known by shape. */
interface PostmarkClientError {
  name: string;
  message: string;
  /** Postmark's `ErrorCode`; 0 when the answer had none. */
  code: number;
  /** The HTTP status; 0 for a failure below HTTP. */
  statusCode: number;
}

/**
 * How a Postmark server token appears on the wire: alone, as the value of
 * `X-Postmark-Server-Token`, trimmed by the client.
 */
export function postmarkSecretForms(serverToken: string): string[] {
  return [serverToken, serverToken.trim()];
}

function isClientError(error: unknown): error is PostmarkClientError {
  const candidate = error as Partial<PostmarkClientError> | null;
  return (
    error instanceof Error &&
    typeof candidate?.statusCode === 'number' &&
    candidate.statusCode > 0 &&
    typeof candidate.code === 'number'
  );
}

/**
 * The code for Postmark's answer: `ErrorCode` 10 (bad token) is
 * `unauthorized` whatever the status; otherwise the HTTP status decides
 * (`ErrorCode` 500 is not an HTTP 500): 401/403 `unauthorized`, 429
 * `rate_limited`, 5xx `provider_unavailable`, 422 and other 4xx
 * `provider_rejected`.
 */
export function postmarkErrorCode(errorCode: number, status: number): AuthmailErrorCode {
  if (errorCode === badToken) return 'unauthorized';
  return errorCodeForStatus(status);
}

/**
 * Maps what the postmark client rejected with onto an {@link AuthmailError}:
 * a failure below HTTP (which the client reduces to its message; `trace`
 * keeps the original, with its Node code) becomes `network` or `timeout`;
 * an answer gets the code for its `ErrorCode` and status, Postmark's
 * message (an inactive recipient says "suppressed"), and a 429's
 * `Retry-After`. The token is redacted from every text before it is shortened.
 */
export function postmarkError(
  error: unknown,
  serverToken: string,
  trace: FetchTrace = {},
): AuthmailError {
  if (isAuthmailError(error)) return error;
  const clean = (text: unknown) =>
    redactSecrets(String(text ?? ''), postmarkSecretForms(serverToken), reasonLength);
  if (!isClientError(error)) {
    const cause = trace.failure ?? error;
    const nodeCode = (cause as { code?: unknown } | null)?.code;
    const code = transportFailureCode(nodeCode) ?? 'network';
    const message = clean(cause instanceof Error ? cause.message : cause);
    return new AuthmailError(code, `Postmark request failed: ${message}`, { provider });
  }
  const status = error.statusCode;
  const wait = retryAfterMs({ retryAfter: trace.headers?.get('retry-after') ?? undefined });
  return new AuthmailError(
    postmarkErrorCode(error.code, status),
    `Postmark answered ${status}${reasonOf(error.code, clean(error.message))}`,
    {
      provider,
      status,
      details: { status, errorCode: error.code, message: clean(error.message) },
      ...(status === 429 && wait !== undefined ? { retryAfterMs: wait } : {}),
    },
  );
}

/**
 * The error for one message of a batch that Postmark refused while it
 * accepted others (the batch answer is HTTP 200; each message has its
 * `ErrorCode`): `provider_rejected`, or `unauthorized` for a bad token.
 */
export function refusedMessageError(
  answer: { ErrorCode?: unknown; Message?: unknown },
  serverToken: string,
): AuthmailError {
  const errorCode = typeof answer.ErrorCode === 'number' ? answer.ErrorCode : 0;
  const message = redactSecrets(
    String(answer.Message ?? ''),
    postmarkSecretForms(serverToken),
    reasonLength,
  );
  const code = errorCode === badToken ? 'unauthorized' : 'provider_rejected';
  return new AuthmailError(code, `Postmark refused the message${reasonOf(errorCode, message)}`, {
    provider,
    details: { errorCode, message },
  });
}

/** `: the reason (ErrorCode n)`, saying "suppressed" for an inactive recipient. */
function reasonOf(errorCode: number, message: string): string {
  const reason =
    errorCode === inactiveRecipient
      ? `the recipient is suppressed (inactive) at Postmark${message ? `: ${message}` : ''}`
      : message;
  return `${reason ? `: ${reason}` : ''}${errorCode ? ` (ErrorCode ${errorCode})` : ''}`;
}

/**
 * A 2xx answer without a message id: not a success Postmark gives for an
 * accepted message (a proxy's page, say). Its text is not kept.
 */
export function missingIdError(): AuthmailError {
  return new AuthmailError('provider_unavailable', 'Postmark answered without a MessageID', {
    provider,
  });
}
