import { randomUUID } from 'node:crypto';
import type { AuthmailError } from '../errors.js';
import { capabilitiesOf } from '../provider/capabilities.js';
import { withDeadline } from '../provider/deadline.js';
import {
  checkNumberOption,
  delayRule,
  durationRule,
  type NumberRule,
  optionalNumberOption,
} from '../provider/number-option.js';
import { checkOptionKeys } from '../shape/option-keys.js';
import type {
  OutgoingBatch,
  OutgoingEmail,
  SendOptions,
  SendReceipt,
  Transport,
} from '../transport.js';
import { chunk } from '../util/chunk.js';
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

/** `maxAttempts`: 1 to 100 attempts. */
const attemptsRule: NumberRule = { min: 1, max: 100 };

/** {@link RetryPolicy} with every default applied. */
type ResolvedPolicy = Required<Omit<RetryPolicy, 'attemptTimeoutMs' | 'onRetry'>> &
  Pick<RetryPolicy, 'attemptTimeoutMs' | 'onRetry'>;

/**
 * Wraps a transport so retryable failures (`rate_limited`,
 * `provider_unavailable`, `network`, `timeout`) are tried again, with
 * exponential backoff and full jitter, never sooner than the provider's
 * `Retry-After`. `provider_rejected`, `unauthorized` and `invalid_*` fail at once.
 *
 * Every attempt carries the same correlation id. Unless the transport
 * declares `capabilities.idempotencyKeys` (neither Mailgun nor SendGrid has
 * idempotency keys), a retry after a timeout or a 5xx can deliver the same
 * email twice: for sign-in mail a duplicate beats a locked-out user, and the
 * correlation id lets duplicates be found.
 *
 * Batches are split at the transport's `capabilities.maxBatchRecipients`
 * (1,000 when it declares none), and each request is retried alone; the
 * wrapper reports the transport's capabilities as its own.
 *
 * The abort signal is honoured between and during attempts: the send
 * rejects with the signal's reason, and the attempt in flight is handed a
 * signal that aborts too (as it does when `attemptTimeoutMs` runs out), so a
 * provider transport cancels its HTTP request. A failure that is final
 * carries `attempts`; a receipt does too.
 *
 * Every numeric option is checked here, when `withRetry` is called: `NaN`
 * (`Number()` of a missing environment variable), `Infinity`, fractions,
 * negatives, `attemptTimeoutMs: 0` and waits longer than a Node timer can
 * hold are refused.
 *
 * @example
 * ```ts
 * const transport = withRetry(createMailgunTransport(options), { maxAttempts: 4 });
 * ```
 * @throws AuthmailError `invalid_config` naming the first option that is not
 * a whole number in its range, or the transport's `maxBatchRecipients` when
 * it declares one that is not.
 */
export function withRetry(transport: Transport, policy: RetryPolicy = {}): Transport {
  const resolved = resolvePolicy(policy);
  const capabilities = capabilitiesOf(transport);
  const retrying: Transport = {
    name: transport.name,
    capabilities,
    async send(message: OutgoingEmail, options: SendOptions = {}): Promise<SendReceipt> {
      const stable = message.correlationId ? message : { ...message, correlationId: randomUUID() };
      const { value, attempts } = await attempt(transport.name, resolved, options, (signal) =>
        transport.send(stable, { ...options, signal }),
      );
      return { ...value, attempts };
    },
  };
  const sendBatch = transport.sendBatch?.bind(transport);
  if (!sendBatch) return retrying;
  retrying.sendBatch = async (batch: OutgoingBatch, options: SendOptions = {}) => {
    const correlationId = batch.correlationId ?? randomUUID();
    const receipts: SendReceipt[] = [];
    for (const recipients of chunk(batch.recipients, capabilities.maxBatchRecipients)) {
      const part = { ...batch, recipients, correlationId };
      const { value, attempts } = await attempt(transport.name, resolved, options, (signal) =>
        sendBatch(part, { ...options, signal }),
      );
      receipts.push(...value.map((receipt) => ({ ...receipt, attempts })));
    }
    return receipts;
  };
  return retrying;
}

/** Every key a {@link RetryPolicy} may have. */
const policyKeys = [
  'maxAttempts',
  'baseDelayMs',
  'maxDelayMs',
  'attemptTimeoutMs',
  'deadlineMs',
  'random',
  'onRetry',
] as const satisfies readonly (keyof RetryPolicy)[];

/**
 * Checks the policy's numbers and applies the defaults.
 *
 * @throws AuthmailError `invalid_config` naming the option.
 */
function resolvePolicy(policy: RetryPolicy): ResolvedPolicy {
  checkOptionKeys(policy, policyKeys, 'retry policy');
  const attemptTimeoutMs = policy.attemptTimeoutMs;
  return {
    maxAttempts: optionalNumberOption('maxAttempts', policy.maxAttempts, attemptsRule, 3),
    baseDelayMs: optionalNumberOption('baseDelayMs', policy.baseDelayMs, delayRule, 250),
    maxDelayMs: optionalNumberOption('maxDelayMs', policy.maxDelayMs, delayRule, 10_000),
    deadlineMs: optionalNumberOption('deadlineMs', policy.deadlineMs, durationRule, 60_000),
    random: policy.random ?? Math.random,
    ...(attemptTimeoutMs === undefined
      ? {}
      : {
          attemptTimeoutMs: checkNumberOption('attemptTimeoutMs', attemptTimeoutMs, durationRule),
        }),
    ...(policy.onRetry === undefined ? {} : { onRetry: policy.onRetry }),
  };
}

/**
 * Runs `run` until it succeeds, fails for good, runs out of attempts or
 * passes the deadline. Each attempt gets a signal that aborts with the
 * caller's reason or with a `timeout` when the attempt's time is up.
 */
async function attempt<T>(
  provider: string,
  policy: ResolvedPolicy,
  options: SendOptions,
  run: (signal: AbortSignal) => Promise<T>,
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
