/**
 * A provider written the way a third party would: on `@authmail/core`'s public
 * entries only (`@authmail/core` and `@authmail/core/provider`), with no edit
 * to core. It posts SendGrid v3 `mail/send` JSON to a made-up "Toy Mail" API
 * (`https://api.toy-mail.test`), and takes at most 50 recipients a request.
 *
 * @module
 */

export { createToyMailer, type ToyConfig } from './mailer.js';
export { type ToyTransportOptions, toyOfficialBaseUrl } from './options.js';
export { createToyTransport, type ToyTransport } from './transport.js';
