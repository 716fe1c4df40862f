import { AuthmailError, isAuthmailError } from '@authmail/core';
import {
  defaultProviderTextLength,
  errorCodeForStatus,
  redactSecrets,
  retryAfterMs,
  transportFailureCode,
} from '@authmail/core/provider';
import type { HttpAnswer } from './post-json.js';

const provider = 'toy';

/** An answer that is not a success: a failing status, or a 2xx without a message id. */
export class UnexpectedAnswer extends Error {
  constructor(readonly answer: HttpAnswer) {
    super(`Toy Mail answered ${answer.status}`);
  }
}

/** How a Toy Mail key appears on the wire: itself, and the `Authorization` value. */
export function toySecretForms(apiKey: string): string[] {
  return [apiKey, `Bearer ${apiKey}`];
}

/** The provider's reason: its `errors[].message`s (SendGrid v3's shape), or the body as text. */
function reasonOf(body: string): string {
  let parsed: { errors?: unknown } | null = null;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  if (!Array.isArray(parsed?.errors)) return body;
  return parsed.errors.map((entry: { message?: unknown }) => String(entry?.message)).join('; ');
}

function answerError(answer: HttpAnswer, clean: (text: string) => string): AuthmailError {
  const { status, headers } = answer;
  if (status >= 200 && status < 300) {
    return new AuthmailError(
      'provider_unavailable',
      `Toy Mail answered ${status} without a message id`,
      {
        provider,
        status,
      },
    );
  }
  const wait = retryAfterMs({
    retryAfter: headers['retry-after'],
    rateLimitReset: headers['x-ratelimit-reset'],
  });
  return new AuthmailError(
    errorCodeForStatus(status),
    `Toy Mail answered ${status}: ${clean(reasonOf(answer.body))}`,
    {
      provider,
      status,
      details: { status },
      ...(status === 429 && wait !== undefined ? { retryAfterMs: wait } : {}),
    },
  );
}

/**
 * Maps what the request threw onto an `AuthmailError`: an answer by its
 * status (and `Retry-After` for 429), a failure below HTTP by its Node code
 * (`network` or `timeout`), anything else as a refusal to send. Texts are
 * redacted (every form of the key), then shortened.
 */
export function toyError(error: unknown, apiKey: string): AuthmailError {
  if (isAuthmailError(error)) return error;
  const clean = (text: string) =>
    redactSecrets(text, toySecretForms(apiKey), defaultProviderTextLength);
  if (error instanceof UnexpectedAnswer) return answerError(error.answer, clean);
  const code = (error as { code?: unknown } | null)?.code;
  const message = clean(error instanceof Error ? error.message : String(error));
  const below = transportFailureCode(code);
  if (below !== undefined) {
    return new AuthmailError(below, `Toy Mail could not be reached: ${message}`, {
      provider,
      details: { error: clean(String(code)) },
    });
  }
  return new AuthmailError('provider_rejected', `The request could not be sent: ${message}`, {
    provider,
  });
}
