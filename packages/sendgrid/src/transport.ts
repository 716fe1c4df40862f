import { createProviderTransport, type ProviderTransport } from '@authmail/core/provider';
import { MailService } from '@sendgrid/mail';
import { ContextClient } from './context-client.js';
import { missingIdError, sendGridError, sendGridSecretForms } from './errors.js';
import { resolveSendGridOptions, type SendGridTransportOptions } from './options.js';
import { sendGridBatchRequest, sendGridRequest } from './request.js';

/** A transport that sends through SendGrid. */
export type SendGridTransport = ProviderTransport<'sendgrid'>;

/**
 * SendGrid takes at most 1,000 recipients (personalizations) in one request;
 * it has no idempotency keys.
 */
const sendGridMaxBatchRecipients = 1000;

/**
 * Creates a transport on the official `@sendgrid/mail`, with a `Client` of its
 * own (never the module singleton, so transports with different keys can
 * coexist). Options are checked now: a bad base URL throws `invalid_config`
 * here, not at the first send.
 *
 * Auth emails go out with click and open tracking off unless `tracking` says
 * otherwise, and carry authmail's correlation id in `custom_args`. At most
 * `maxInFlight` requests (default 64) are in flight; a timeout or an abort
 * cancels the request. Batches go in requests of at most 1,000 recipients
 * (`capabilities.maxBatchRecipients`); SendGrid has no idempotency keys, so
 * a retried send may be delivered twice.
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
    maxBatchRecipients: sendGridMaxBatchRecipients,
    secrets: [resolved.apiKey],
    secretForms: sendGridSecretForms,
    message: (message) => sendGridRequest(message, resolved),
    batch: (batch) => sendGridBatchRequest(batch, resolved),
    async send(request, context) {
      const [response] = await client.withContext(context, () => mail.send(request));
      const messageId = response.headers['x-message-id'];
      if (typeof messageId !== 'string' || messageId === '')
        throw missingIdError(response.statusCode);
      return messageId;
    },
    toError: (error) => sendGridError(error, resolved.apiKey),
  });
}
