import { AuthmailError, isAuthmailError } from '@authmail/core';
import { errorCodeForStatus, redactSecrets, transportFailureCode } from '@authmail/core/provider';

/** The error mailgun.js rejects with; its class is not exported, so it is known by `type`. */
interface MailgunApiError {
  type: 'MailgunAPIError';
  status: number;
  message: string;
  details: string;
}

const provider = 'mailgun';

/** Longest provider text an error keeps, after redaction: in `details`, and in the message. */
const detailsLength = 1000;
const reasonLength = 200;

/**
 * mailgun.js reports a failure below HTTP (refused, reset, DNS, TLS, its own
 * timeout) as `status: 400` with the Node or axios error code as its message
 * (wire.md A4.3); an HTTP answer's message is a status text or Mailgun's words.
 */
const belowHttp = /^[A-Z][A-Z0-9_]{2,}$/;

/**
 * How a Mailgun API key appears on the wire: the key itself, and the
 * Basic-auth pair `api:<key>` (whose Base64 `redactSecrets` removes too).
 */
export function mailgunSecretForms(apiKey: string): string[] {
  return [apiKey, `api:${apiKey}`];
}

/** Whether `error` is mailgun.js' `APIError`. */
export function isMailgunApiError(error: unknown): error is MailgunApiError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { type?: unknown }).type === 'MailgunAPIError' &&
    typeof (error as { status?: unknown }).status === 'number'
  );
}

/**
 * Maps whatever mailgun.js rejected with onto an {@link AuthmailError}:
 * failures below HTTP become `network` or `timeout` (classified by core's
 * `transportFailureCode`: TLS, certificate and DNS failures are `network`,
 * retryable), HTTP failures get the code for their status and Mailgun's
 * message. Every form of the API key is redacted from every text before it
 * is shortened.
 */
export function mailgunError(error: unknown, apiKey: string): AuthmailError {
  if (isAuthmailError(error)) return error;
  const clean = (text: unknown, maxLength = detailsLength) =>
    redactSecrets(String(text ?? ''), mailgunSecretForms(apiKey), maxLength);
  if (!isMailgunApiError(error)) {
    const code = transportFailureCode((error as { code?: unknown } | null)?.code) ?? 'network';
    const message = clean(error instanceof Error ? error.message : error, reasonLength);
    return new AuthmailError(code, `Mailgun request failed: ${message}`, { provider });
  }
  const details = {
    status: error.status,
    error: clean(error.message),
    message: clean(error.details),
  };
  if (belowHttp.test(error.message)) {
    const code = transportFailureCode(error.message) ?? 'network';
    const reason = `${clean(error.message, reasonLength)} (${clean(error.details, reasonLength)})`;
    return new AuthmailError(code, `Mailgun could not be reached: ${reason}`, {
      provider,
      details: { error: details.error, message: details.message },
    });
  }
  const reason = clean(details.message || details.error, reasonLength);
  return new AuthmailError(
    errorCodeForStatus(error.status),
    `Mailgun answered ${error.status}: ${reason}`,
    { provider, status: error.status, details },
  );
}

/**
 * A 2xx answer without an id: Mailgun's success always has one, so this is
 * not a success. The answer's text is redacted like every other.
 */
export function missingIdError(answer: unknown, apiKey: string): AuthmailError {
  const text = (answer as { message?: unknown } | null)?.message;
  const message = (maxLength: number) =>
    typeof text === 'string' ? redactSecrets(text, mailgunSecretForms(apiKey), maxLength) : '';
  const reason = message(reasonLength);
  return new AuthmailError(
    'provider_unavailable',
    `Mailgun answered without a message id${reason ? `: ${reason}` : ''}`,
    { provider, details: { answer: message(detailsLength) } },
  );
}
