import { AuthmailError } from '../errors.js';
import { capabilitiesOf } from '../provider/capabilities.js';
import { checkOptionKeys } from '../shape/option-keys.js';
import type {
  OutgoingBatch,
  OutgoingEmail,
  SendOptions,
  SendReceipt,
  Transport,
  TransportCapabilities,
} from '../transport.js';
import { chunk } from '../util/chunk.js';
import { asAuthmailError } from '../util/settle.js';
import {
  CircuitBreaker,
  type CircuitBreakerOptions,
  type CircuitPermit,
} from './circuit-breaker.js';

/** Options of {@link withFailover}. */
export interface FailoverOptions extends CircuitBreakerOptions {
  /** Told each time a transport fails over to the next. */
  onFailover?: (event: { from: string; error: AuthmailError }) => void;
}

type Permit = CircuitPermit<Transport>;

/** Every key {@link FailoverOptions} may have. */
const failoverOptionKeys = [
  'failureThreshold',
  'cooldownMs',
  'now',
  'onFailover',
] as const satisfies readonly (keyof FailoverOptions)[];

/**
 * A transport that sends through the first of `transports` that works:
 * a retryable failure (`rate_limited`, `provider_unavailable`, `network`,
 * `timeout`) moves on to the next; any other failure is final, since another
 * provider would refuse the same message. The receipt's `provider` says which
 * one delivered. Its `name` is the transports' names joined with `|`
 * (one name when they share it).
 *
 * A {@link CircuitBreaker} skips a transport that has stopped delivering
 * (`failureThreshold` failures not interleaved with a success) for
 * `cooldownMs`, then lets exactly one send through as a trial while the
 * others keep skipping it; when every transport is skipped, all are tried
 * anyway, because an auth email must not be dropped by a breaker.
 *
 * An abort rejects with the signal's reason at once: no next transport is
 * tried, and the breaker counts nothing.
 *
 * Its `capabilities` hold for whichever transport sends: batches are split
 * at the smallest `maxBatchRecipients` of the transports, and
 * `idempotencyKeys` is `true` only when every transport has them.
 *
 * @example
 * ```ts
 * const transport = withFailover([withRetry(mailgun), withRetry(sendgrid)]);
 * ```
 * @throws AuthmailError `invalid_config` when `transports` is empty, a
 * breaker option is not a whole number in its range, or a transport declares
 * a `maxBatchRecipients` that is not.
 */
export function withFailover(
  transports: readonly Transport[],
  options: FailoverOptions = {},
): Transport {
  if (transports.length === 0) {
    throw new AuthmailError('invalid_config', 'withFailover needs at least one transport');
  }
  checkOptionKeys(options, failoverOptionKeys, 'failover options');
  const capabilities = sharedCapabilities(transports);
  const breaker = new CircuitBreaker<Transport>(options);

  /** Runs `run` through one transport under `permit`, telling the breaker how it went. */
  async function through<T>(
    permit: Permit,
    run: (transport: Transport) => Promise<T>,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    try {
      const value = await run(permit.key);
      breaker.succeeded(permit);
      return value;
    } catch (error) {
      if (signal?.aborted && error === signal.reason) {
        breaker.released(permit);
        throw error;
      }
      const failure = asAuthmailError(error);
      if (failure.retryable) breaker.failed(permit);
      else breaker.released(permit);
      throw failure;
    }
  }

  async function firstThatWorks<T>(
    eligible: (transport: Transport) => boolean,
    run: (transport: Transport) => Promise<T>,
    signal: AbortSignal | undefined,
  ): Promise<{ value: T; attempts: number }> {
    const candidates = transports.filter(eligible);
    let attempts = 0;
    let lastError: AuthmailError | undefined;
    const attempt = async (permit: Permit) => {
      attempts += 1;
      try {
        return { value: await through(permit, run, signal), attempts };
      } catch (error) {
        const aborted = signal?.aborted && error === signal.reason;
        if (aborted || !(error instanceof AuthmailError) || !error.retryable) throw error;
        options.onFailover?.({ from: permit.key.name, error });
        lastError = error.with({ attempts });
        return undefined;
      }
    };
    for (const transport of candidates) {
      const permit = breaker.acquire(transport);
      if (permit === undefined) continue;
      const done = await attempt(permit);
      if (done) return done;
    }
    // Every circuit was open: an auth email is never dropped by a breaker.
    if (attempts === 0) {
      for (const transport of candidates) {
        const done = await attempt(breaker.bypass(transport));
        if (done) return done;
      }
    }
    throw lastError ?? new AuthmailError('invalid_config', 'no transport can send this message');
  }

  const failover: Transport = {
    name: [...new Set(transports.map((transport) => transport.name))].join('|'),
    capabilities,
    async send(message: OutgoingEmail, sendOptions?: SendOptions): Promise<SendReceipt> {
      const { value, attempts } = await firstThatWorks(
        () => true,
        (transport) => transport.send(message, sendOptions),
        sendOptions?.signal,
      );
      return { ...value, attempts: value.attempts ?? attempts };
    },
  };
  if (!transports.some((transport) => transport.sendBatch)) return failover;
  failover.sendBatch = async (batch: OutgoingBatch, sendOptions?: SendOptions) => {
    const receipts: SendReceipt[] = [];
    for (const recipients of chunk(batch.recipients, capabilities.maxBatchRecipients)) {
      const part = { ...batch, recipients };
      const { value } = await firstThatWorks(
        (transport) => transport.sendBatch !== undefined,
        (transport) =>
          (transport.sendBatch as NonNullable<Transport['sendBatch']>)(part, sendOptions),
        sendOptions?.signal,
      );
      receipts.push(...value);
    }
    return receipts;
  };
  return failover;
}

/**
 * What all of `transports` can do: the smallest batch limit, and idempotency
 * keys only when every one has them.
 */
function sharedCapabilities(transports: readonly Transport[]): TransportCapabilities {
  const each = transports.map(capabilitiesOf);
  return {
    maxBatchRecipients: Math.min(...each.map(({ maxBatchRecipients }) => maxBatchRecipients)),
    idempotencyKeys: each.every(({ idempotencyKeys }) => idempotencyKeys),
  };
}
