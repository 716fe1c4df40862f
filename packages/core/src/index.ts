/**
 * @authmail/core: usage types, variable schemas, safe Logto-compatible
 * rendering, language negotiation, template lookup and the mailer.
 *
 * @module
 */

export * from './address.js';
export { builtinDefaults, builtinLanguages } from './builtins/index.js';
export { describeIssues, parseConfig } from './config.js';
export * from './deliveries.js';
export * from './errors.js';
export type { LanguagePreferences } from './language/negotiate.js';
export {
  canonicalTag,
  negotiateLanguage,
  negotiateLanguages,
  requestedLanguages,
} from './language/negotiate.js';
export {
  assertVariableDepth,
  maxHtmlNesting,
  maxRenderedLength,
  maxSendManyRecipients,
  maxTemplateBytes,
  maxTemplateNesting,
  maxVariableDepth,
} from './limits.js';
export { createMailer } from './mailer/create-mailer.js';
export type * from './mailer/types.js';
export type { MemoryTransport, MemoryTransportOptions } from './memory-transport.js';
export { createMemoryTransport } from './memory-transport.js';
export type { ProviderRequestContext } from './provider/connection-pools.js';
export type { DeadlineOptions } from './provider/deadline.js';
export { defaultTimeoutMs, withDeadline } from './provider/deadline.js';
export type { ProviderUrlRule } from './provider/endpoint.js';
export { checkProviderUrl } from './provider/endpoint.js';
export { errorCodeForStatus, retryAfterMs } from './provider/http-status.js';
export { defaultMaxInFlight, providerOptionsShape } from './provider/provider-options.js';
export type { ProviderClient, ProviderTransport } from './provider/provider-transport.js';
export { createProviderTransport } from './provider/provider-transport.js';
export { redactSecrets } from './provider/redact.js';
export { transportFailureCode } from './provider/transport-failure.js';
export * from './reliability/index.js';
export type { CompiledTemplate } from './render/compile.js';
export type { CompileOptions } from './render/compile-template.js';
export {
  clearTemplateCache,
  compileTemplate,
  renderTemplate,
  templateCacheLimit,
} from './render/compile-template.js';
export type {
  EmailTemplate,
  PreparedEmail,
  RenderEmailOptions,
  RenderedEmail,
} from './render/render-email.js';
export { collapseLineBreaks, prepareEmail, renderEmail } from './render/render-email.js';
export {
  isSafeUrl,
  safeUrlSchemes,
  sanitizeUrl,
  unsafeUrlReplacement,
} from './render/safe-url.js';
export { urlAttributes } from './render/url-context.js';
export type { TemplateFormat } from './render/values.js';
export * from './template-store.js';
export * from './transport.js';
export type {
  CustomUsageTypes,
  NoCustomUsageTypes,
  UsageType,
  UsageTypeDefinition,
} from './usage-types.js';
export { isUsageType, logtoUsageTypes, usageTypeSchema, usageTypes } from './usage-types.js';
export { mapConcurrent } from './util/map-concurrent.js';
export type { Settled } from './util/settle.js';
export { asAuthmailError, settle } from './util/settle.js';
export * from './variables.js';
