/**
 * @authmail/logto: authmail for Logto. Handlers for Logto Cloud (its HTTP
 * email connector and its webhooks), a `node:http` adapter, and what a Logto
 * email connector on authmail shares with them: the type mapping, the store
 * over Logto's custom templates and the error mapping.
 *
 * @module
 */

export { type FetchHandler, toNodeHandler } from '@authmail/core/http';
export { describeLogtoFailure, type LogtoFailure } from './failure.js';
export { createHttpEmailHandler, type HttpEmailHandlerOptions } from './http-email/handler.js';
export { createLogtoTemplateStore } from './template-store.js';
export { usageTypeForLogto } from './usage-type.js';
export type { LogtoWebhookEvent } from './webhook/event.js';
export {
  createWebhookHandler,
  type LogtoWebhookHandlers,
  type WebhookHandlerOptions,
} from './webhook/handler.js';
