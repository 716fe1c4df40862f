import { isAuthmailError } from '@authmail/core';
import { jsonAnswer } from '@authmail/core/http';

/**
 * An error answer in the shape Supabase documents for hooks,
 * `{ error: { http_code, message } }`, with `http_code` as the status.
 */
export function refuse(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return jsonAnswer(status, { error: { http_code: status, message } }, headers);
}

/** The answer to a sent email: 200 `{}`, which Supabase takes as success. */
export function sent(): Response {
  return jsonAnswer(200, {});
}

/** The answer to anything but `POST`. */
export function onlyPost(): Response {
  return refuse(405, 'Use POST.', { allow: 'POST' });
}

/** The answer to a body over the limit. */
export function tooLarge(): Response {
  return refuse(413, 'The request body is too large.', { connection: 'close' });
}

/** The payload's own fault: it cannot make an email. */
const requestCodes: ReadonlySet<string> = new Set(['invalid_variables', 'invalid_message']);

/**
 * The answer to a failed send: 503 when trying again may work (the
 * provider was down or slow, or the sends ran out of time), 422 when the
 * payload cannot make an email, 500 for our own setup (templates, config,
 * credentials) and anything unexpected. The message is the `AuthmailError`'s,
 * which never holds a secret, or a fixed sentence.
 */
export function answerFailure(error: unknown): Response {
  if (!isAuthmailError(error))
    return refuse(500, 'Unexpected error in the authmail Send Email Hook.');
  const message = `${error.code}: ${error.message}`;
  if (error.retryable) return refuse(503, message);
  return refuse(requestCodes.has(error.code) ? 422 : 500, message);
}
