/**
 * @authmail/postmark: a Postmark transport on the official postmark client
 * and a mailer from Logto's Postmark connector config.
 *
 * @module
 */

export type { PostmarkConfig, PostmarkMailerOptions } from './config.js';
export { createPostmarkMailer, postmarkConfigSchema } from './config.js';
export type { PostmarkTransportOptions } from './options.js';
export { postmarkBaseUrl } from './options.js';
export type { PostmarkTransport } from './transport.js';
export { createPostmarkTransport } from './transport.js';
