import { AuthmailError } from '../errors.js';

/** Default time a transport waits for a provider's answer. */
export const defaultTimeoutMs = 10_000;

/** Options for {@link withDeadline}. */
export interface DeadlineOptions {
  timeoutMs: number;
  provider: string;
  signal?: AbortSignal | undefined;
}

/**
 * Races `run` against a timeout and an abort signal. The official clients have
 * no per-call timeout, so transports enforce theirs here: past `timeoutMs`
 * the promise rejects with a retryable `timeout` (the request may still be
 * delivered: see the duplicate caveat in the docs); on abort it rejects with
 * the signal's reason.
 */
export function withDeadline<T>(run: () => Promise<T>, options: DeadlineOptions): Promise<T> {
  const { timeoutMs, provider, signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => finish(() => reject(signal?.reason));
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new AuthmailError('timeout', `${provider} did not answer within ${timeoutMs} ms`, {
              provider,
              details: { timeoutMs },
            }),
          ),
        ),
      timeoutMs,
    );
    let settled = false;
    function finish(settle: () => void) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    run().then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}
