import { createProviderTransport, type ProviderTransport } from '@authmail/core';
import FormData from 'form-data';
import Mailgun from 'mailgun.js';
import { mailgunError, missingIdError } from './errors.js';
import { mailgunBatchFields, mailgunFields } from './fields.js';
import { type MailgunTransportOptions, resolveMailgunOptions } from './options.js';
import { messagesFor } from './request-context.js';

/** A transport that sends through Mailgun. */
export type MailgunTransport = ProviderTransport<'mailgun'>;

type MailgunClient = ReturnType<InstanceType<typeof Mailgun>['client']>;

/**
 * Creates a transport on the official `mailgun.js` client (with the
 * `form-data` package). Options are checked now: a bad domain or endpoint
 * throws `invalid_config` here, not at the first send.
 *
 * Auth emails go out with click and open tracking off unless `tracking` says
 * otherwise, and carry authmail's correlation id as `v:authmail-correlation-id`.
 * At most `maxInFlight` requests (default 64) are in flight; a timeout or an
 * abort cancels the request.
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
    message: (message) => mailgunFields(message, resolved),
    batch: (batch) => mailgunBatchFields(batch, resolved),
    async send(fields, context) {
      const answer = await messagesFor(client, context).create(resolved.domain, fields as never);
      if (!answer.id) throw missingIdError(answer, resolved.apiKey);
      return answer.id;
    },
    toError: (error) => mailgunError(error, resolved.apiKey),
  });
}
