import { createProviderTransport, type ProviderTransport } from '@authmail/core/provider';
import FormData from 'form-data';
import Mailgun from 'mailgun.js';
import { mailgunError, mailgunSecretForms, missingIdError } from './errors.js';
import { type MailgunTransportOptions, resolveMailgunOptions } from './options.js';
import { mailgunBatchRequest, mailgunRequest } from './request.js';
import { messagesFor } from './request-context.js';

/** A transport that sends through Mailgun. */
export type MailgunTransport = ProviderTransport<'mailgun'>;

type MailgunClient = ReturnType<InstanceType<typeof Mailgun>['client']>;

/** Mailgun takes at most 1,000 recipients in one request; it has no idempotency keys. */
const mailgunMaxBatchRecipients = 1000;

/**
 * Creates a transport on the official `mailgun.js` client (with the
 * `form-data` package). Options are checked now: a bad domain or endpoint
 * throws `invalid_config` here, not at the first send.
 *
 * Auth emails go out with click and open tracking off unless `tracking` says
 * otherwise, and carry authmail's correlation id as `v:authmail-correlation-id`.
 * At most `maxInFlight` requests (default 64) are in flight; a timeout or an
 * abort cancels the request. Batches go in requests of at most 1,000
 * recipients (`capabilities.maxBatchRecipients`); Mailgun has no idempotency
 * keys, so a retried send may be delivered twice.
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

  return createProviderTransport({
    name: 'mailgun',
    timeoutMs: resolved.timeoutMs,
    maxInFlight: resolved.maxInFlight,
    maxBatchRecipients: mailgunMaxBatchRecipients,
    secrets: [resolved.apiKey],
    secretForms: mailgunSecretForms,
    message: (message) => mailgunRequest(message, resolved),
    batch: (batch) => mailgunBatchRequest(batch, resolved),
    async send(request, context) {
      const answer = await messagesFor(client, context).create(resolved.domain, request as never);
      if (!answer.id) throw missingIdError(answer, resolved.apiKey);
      return answer.id;
    },
    toError: (error) => mailgunError(error, resolved.apiKey),
  });
}
