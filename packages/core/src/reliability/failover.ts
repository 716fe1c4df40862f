import { AuthmailError } from '../errors.js';
import {
  chunk,
  type OutgoingBatch,
  type OutgoingEmail,
  type SendOptions,
  type SendReceipt,
  type Transport,
} from '../transport.js';
import { asAuthmailError } from '../util/settle.js';
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker.js';

/** Options of {@link withFailover}. */
export interface FailoverOptions extends CircuitBreakerOptions {
  /** Told each time a transport fails over to the next. */
  onFailover?: (event: { from: string; error: AuthmailError }) => void;
}

/**
 * A transport that sends through the first of `transports` that works:
 * a retryable failure (`rate_limited`, `provider_unavailable`, `network`,
 * `timeout`) moves on to the next; any other failure is final, since another
 * provider would refuse the same message. The receipt's `provider` says which
 * one delivered. Its `name` is the transports' names joined with `|`
 * (one name when they share it).
 *
 * A short circuit breaker skips a transport that failed `failureThreshold`
 * times in a row, for `cooldownMs`; when every transport is skipped, all are
 * tried anyway, because an auth email must not be dropped by a breaker.
 *
 * @example
 * ```ts
 * const transport = withFailover([withRetry(mailgun), withRetry(sendgrid)]);
 * ```
 * @throws AuthmailError `invalid_config` when `transports` is empty.
 */
export function withFailover(
  transports: readonly Transport[],
  options: FailoverOptions = {},
): Transport {
  if (transports.length === 0) {
    throw new AuthmailError('invalid_config', 'withFailover needs at least one transport');
  }
  const breaker = new CircuitBreaker<Transport>(options);
  const ordered = () => {
    const closed = transports.filter((transport) => !breaker.isOpen(transport));
    return closed.length > 0 ? closed : transports;
  };

  async function firstThatWorks<T>(
    candidates: readonly Transport[],
    run: (transport: Transport) => Promise<T>,
  ): Promise<{ value: T; attempts: number }> {
    let lastError: AuthmailError | undefined;
    for (const [index, transport] of candidates.entries()) {
      try {
        const value = await run(transport);
        breaker.recordSuccess(transport);
        return { value, attempts: index + 1 };
      } catch (error) {
        const failure = asAuthmailError(error);
        if (!failure.retryable) throw failure;
        breaker.recordFailure(transport);
        options.onFailover?.({ from: transport.name, error: failure });
        lastError = failure.with({ attempts: index + 1 });
      }
    }
    throw lastError ?? new AuthmailError('invalid_config', 'no transport can send this message');
  }

  const failover: Transport = {
    name: [...new Set(transports.map((transport) => transport.name))].join('|'),
    async send(message: OutgoingEmail, sendOptions?: SendOptions): Promise<SendReceipt> {
      const { value, attempts } = await firstThatWorks(ordered(), (transport) =>
        transport.send(message, sendOptions),
      );
      return { ...value, attempts: value.attempts ?? attempts };
    },
  };
  if (!transports.some((transport) => transport.sendBatch)) return failover;
  failover.sendBatch = async (batch: OutgoingBatch, sendOptions?: SendOptions) => {
    const batching = () => ordered().filter((transport) => transport.sendBatch);
    const receipts: SendReceipt[] = [];
    for (const recipients of chunk(batch.recipients)) {
      const part = { ...batch, recipients };
      const { value } = await firstThatWorks(batching(), (transport) =>
        (transport.sendBatch as NonNullable<Transport['sendBatch']>)(part, sendOptions),
      );
      receipts.push(...value);
    }
    return receipts;
  };
  return failover;
}
