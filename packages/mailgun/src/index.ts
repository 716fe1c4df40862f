/**
 * @authmail/mailgun: a Mailgun transport on the official mailgun.js client and
 * a mailer from Logto's Mailgun connector config.
 *
 * @module
 */

export type { MailgunConfig, MailgunMailerOptions } from './config.js';
export { createMailgunMailer, mailgunConfigSchema } from './config.js';
export { isMailgunApiError, mailgunError } from './errors.js';
export type { MailgunFields } from './fields.js';
export { correlationVariable, mailgunBatchFields, mailgunFields } from './fields.js';
export type { MailgunTransportOptions } from './options.js';
export {
  mailgunEuEndpoint,
  mailgunTransportOptionsSchema,
  mailgunUsEndpoint,
  trackingSchema,
} from './options.js';
export type { MailgunTransport } from './transport.js';
export { createMailgunTransport } from './transport.js';
