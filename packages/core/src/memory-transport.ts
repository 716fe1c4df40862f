import type { AuthmailError } from './errors.js';
import { defaultCapabilities, maxBatchRecipientsRule } from './provider/capabilities.js';
import { optionalNumberOption } from './provider/number-option.js';
import { checkOptionKeys } from './shape/option-keys.js';
import type {
  OutgoingBatch,
  OutgoingEmail,
  SendReceipt,
  Transport,
  TransportCapabilities,
} from './transport.js';
import { chunk } from './util/chunk.js';

/** Options for {@link createMemoryTransport}. */
export interface MemoryTransportOptions {
  /** Transport name in receipts. Default `memory`. */
  name?: string;
  /**
   * Most recipients one recorded batch request carries, as a provider's
   * limit would. Default 1,000.
   */
  maxBatchRecipients?: number;
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
  /** Every request accepted by `sendBatch` (at most `maxBatchRecipients` each), oldest first. */
  readonly batches: readonly OutgoingBatch[];
  /** `maxBatchRecipients` as given (default 1,000); no idempotency keys. */
  readonly capabilities: TransportCapabilities;
  /** The last message accepted by `send`. */
  last(): OutgoingEmail | undefined;
  /** Forgets everything recorded. */
  clear(): void;
  sendBatch(batch: OutgoingBatch): Promise<SendReceipt[]>;
}

/** Every key {@link MemoryTransportOptions} may have. */
const memoryOptionKeys = [
  'name',
  'maxBatchRecipients',
  'failWhen',
] as const satisfies readonly (keyof MemoryTransportOptions)[];

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
 * @throws AuthmailError `invalid_config` naming `maxBatchRecipients` when it
 * is not a whole number from 1 to 100,000.
 */
export function createMemoryTransport(options: MemoryTransportOptions = {}): MemoryTransport {
  checkOptionKeys(options, memoryOptionKeys, 'memory transport options');
  const name = options.name ?? 'memory';
  const capabilities: TransportCapabilities = {
    ...defaultCapabilities,
    maxBatchRecipients: optionalNumberOption(
      'maxBatchRecipients',
      options.maxBatchRecipients,
      maxBatchRecipientsRule,
      defaultCapabilities.maxBatchRecipients,
    ),
  };
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
    capabilities,
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
      return chunk(batch.recipients, capabilities.maxBatchRecipients).map((recipients) => {
        const request = structuredClone({ ...batch, recipients });
        batches.push(request);
        return { ...receipt(batch.correlationId), recipients: recipients.map(({ to }) => to) };
      });
    },
  };
}
