/**
 * @authmail/core: what an application uses to send authentication emails:
 * the mailer, usage types and their variables, rendering, languages,
 * template stores, the memory transport and the reliability wrappers.
 *
 * Provider packages find their plumbing in `@authmail/core/provider`; the
 * zod schemas of the variables and deliveries are in `@authmail/core/schemas`.
 *
 * @module
 */

export { builtinLanguages } from './builtins/index.js';
export type { Deliveries, Delivery } from './deliveries.js';
export { AuthmailError, type AuthmailErrorCode, isAuthmailError } from './errors.js';
export { negotiateLanguage } from './language/negotiate.js';
export { limits } from './limits.js';
export { createMailer } from './mailer/create-mailer.js';
export type {
  Mailer,
  MailerOptions,
  ManyRecipient,
  SendManyOptions,
  SendManyRequest,
  SendManyResult,
  SendRequest,
  SendResult,
  TemplateSource,
} from './mailer/types.js';
export {
  createMemoryTransport,
  type MemoryTransport,
  type MemoryTransportOptions,
} from './memory-transport.js';
export {
  type FailoverOptions,
  type RetryPolicy,
  withFailover,
  withRetry,
} from './reliability/index.js';
export {
  type EmailTemplate,
  type PreparedEmail,
  prepareEmail,
  type RenderEmailOptions,
  type RenderedEmail,
  renderEmail,
} from './render/render-email.js';
export { compileTemplate, renderTemplate } from './render/render-template.js';
export { isSafeUrl, sanitizeUrl } from './render/safe-url.js';
export {
  createMemoryTemplateStore,
  type EmailTemplateRow,
  type TemplateStore,
} from './template-store.js';
export type {
  BatchRecipient,
  OutgoingBatch,
  OutgoingEmail,
  ProviderTemplate,
  RecipientFailure,
  SendOptions,
  SendReceipt,
  Transport,
  TransportCapabilities,
} from './transport.js';
export {
  type CustomUsageTypes,
  isUsageType,
  logtoUsageTypes,
  type UsageType,
  type UsageTypeDefinition,
  usageTypes,
} from './usage-types.js';
export type {
  ApplicationInfo,
  OrganizationInfo,
  TemplateVariables,
  UserInfo,
  VariablesOf,
} from './variables.js';
