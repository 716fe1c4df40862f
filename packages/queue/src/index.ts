/**
 * @authmail/queue: durable authentication email on BullMQ and Redis. The app
 * renders and enqueues through {@link createQueueTransport}; workers started
 * with {@link startMailWorker} send through any authmail transport, retry
 * with backoff, pause every worker on a provider's 429, pace sends under a
 * sliding-window limit shared by every worker, and take over the jobs of a
 * worker that died. {@link waitForDelivery} waits for the provider's receipt.
 *
 * @module
 */

export type { QueueConnection, QueueConnectionOptions } from './connection.js';
export type { JobRetention, MailJobOptions } from './job-options.js';
export {
  createQueueTransport,
  type QueueTransport,
  type QueueTransportOptions,
} from './queue-transport.js';
export type { MailLimiter } from './send-window.js';
export { type WaitForDeliveryOptions, waitForDelivery } from './wait-for-delivery.js';
export { type MailWorker, type MailWorkerOptions, startMailWorker } from './worker.js';
