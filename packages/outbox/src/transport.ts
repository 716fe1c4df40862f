import { resolve } from 'node:path';
import type {
  OutgoingBatch,
  OutgoingEmail,
  SendOptions,
  SendReceipt,
  Transport,
  TransportCapabilities,
} from '@authmail/core';
import { chunk, mapConcurrent } from '@authmail/core/provider';
import { ensureDir } from './files.js';
import { createIndexWriter } from './index-writer.js';
import { type OutboxOptions, resolveOutboxOptions } from './options.js';
import { type OutboxFiles, type WrittenMessage, writeMessage } from './write-message.js';

/** Recipients per receipt of `sendBatch`, as a provider's batch requests carry them. */
const capabilities: TransportCapabilities = { maxBatchRecipients: 1000, idempotencyKeys: false };

/** How many messages of a batch are written at once. */
const writeConcurrency = 16;

/** What the outbox reports for a message (or, from `sendBatch`, for a chunk of recipients). */
export interface OutboxReceipt extends SendReceipt {
  /**
   * The files written, one entry per message: one for `send`, one per
   * recipient for a batch chunk. `messageId` is the first entry's.
   */
  files: OutboxFiles[];
}

/** A {@link Transport} that writes messages to a directory instead of sending them. */
export interface OutboxTransport extends Transport {
  /** The outbox directory, as an absolute path. */
  readonly dir: string;
  send(message: OutgoingEmail, options?: SendOptions): Promise<OutboxReceipt>;
  sendBatch(batch: OutgoingBatch, options?: SendOptions): Promise<OutboxReceipt[]>;
}

/**
 * Creates a transport that writes each message into `dir` (created when
 * missing) instead of sending it, for local development and demos: an
 * RFC 5322 `.eml`, an `.html` preview, a `.json` record of the message, and
 * a row in `index.html`, which lists every message newest first. A send
 * costs the same however many messages the outbox holds: it appends its row
 * and never reads the other records.
 *
 * `sendBatch` writes one message per recipient (with the shared and the
 * recipient's variables merged), in chunks of at most 1,000 recipients like
 * the providers, one receipt per chunk.
 *
 * Node only (it writes with `node:fs`).
 *
 * @example
 * ```ts
 * import { createMailer } from '@authmail/core';
 * import { createOutboxTransport } from '@authmail/outbox';
 *
 * const mailer = createMailer({
 *   transport: createOutboxTransport({ dir: 'outbox' }),
 *   from: 'Acme <no-reply@acme.test>',
 *   builtins: true,
 * });
 * // then open outbox/index.html
 * ```
 * @throws AuthmailError `invalid_config` when the options are invalid; sends
 * reject with `provider_unavailable` (not retryable) naming the path when the
 * filesystem fails.
 */
export function createOutboxTransport(options: OutboxOptions): OutboxTransport {
  const { name, dir: givenDir } = resolveOutboxOptions(options);
  const dir = resolve(givenDir);
  const index = createIndexWriter(name, dir);

  const write = (message: OutgoingEmail, signal: AbortSignal | undefined) => {
    signal?.throwIfAborted();
    return writeMessage(message, { dir, provider: name });
  };
  const list = (written: readonly WrittenMessage[]) =>
    index.add(written.map(({ record }) => record));

  const receipt = (files: OutboxFiles[], correlationId: string | undefined): OutboxReceipt => ({
    messageId: files[0]?.messageId ?? '',
    provider: name,
    ...(correlationId === undefined ? {} : { correlationId }),
    files,
  });

  return {
    name,
    dir,
    capabilities,
    async send(message, sendOptions = {}) {
      sendOptions.signal?.throwIfAborted();
      await ensureDir(name, dir);
      const written = await write(message, sendOptions.signal);
      await list([written]);
      return receipt([written.files], message.correlationId);
    },
    async sendBatch(batch, sendOptions = {}) {
      sendOptions.signal?.throwIfAborted();
      await ensureDir(name, dir);
      const receipts: OutboxReceipt[] = [];
      for (const recipients of chunk(batch.recipients, capabilities.maxBatchRecipients)) {
        let failure: { error: unknown } | undefined;
        const written = await mapConcurrent(recipients, writeConcurrency, async (recipient) => {
          if (failure) return undefined;
          try {
            return await write(batchMessage(batch, recipient), sendOptions.signal);
          } catch (error) {
            failure ??= { error };
            return undefined;
          }
        });
        const done = written.filter((entry) => entry !== undefined);
        if (failure) {
          // List what was written before the failure, then report it.
          await list(done).catch(() => undefined);
          throw failure.error;
        }
        await list(done);
        receipts.push({
          ...receipt(
            done.map(({ files }) => files),
            batch.correlationId,
          ),
          recipients: recipients.map(({ to }) => to),
        });
      }
      return receipts;
    },
  };
}

/** The message one recipient of a batch gets: its own variables win over the shared ones. */
function batchMessage(
  { recipients: _recipients, providerTemplate, ...shared }: OutgoingBatch,
  recipient: OutgoingBatch['recipients'][number],
): OutgoingEmail {
  return {
    ...shared,
    to: recipient.to,
    providerTemplate: {
      ...providerTemplate,
      variables: { ...providerTemplate.variables, ...recipient.variables },
    },
  };
}
