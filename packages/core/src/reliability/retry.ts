import { randomUUID } from 'node:crypto';
import type { AuthmailError } from '../errors.js';
import { withDeadline } from '../provider/deadline.js';
import {
  chunk,
  type OutgoingBatch,
  type OutgoingEmail,
  type SendOptions,
  type SendReceipt,
  type Transport,
} from '../transport.js';
import { asAuthmailError } from '../util/settle.js';
import { fullJitterDelay } from './backoff.js';
import { sleep } from './sleep.js';

/** How {@link withRetry} retries. */
export interface RetryPolicy {
  /** Attempts in all, the first included. Default 3. */
  maxAttempts?: number;
  /** Backoff base: the first wait is up to this long. Default 250 ms. */
  baseDelayMs?: number;
  /** No single wait is longer. Default 10 s. */
  maxDelayMs?: number;
  /** Gives up on one attempt after this long (the transport's own `timeoutMs` applies too). */
  attemptTimeoutMs?: number;
  /** Gives up on the whole send this long after it started, waits included. Default 60 s. */
  deadlineMs?: number;
  /** Source of jitter, in [0, 1). Default `Math.random`. */
  random?: () => number;
  /** Told before each wait: which attempt failed, with what, and how long until the next. */
  onRetry?: (event: RetryEvent) => void;
}

/** What {@link RetryPolicy.onRetry} is told. */
export interface RetryEvent {
  attempt: number;
  error: AuthmailError;
  delayMs: number;
}

/** {@link RetryPolicy} with every default applied. */
type ResolvedPolicy = Required<Omit<RetryPolicy, 'attemptTimeoutMs' | 'onRetry'>> &
  Pick<RetryPolicy, 'attemptTimeoutMs' | 'onRetry'>;

/**
 * Wraps a transport so retryable failures (`rate_limited`,
 * `provider_unavailable`, `network`, `timeout`) are tried again, with
 * exponential backoff and full jitter, never sooner than the provider's
 * `Retry-After`. `provider_rejected`, `unauthorized` and `invalid_*` fail at once.
 *
 * Every attempt carries the same correlation id. Neither Mailgun nor SendGrid
 * has idempotency keys, so a retry after a timeout or a 5xx can deliver the
 * same email twice: for sign-in mail a duplicate beats a locked-out user, and
 * the correlation id lets duplicates be found.
 *
 * The abort signal is honoured between and during attempts. A failure that
 * is final carries `attempts`; a receipt does too.
 *
 * @example
 * ```ts
 * const transport = withRetry(createMailgunTransport(options), { maxAttempts: 4 });
 * ```
 */
export function withRetry(transport: Transport, policy: RetryPolicy = {}): Transport {
  const resolved: ResolvedPolicy = {
    maxAttempts: policy.maxAttempts ?? 3,
    baseDelayMs: policy.baseDelayMs ?? 250,
    maxDelayMs: policy.maxDelayMs ?? 10_000,
    deadlineMs: policy.deadlineMs ?? 60_000,
    random: policy.random ?? Math.random,
    ...(policy.attemptTimeoutMs === undefined ? {} : { attemptTimeoutMs: policy.attemptTimeoutMs }),
    ...(policy.onRetry === undefined ? {} : { onRetry: policy.onRetry }),
  };
  const retrying: Transport = {
    name: transport.name,
    async send(message: OutgoingEmail, options: SendOptions = {}): Promise<SendReceipt> {
      const stable = message.correlationId ? message : { ...message, correlationId: randomUUID() };
      const { value, attempts } = await attempt(transport.name, resolved, options, () =>
        transport.send(stable, options),
      );
      return { ...value, attempts };
    },
  };
  const sendBatch = transport.sendBatch?.bind(transport);
  if (!sendBatch) return retrying;
  retrying.sendBatch = async (batch: OutgoingBatch, options: SendOptions = {}) => {
    const correlationId = batch.correlationId ?? randomUUID();
    const receipts: SendReceipt[] = [];
    for (const recipients of chunk(batch.recipients)) {
      const part = { ...batch, recipients, correlationId };
      const { value, attempts } = await attempt(transport.name, resolved, options, () =>
        sendBatch(part, options),
      );
      receipts.push(...value.map((receipt) => ({ ...receipt, attempts })));
    }
    return receipts;
  };
  return retrying;
}

async function attempt<T>(
  provider: string,
  policy: ResolvedPolicy,
  options: SendOptions,
  run: () => Promise<T>,
): Promise<{ value: T; attempts: number }> {
  const deadline = Date.now() + policy.deadlineMs;
  const { signal } = options;
  for (let attempts = 1; ; attempts++) {
    const timeoutMs = Math.max(
      1,
      Math.min(policy.attemptTimeoutMs ?? Number.POSITIVE_INFINITY, deadline - Date.now()),
    );
    try {
      return { value: await withDeadline(run, { timeoutMs, provider, signal }), attempts };
    } catch (error) {
      if (signal?.aborted && error === signal.reason) throw error;
      const failure = asAuthmailError(error);
      const delayMs = Math.max(
        fullJitterDelay(attempts, policy.baseDelayMs, policy.maxDelayMs, policy.random()),
        failure.retryAfterMs ?? 0,
      );
      const final =
        !failure.retryable || attempts >= policy.maxAttempts || Date.now() + delayMs >= deadline;
      if (final) throw failure.with({ attempts });
      policy.onRetry?.({ attempt: attempts, error: failure, delayMs });
      await sleep(delayMs, signal);
    }
  }
}
