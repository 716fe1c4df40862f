import type { Transport, TransportCapabilities } from '@authmail/core';
import { createProviderTransport } from '@authmail/core/provider';
import { createTransport as createNodemailerTransport, type SendMailOptions } from 'nodemailer';
import { noTemplatesError, smtpError, smtpSecretForms } from './errors.js';
import { nodemailerOptions } from './nodemailer-options.js';
import { resolveSmtpOptions, type SmtpTransportOptions } from './options.js';
import { smtpMessage } from './request.js';

/**
 * A transport that sends through an SMTP server. It has no `sendBatch`:
 * SMTP has no batch request, so `sendMany` sends one message per recipient
 * through the pool.
 */
export type SmtpTransport = Transport & {
  readonly name: 'smtp';
  readonly capabilities: TransportCapabilities;
  /** Closes the pooled connections (idle ones at once, busy ones once their message is sent). */
  close(): void;
};

/** One message per request: `capabilities.maxBatchRecipients` is 1. */
const smtpMaxBatchRecipients = 1;

/**
 * Creates a transport on nodemailer's SMTP transport, pooled by default
 * (`maxConnections`, `maxMessages`, `rateDelta`/`rateLimit`). Options are
 * checked now: a bad host, port or timeout throws `invalid_config` here, not
 * at the first send.
 *
 * Each send runs under `timeoutMs` (default 10,000), which also caps
 * nodemailer's connection, greeting, socket and DNS timeouts; a timeout or
 * an abort hands nodemailer the send's signal, which closes the connection
 * delivering it. At most `maxInFlight` sends are in flight, over at most
 * `maxConnections` (default 5) connections. Each message goes out as
 * multipart/alternative when it has both parts, with its tags as
 * `X-Authmail-Tags` and its correlation id as `X-Authmail-Correlation-Id`.
 * SMTP has no idempotency keys: a retried send may be delivered twice.
 *
 * @example
 * ```ts
 * const transport = createSmtpTransport({
 *   host: 'smtp.example.com',
 *   port: 587,
 *   auth: { user: 'no-reply@example.com', pass: process.env.SMTP_PASSWORD! },
 * });
 * ```
 * @throws AuthmailError `invalid_config` naming the field.
 */
export function createSmtpTransport(options: SmtpTransportOptions): SmtpTransport {
  const resolved = resolveSmtpOptions(options);
  const client = createNodemailerTransport(nodemailerOptions(resolved));
  const user = resolved.parsed.auth?.user;
  const forms = smtpSecretForms(user);
  const secretForms = resolved.secrets.flatMap((secret) => [secret, ...forms(secret)]);

  const provider = createProviderTransport<'smtp', SendMailOptions>({
    name: 'smtp',
    timeoutMs: resolved.timeoutMs,
    maxInFlight: resolved.maxInFlight,
    maxBatchRecipients: smtpMaxBatchRecipients,
    secrets: resolved.secrets,
    secretForms: forms,
    message: (message) => smtpMessage(message, resolved.headers),
    batch: () => {
      throw noTemplatesError();
    },
    async send(request, { signal }) {
      const info = await client.sendMail({ ...request, signal });
      return info.messageId;
    },
    toError: (error) => smtpError(error, secretForms),
  });
  return {
    name: provider.name,
    capabilities: provider.capabilities,
    send: provider.send,
    close: () => client.close(),
  };
}
