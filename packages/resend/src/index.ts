/**
 * @authmail/resend: a Resend transport on the official resend client, whose
 * retries are exactly-once (idempotency keys), and a mailer from a config.
 *
 * @module
 */

export type { ResendConfig, ResendMailerOptions } from './config.js';
export { createResendMailer, resendConfigSchema } from './config.js';
export type { ResendTransportOptions } from './options.js';
export { resendBaseUrl } from './options.js';
export type { ResendTransport } from './transport.js';
export { createResendTransport } from './transport.js';
