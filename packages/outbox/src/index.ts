/**
 * @authmail/outbox: a transport that writes messages to a local
 * directory (`.eml`, `.html` preview, `.json` record and an `index.html`)
 * instead of sending them. Node only.
 *
 * @module
 */

export { indexFileName } from './index-writer.js';
export type { OutboxOptions } from './options.js';
export type { OutboxFileNames, OutboxRecord } from './record.js';
export type { OutboxReceipt, OutboxTransport } from './transport.js';
export { createOutboxTransport } from './transport.js';
export type { OutboxFiles } from './write-message.js';
