import {
  chunk,
  type OutgoingBatch,
  type OutgoingEmail,
  type SendOptions,
  type SendReceipt,
  type Transport,
  withDeadline,
} from '@authmail/core';
import { Client } from '@sendgrid/client';
import { MailService } from '@sendgrid/mail';
import { missingIdError, sendGridError } from './errors.js';
import { sendGridBatchData, sendGridMailData } from './mail-data.js';
import { resolveSendGridOptions, type SendGridTransportOptions } from './options.js';

/** A {@link Transport} that sends through SendGrid. */
export interface SendGridTransport extends Transport {
  readonly name: 'sendgrid';
  sendBatch(batch: OutgoingBatch, options?: SendOptions): Promise<SendReceipt[]>;
}

/**
 * Creates a transport on the official `@sendgrid/mail`, with a `Client` of its
 * own (never the module singleton, so transports with different keys can
 * coexist). Options are checked now: a bad base URL throws `invalid_config`
 * here, not at the first send.
 *
 * Auth emails go out with click and open tracking off unless `tracking` says
 * otherwise, and carry authmail's correlation id in `custom_args`.
 *
 * @example
 * ```ts
 * const transport = createSendGridTransport({ apiKey: process.env.SENDGRID_API_KEY! });
 * ```
 * @throws AuthmailError `invalid_config` naming the field.
 */
export function createSendGridTransport(options: SendGridTransportOptions): SendGridTransport {
  const resolved = resolveSendGridOptions(options);
  const client = new Client();
  // The key first: setApiKey() resets the base URL to SendGrid's own.
  client.setApiKey(resolved.apiKey);
  client.setDefaultRequest('baseUrl', `${resolved.baseUrl}/`);
  const mail = new MailService();
  mail.setClient(client);
  mail.setTimeout(resolved.timeoutMs);

  const post = async (
    build: () => Parameters<MailService['send']>[0],
    sendOptions: SendOptions = {},
  ): Promise<string> => {
    try {
      const data = build();
      const [response] = await withDeadline(() => mail.send(data), {
        timeoutMs: resolved.timeoutMs,
        provider: 'sendgrid',
        signal: sendOptions.signal,
      });
      const messageId = response.headers['x-message-id'];
      if (typeof messageId !== 'string' || messageId === '')
        throw missingIdError(response.statusCode);
      return messageId;
    } catch (error) {
      if (sendOptions.signal?.aborted && error === sendOptions.signal.reason) throw error;
      throw sendGridError(error, resolved.apiKey);
    }
  };

  return {
    name: 'sendgrid',
    async send(message: OutgoingEmail, sendOptions?: SendOptions): Promise<SendReceipt> {
      const messageId = await post(() => sendGridMailData(message, resolved), sendOptions);
      return receipt(messageId, message.correlationId);
    },
    async sendBatch(batch: OutgoingBatch, sendOptions?: SendOptions): Promise<SendReceipt[]> {
      const receipts: SendReceipt[] = [];
      for (const recipients of chunk(batch.recipients)) {
        const messageId = await post(
          () => sendGridBatchData({ ...batch, recipients }, resolved),
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
  return { messageId, provider: 'sendgrid', ...(correlationId ? { correlationId } : {}) };
}
