import { createProviderTransport, type ProviderTransport } from '@authmail/core';
import { MailService } from '@sendgrid/mail';
import { ContextClient } from './context-client.js';
import { missingIdError, sendGridError } from './errors.js';
import { sendGridBatchData, sendGridMailData } from './mail-data.js';
import { resolveSendGridOptions, type SendGridTransportOptions } from './options.js';

/** A transport that sends through SendGrid. */
export type SendGridTransport = ProviderTransport<'sendgrid'>;

/**
 * Creates a transport on the official `@sendgrid/mail`, with a `Client` of its
 * own (never the module singleton, so transports with different keys can
 * coexist). Options are checked now: a bad base URL throws `invalid_config`
 * here, not at the first send.
 *
 * Auth emails go out with click and open tracking off unless `tracking` says
 * otherwise, and carry authmail's correlation id in `custom_args`. At most
 * `maxInFlight` requests (default 64) are in flight; a timeout or an abort
 * cancels the request.
 *
 * @example
 * ```ts
 * const transport = createSendGridTransport({ apiKey: process.env.SENDGRID_API_KEY! });
 * ```
 * @throws AuthmailError `invalid_config` naming the field.
 */
export function createSendGridTransport(options: SendGridTransportOptions): SendGridTransport {
  const resolved = resolveSendGridOptions(options);
  const client = new ContextClient();
  // The key first: setApiKey() resets the base URL to SendGrid's own.
  client.setApiKey(resolved.apiKey);
  client.setDefaultRequest('baseUrl', `${resolved.baseUrl}/`);
  const mail = new MailService();
  mail.setClient(client);
  mail.setTimeout(resolved.timeoutMs);

  return createProviderTransport({
    name: 'sendgrid',
    timeoutMs: resolved.timeoutMs,
    maxInFlight: resolved.maxInFlight,
    message: (message) => sendGridMailData(message, resolved),
    batch: (batch) => sendGridBatchData(batch, resolved),
    async send(data, context) {
      const [response] = await client.withContext(context, () => mail.send(data));
      const messageId = response.headers['x-message-id'];
      if (typeof messageId !== 'string' || messageId === '')
        throw missingIdError(response.statusCode);
      return messageId;
    },
    toError: (error) => sendGridError(error, resolved.apiKey),
  });
}
