/**
 * @authmail/core/provider: what a provider package needs and an application
 * does not. `createProviderTransport` (deadlines, the in-flight bound,
 * batches at the provider's limit, secrets redacted from every error),
 * `createProviderMailer` (a mailer from a provider's connector config),
 * URL and option checks that name the field, HTTP status mapping, and the
 * shapes that check configs without loading zod.
 *
 * @module
 */

export { type EmailAddress, formatAddress, parseAddress } from '../address.js';
export { deliveriesShape, deliveryShape } from '../deliveries.js';
export { assertVariableDepth } from '../limits.js';
export { clearTemplateCache } from '../render/render-template.js';
export { escapeHtml } from '../render/values.js';
export { checkOptionKeys } from '../shape/option-keys.js';
export { shapes } from '../shape/shapes.js';
export type {
  CheckContext,
  Fields,
  ObjectShape,
  RefinementIssue,
  Shape,
  ShapeCheck,
  ShapeInput,
  ShapeIssue,
  ShapeOutput,
  StandardSchemaV1,
  StringRules,
  UnknownKeys,
  ZodModule,
  ZodObjectOf,
  ZodOf,
} from '../shape/types.js';
export type { RecipientFailure, TransportCapabilities } from '../transport.js';
export type { NoCustomUsageTypes } from '../usage-types.js';
export { usageTypeShape } from '../usage-types.js';
export { chunk } from '../util/chunk.js';
export { mapConcurrent } from '../util/map-concurrent.js';
export { describeIssues, parseConfig } from '../zod-issues.js';
export { capabilitiesOf, defaultCapabilities } from './capabilities.js';
export {
  compileDelivery,
  type IssuePath,
  reportDeliveryTemplates,
  reportThrown,
  requireTemplatesFor,
  templatePart,
} from './config-issues.js';
export type { ProviderRequestContext } from './connection-pools.js';
export { type DeadlineOptions, defaultTimeoutMs, withDeadline } from './deadline.js';
export { checkProviderUrl, type ProviderUrlRule } from './endpoint.js';
export { errorCodeForStatus, retryAfterMs } from './http-status.js';
export {
  createProviderMailer,
  type ProviderMailerDefinition,
  type ProviderMailerOptions,
  type ProviderMailerParts,
} from './provider-mailer.js';
export { defaultMaxInFlight, providerOptionFields } from './provider-options.js';
export type { ProviderAnswer } from './provider-transport.js';
export {
  createProviderTransport,
  type ProviderClient,
  type ProviderTransport,
} from './provider-transport.js';
export { defaultProviderTextLength, redactSecrets } from './redact.js';
export { transportFailureCode } from './transport-failure.js';
