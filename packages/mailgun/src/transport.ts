import {
  chunk,
  type OutgoingBatch,
  type OutgoingEmail,
  type SendOptions,
  type SendReceipt,
  type Transport,
  withDeadline,
} from '@authmail/core';
import FormData from 'form-data';
import Mailgun from 'mailgun.js';
import { mailgunError, missingIdError } from './errors.js';
import { type MailgunFields, mailgunBatchFields, mailgunFields } from './fields.js';
import { type MailgunTransportOptions, resolveMailgunOptions } from './options.js';

/** A {@link Transport} that sends through Mailgun. */
export interface MailgunTransport extends Transport {
  readonly name: 'mailgun';
  sendBatch(batch: OutgoingBatch, options?: SendOptions): Promise<SendReceipt[]>;
}

type MailgunClient = ReturnType<InstanceType<typeof Mailgun>['client']>;

/**
 * Creates a transport on the official `mailgun.js` client (with the
 * `form-data` package). Options are checked now: a bad domain or endpoint
 * throws `invalid_config` here, not at the first send.
 *
 * Auth emails go out with click and open tracking off unless `tracking` says
 * otherwise, and carry authmail's correlation id as `v:authmail-correlation-id`.
 *
 * @example
 * ```ts
 * const transport = createMailgunTransport({
 *   apiKey: process.env.MAILGUN_API_KEY!,
 *   domain: 'mg.example.com',
 *   endpoint: 'https://api.eu.mailgun.net', // EU domains
 * });
 * ```
 * @throws AuthmailError `invalid_config` naming the field.
 */
export function createMailgunTransport(options: MailgunTransportOptions): MailgunTransport {
  const resolved = resolveMailgunOptions(options);
  const client: MailgunClient = new Mailgun(FormData).client({
    username: 'api',
    key: resolved.apiKey,
    url: resolved.endpoint,
    timeout: resolved.timeoutMs,
  });

  const post = async (fields: MailgunFields, sendOptions: SendOptions = {}): Promise<string> => {
    try {
      const answer = await withDeadline(
        () => client.messages.create(resolved.domain, fields as never),
        { timeoutMs: resolved.timeoutMs, provider: 'mailgun', signal: sendOptions.signal },
      );
      if (!answer.id) throw missingIdError(answer);
      return answer.id;
    } catch (error) {
      if (sendOptions.signal?.aborted && error === sendOptions.signal.reason) throw error;
      throw mailgunError(error, resolved.apiKey);
    }
  };

  return {
    name: 'mailgun',
    async send(message: OutgoingEmail, sendOptions?: SendOptions): Promise<SendReceipt> {
      const messageId = await post(mailgunFields(message, resolved), sendOptions);
      return receipt(messageId, message.correlationId);
    },
    async sendBatch(batch: OutgoingBatch, sendOptions?: SendOptions): Promise<SendReceipt[]> {
      const receipts: SendReceipt[] = [];
      for (const recipients of chunk(batch.recipients)) {
        const messageId = await post(
          mailgunBatchFields({ ...batch, recipients }, resolved),
          sendOptions,
        );
        receipts.push({
          ...receipt(messageId, batch.correlationId),
          recipients: recipients.map(({ to }) => to),
        });
      }
      return receipts;
    },
  };
}

function receipt(messageId: string, correlationId: string | undefined): SendReceipt {
  return { messageId, provider: 'mailgun', ...(correlationId ? { correlationId } : {}) };
}
