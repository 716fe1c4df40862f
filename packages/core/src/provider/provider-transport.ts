import { AuthmailError } from '../errors.js';
import {
  chunk,
  type OutgoingBatch,
  type OutgoingEmail,
  type SendOptions,
  type SendReceipt,
  type Transport,
} from '../transport.js';
import { withDeadline } from './deadline.js';

/** What a provider package supplies to {@link createProviderTransport}. */
export interface ProviderClient<N extends string, R> {
  /** The transport's name, reported in receipts and errors. */
  name: N;
  /** How long to wait for an answer. */
  timeoutMs: number;
  /** The provider request for one message. */
  message(message: OutgoingEmail): R;
  /** The provider request for one batch of at most 1,000 recipients. */
  batch(batch: OutgoingBatch): R;
  /** Sends a request through the official client; resolves to the provider's message id. */
  send(request: R): Promise<string>;
  /** Maps anything `message`, `batch` or `send` threw onto an `AuthmailError`, secrets removed. */
  toError(error: unknown): AuthmailError;
}

/**
 * Builds a provider request. A failure here (variables JSON cannot write, a
 * BigInt say) is `invalid_variables`: nothing was sent, and retrying cannot help.
 * authmail's own errors (a bad address, too-deep variables) pass through.
 */
function prepare<R>(provider: string, build: () => R): R {
  try {
    return build();
  } catch (error) {
    if (error instanceof AuthmailError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AuthmailError(
      'invalid_variables',
      `The message could not be prepared for ${provider}: ${reason}`,
      {
        provider,
      },
    );
  }
}

/** A provider {@link Transport}, with `sendBatch`. */
export type ProviderTransport<N extends string> = Transport & {
  readonly name: N;
  sendBatch(batch: OutgoingBatch, options?: SendOptions): Promise<SendReceipt[]>;
};

/**
 * The part every provider transport shares: each request runs under the
 * transport's own deadline (the official clients have none), an abort rejects
 * with the signal's reason, a request that cannot be built is `invalid_variables`,
 * every other failure becomes an `AuthmailError`,
 * batches go in requests of at most 1,000 recipients, and receipts carry the
 * provider, the correlation id and, for batches, the recipients.
 */
export function createProviderTransport<N extends string, R>(
  client: ProviderClient<N, R>,
): ProviderTransport<N> {
  const post = async (build: () => R, { signal }: SendOptions = {}): Promise<string> => {
    const request = prepare(client.name, build);
    try {
      return await withDeadline(() => client.send(request), {
        timeoutMs: client.timeoutMs,
        provider: client.name,
        signal,
      });
    } catch (error) {
      if (signal?.aborted && error === signal.reason) throw error;
      throw client.toError(error);
    }
  };
  const receipt = (messageId: string, correlationId: string | undefined): SendReceipt => ({
    messageId,
    provider: client.name,
    ...(correlationId ? { correlationId } : {}),
  });
  return {
    name: client.name,
    async send(message, options) {
      return receipt(await post(() => client.message(message), options), message.correlationId);
    },
    async sendBatch(batch, options) {
      const receipts: SendReceipt[] = [];
      for (const recipients of chunk(batch.recipients)) {
        const messageId = await post(() => client.batch({ ...batch, recipients }), options);
        receipts.push({
          ...receipt(messageId, batch.correlationId),
          recipients: recipients.map(({ to }) => to),
        });
      }
      return receipts;
    },
  };
}
