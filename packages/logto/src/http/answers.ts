import { jsonAnswer } from '@authmail/core/http';
import type { LogtoFailure } from '../failure.js';

/** An error answer: `{ error, message }`, a code and one short sentence. */
export function refuse(
  status: number,
  error: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return jsonAnswer(status, { error, message }, headers);
}

/** The answer to anything but `POST`. */
export function onlyPost(): Response {
  return refuse(405, 'method_not_allowed', 'Use POST.', { allow: 'POST' });
}

/** The answer to a body over the limit. */
export function tooLarge(): Response {
  return refuse(413, 'body_too_large', 'The request body is too large.', { connection: 'close' });
}

/** The answer to a failed send, with `Retry-After` when the provider gave one. */
export function answerFailure(failure: LogtoFailure): Response {
  const wait = failure.retryAfterSeconds;
  const headers: Record<string, string> = wait === undefined ? {} : { 'retry-after': String(wait) };
  return refuse(failure.httpStatus, failure.code, failure.message, headers);
}
