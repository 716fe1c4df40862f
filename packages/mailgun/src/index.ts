/**
 * @authmail/mailgun: a Mailgun transport on the official mailgun.js client and
 * a mailer from Logto's Mailgun connector config.
 *
 * @module
 */

export type { MailgunConfig, MailgunMailerOptions } from './config.js';
export { createMailgunMailer, mailgunConfigSchema } from './config.js';
export type { MailgunTransportOptions } from './options.js';
export { mailgunEuEndpoint, mailgunUsEndpoint } from './options.js';
export type { MailgunTransport } from './transport.js';
export { createMailgunTransport } from './transport.js';
