/**
 * @authmail/ses: an Amazon SES (API v2) transport on the official
 * @aws-sdk/client-sesv2 client and a mailer from Logto's AWS SES connector
 * config.
 *
 * @module
 */

export type { SesConfig, SesMailerOptions } from './config.js';
export { createSesMailer, sesConfigSchema } from './config.js';
export type { SesCredentials, SesTransportOptions } from './options.js';
export type { SesTransport } from './transport.js';
export { createSesTransport } from './transport.js';
