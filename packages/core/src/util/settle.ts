import { AuthmailError } from '../errors.js';

/** An outcome shaped like `Promise.allSettled`'s entries, with an {@link AuthmailError} reason. */
export type Settled<T> =
  | { status: 'fulfilled'; value: T }
  | { status: 'rejected'; reason: AuthmailError };

/** Runs `task` and captures its outcome; never rejects. */
export async function settle<T>(task: () => T | Promise<T>): Promise<Settled<T>> {
  try {
    return { status: 'fulfilled', value: await task() };
  } catch (error) {
    return { status: 'rejected', reason: asAuthmailError(error) };
  }
}

/**
 * Keeps an {@link AuthmailError} as it is; anything else (a bug in a custom
 * transport, say) becomes a non-retryable `provider_unavailable` that keeps the
 * original message, so no failure is ever dropped.
 */
export function asAuthmailError(error: unknown): AuthmailError {
  if (error instanceof AuthmailError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AuthmailError('provider_unavailable', `Unexpected failure: ${message}`, {
    retryable: false,
  });
}
