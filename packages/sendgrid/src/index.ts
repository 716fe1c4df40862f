/**
 * @authmail/sendgrid: a SendGrid transport on the official @sendgrid/mail
 * client and a mailer from Logto's SendGrid connector config.
 *
 * @module
 */

export type { SendGridConfig, SendGridMailerOptions } from './config.js';
export { createSendGridMailer, sendGridConfigSchema } from './config.js';
export type { SendGridTransportOptions } from './options.js';
export { sendGridEuBaseUrl, sendGridGlobalBaseUrl } from './options.js';
export type { SendGridTransport } from './transport.js';
export { createSendGridTransport } from './transport.js';
