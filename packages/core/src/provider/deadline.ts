import { AuthmailError } from '../errors.js';
import { onAbort, raceAbort } from './abort.js';

/** Default time a transport waits for a provider's answer. */
export const defaultTimeoutMs = 10_000;

/** Options for {@link withDeadline}. */
export interface DeadlineOptions {
  timeoutMs: number;
  provider: string;
  signal?: AbortSignal | undefined;
}

/** A running deadline: {@link startDeadline}. */
export interface Deadline {
  /**
   * Aborts with the caller's reason when the caller's signal aborts, or with
   * a retryable `timeout` {@link AuthmailError} once `timeoutMs` has passed.
   */
  readonly signal: AbortSignal;
  /** Stops the timer and stops listening to the caller's signal. */
  dispose(): void;
}

/**
 * Starts a deadline: one signal that says "stop" for both reasons a send
 * stops early, the caller's abort and our own timeout, so whatever runs
 * under it (a queue wait, an HTTP request, an inner transport) is cancelled
 * with the reason the caller will see.
 */
export function startDeadline({ timeoutMs, provider, signal }: DeadlineOptions): Deadline {
  const controller = new AbortController();
  if (signal?.aborted) {
    controller.abort(signal.reason);
    return { signal: controller.signal, dispose: () => undefined };
  }
  const timer = setTimeout(() => {
    controller.abort(
      new AuthmailError('timeout', `${provider} did not answer within ${timeoutMs} ms`, {
        provider,
        details: { timeoutMs },
      }),
    );
  }, timeoutMs);
  const stopListening = signal ? onAbort(signal, () => controller.abort(signal.reason)) : undefined;
  const dispose = () => {
    clearTimeout(timer);
    stopListening?.();
  };
  controller.signal.addEventListener('abort', dispose, { once: true });
  return { signal: controller.signal, dispose };
}

/**
 * Races `run` against a timeout and an abort signal. The official clients have
 * no per-call timeout, so transports enforce theirs here: past `timeoutMs`
 * the promise rejects with a retryable `timeout` (the request may still be
 * delivered: see the duplicate caveat in the docs); on abort it rejects with
 * the signal's reason. `run` is handed the deadline's signal, so it can
 * cancel its own work for either reason.
 */
export async function withDeadline<T>(
  run: (signal: AbortSignal) => Promise<T>,
  options: DeadlineOptions,
): Promise<T> {
  const deadline = startDeadline(options);
  try {
    if (deadline.signal.aborted) throw deadline.signal.reason;
    return await raceAbort(run(deadline.signal), deadline.signal);
  } finally {
    deadline.dispose();
  }
}
