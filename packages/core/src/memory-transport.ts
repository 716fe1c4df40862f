import type { AuthmailError } from './errors.js';
import {
  chunk,
  type OutgoingBatch,
  type OutgoingEmail,
  type SendReceipt,
  type Transport,
} from './transport.js';

/** Options for {@link createMemoryTransport}. */
export interface MemoryTransportOptions {
  /** Transport name in receipts. Default `memory`. */
  name?: string;
  /**
   * Decides, per message, to fail instead of recording it: return an error to
   * reject with it. Lets tests show what callers see when a provider fails.
   */
  failWhen?: (message: OutgoingEmail) => AuthmailError | undefined;
}

/** A transport that keeps what it is given, for tests and previews. */
export interface MemoryTransport extends Transport {
  /** Every message accepted by `send`, oldest first. */
  readonly messages: readonly OutgoingEmail[];
  /** Every request accepted by `sendBatch` (at most 1,000 recipients each), oldest first. */
  readonly batches: readonly OutgoingBatch[];
  /** The last message accepted by `send`. */
  last(): OutgoingEmail | undefined;
  /** Forgets everything recorded. */
  clear(): void;
  sendBatch(batch: OutgoingBatch): Promise<SendReceipt[]>;
}

/**
 * A transport that records messages in memory instead of sending them.
 *
 * @example
 * ```ts
 * const transport = createMemoryTransport();
 * const mailer = createMailer({ transport, from: 'Acme <no-reply@acme.test>', builtins: true });
 * await mailer.send({ to: 'ann@example.com', usageType: 'Generic', variables: { code: '123456' } });
 * expect(transport.last()?.text).toContain('123456');
 * ```
 */
export function createMemoryTransport(options: MemoryTransportOptions = {}): MemoryTransport {
  const name = options.name ?? 'memory';
  const messages: OutgoingEmail[] = [];
  const batches: OutgoingBatch[] = [];
  let sequence = 0;
  const receipt = (correlationId: string | undefined): SendReceipt => ({
    messageId: `<${++sequence}@${name}.authmail>`,
    provider: name,
    ...(correlationId === undefined ? {} : { correlationId }),
  });
  return {
    name,
    messages,
    batches,
    last: () => messages.at(-1),
    clear() {
      messages.length = 0;
      batches.length = 0;
    },
    async send(message) {
      const failure = options.failWhen?.(message);
      if (failure) throw failure;
      messages.push(structuredClone(message));
      return receipt(message.correlationId);
    },
    async sendBatch(batch) {
      return chunk(batch.recipients).map((recipients) => {
        const request = structuredClone({ ...batch, recipients });
        batches.push(request);
        return { ...receipt(batch.correlationId), recipients: recipients.map(({ to }) => to) };
      });
    },
  };
}
