/**
 * @authmail/smtp: an SMTP transport on nodemailer and a mailer from Logto's
 * SMTP connector config.
 *
 * @module
 */

export type { SmtpConfig, SmtpMailerOptions } from './config.js';
export { createSmtpMailer, smtpConfigSchema } from './config.js';
export type { SmtpTransportOptions } from './options.js';
export type { SmtpTransport } from './transport.js';
export { createSmtpTransport } from './transport.js';
