import { AuthmailError, errorCodeForStatus, isAuthmailError, redactSecrets } from '@authmail/core';

/** The error mailgun.js rejects with; its class is not exported, so it is known by `type`. */
interface MailgunApiError {
  type: 'MailgunAPIError';
  status: number;
  message: string;
  details: string;
}

const provider = 'mailgun';

/** Node and axios error codes, which mailgun.js reports as `status: 400` (wire.md A4.3). */
const transportFailure = /^(E[A-Z_]+|ERR_[A-Z_]+)$/;
const timeoutCodes = new Set(['ECONNABORTED', 'ETIMEDOUT']);

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
 * transport failures (which it reports as 400 with an `E…` code) become
 * `network` or `timeout`, HTTP failures get the code for their status and
 * Mailgun's message. The API key is redacted from every text.
 */
export function mailgunError(error: unknown, apiKey: string): AuthmailError {
  if (isAuthmailError(error)) return error;
  const clean = (text: string) => redactSecrets(text, [apiKey]);
  if (!isMailgunApiError(error)) {
    const message = clean(error instanceof Error ? error.message : String(error));
    return new AuthmailError('network', `Mailgun request failed: ${message}`, { provider });
  }
  const details = {
    status: error.status,
    error: clean(error.message),
    message: clean(String(error.details ?? '')),
  };
  if (transportFailure.test(error.message)) {
    const code = timeoutCodes.has(error.message) ? 'timeout' : 'network';
    return new AuthmailError(
      code,
      `Mailgun could not be reached: ${details.error} (${details.message})`,
      {
        provider,
        details: { error: details.error, message: details.message },
      },
    );
  }
  const code = errorCodeForStatus(error.status);
  const reason = details.message || details.error;
  return new AuthmailError(code, `Mailgun answered ${error.status}: ${reason}`, {
    provider,
    status: error.status,
    details,
  });
}

/**
 * A 2xx answer without an id: Mailgun's success always has one, so this is
 * not a success. The answer's text is redacted like every other.
 */
export function missingIdError(answer: unknown, apiKey: string): AuthmailError {
  const message =
    typeof (answer as { message?: unknown })?.message === 'string'
      ? redactSecrets((answer as { message: string }).message, [apiKey])
      : '';
  return new AuthmailError(
    'provider_unavailable',
    `Mailgun answered without a message id${message ? `: ${message.slice(0, 200)}` : ''}`,
    { provider, details: { answer: message.slice(0, 1000) } },
  );
}
