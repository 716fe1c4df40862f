import type { CustomUsageTypes, Mailer } from '@authmail/core';
import type { NoCustomUsageTypes } from '@authmail/core/provider';
import {
  createProviderMailer,
  type ProviderMailerOptions,
  providerOptionFields,
  type ShapeInput,
  type ShapeOutput,
  shapes,
} from '@authmail/core/provider';
import { checkSesConfig } from './config-checks.js';
import { type SesTransportOptions, sesTransportOptionsShape } from './options.js';
import { deliveriesFromTemplates, sesTemplatesShape } from './templates.js';
import { createSesTransport } from './transport.js';

const optional = shapes.optional(shapes.string());
const transportFields = sesTransportOptionsShape.fields;

/**
 * Logto's AWS SES connector config, described once: `createSesMailer`
 * checks a config with it, and {@link sesConfigSchema} is built from it.
 */
const sesConfigShape = shapes.refine(
  shapes.object({
    accessKeyId: shapes.string({ minLength: 1, tooShort: 'must not be empty' }),
    accessKeySecret: shapes.string({ minLength: 1, tooShort: 'must not be empty' }),
    region: transportFields.region,
    emailAddress: optional,
    emailAddressIdentityArn: optional,
    templates: sesTemplatesShape,
    feedbackForwardingEmailAddress: optional,
    feedbackForwardingEmailAddressIdentityArn: optional,
    configurationSetName: optional,
    /** authmail's: a session token, for temporary credentials. */
    sessionToken: optional,
    endpoint: transportFields.endpoint,
    allowCustomEndpoint: transportFields.allowCustomEndpoint,
    ...providerOptionFields,
  }),
  checkSesConfig,
);

/**
 * Logto's AWS SES connector config, accepted unchanged (`accessKeyId`,
 * `accessKeySecret`, `region`, `emailAddress?`, `emailAddressIdentityArn?`,
 * `templates[]` of `{ usageType, subject, content }` with Register, SignIn,
 * ForgotPassword and Generic required, `feedbackForwardingEmailAddress?`,
 * `feedbackForwardingEmailAddressIdentityArn?`, `configurationSetName?`),
 * plus authmail's optional `replyTo` and `templateName` per template,
 * `sessionToken`, `endpoint`, `allowCustomEndpoint`, `timeoutMs` and
 * `maxInFlight`. Keys it does not know are dropped, as Logto's own guard
 * drops them, so a stored config with an old key keeps working.
 *
 * It rejects at parse time (when Logto saves a config, `configGuard.safeParse`)
 * everything `createSesMailer` would reject later, with the same checks: an
 * empty key, a region that is not one, an `endpoint` off the region's SES
 * host without `allowCustomEndpoint`, a missing or bad `emailAddress` (Logto
 * leaves it optional, but SES sends nothing without it), and templates whose
 * parts do not compile (the issue names the line and the column). Issues
 * name the field by their path and never hold the secret access key.
 *
 * A zod 4 schema, built (and zod loaded) on first use: importing the
 * package costs nothing for it.
 */
export const sesConfigSchema = shapes.lazyZodSchema(sesConfigShape);

/** Logto's AWS SES connector config. */
export type SesConfig = ShapeInput<typeof sesConfigShape>;

/**
 * Options of {@link createSesMailer}: `createMailer`'s (your own `usageTypes`
 * included), plus a transport to use instead.
 */
export type SesMailerOptions<C extends CustomUsageTypes = NoCustomUsageTypes> =
  ProviderMailerOptions<C>;

type ParsedSesConfig = ShapeOutput<typeof sesConfigShape>;

const sesMailer = {
  provider: 'SES',
  configShape: sesConfigShape,
  mailerParts: (config: ParsedSesConfig) => ({
    transportOptions: transportOptionsOf(config),
    from: config.emailAddress ?? '',
    deliveries: deliveriesFromTemplates(config.templates),
  }),
  createTransport: createSesTransport,
};

/** The transport options a config names, Logto's names mapped onto the transport's. */
function transportOptionsOf(config: ParsedSesConfig): SesTransportOptions {
  const { accessKeyId, accessKeySecret, sessionToken, emailAddressIdentityArn } = config;
  const options: SesTransportOptions = {
    region: config.region,
    credentials: {
      accessKeyId,
      secretAccessKey: accessKeySecret,
      ...(sessionToken ? { sessionToken } : {}),
    },
  };
  const copied = {
    endpoint: config.endpoint,
    allowCustomEndpoint: config.allowCustomEndpoint,
    configurationSetName: config.configurationSetName,
    fromEmailAddressIdentityArn: emailAddressIdentityArn,
    feedbackForwardingEmailAddress: config.feedbackForwardingEmailAddress,
    feedbackForwardingEmailAddressIdentityArn: config.feedbackForwardingEmailAddressIdentityArn,
    timeoutMs: config.timeoutMs,
    maxInFlight: config.maxInFlight,
  };
  for (const [key, value] of Object.entries(copied)) {
    if (value !== undefined) Object.assign(options, { [key]: value });
  }
  return options;
}

/**
 * A mailer from a Logto AWS SES connector config: its templates become the
 * deliveries (HTML `content`, or a stored SES template with `templateName`),
 * the sender is `emailAddress`, the credentials `accessKeyId` and
 * `accessKeySecret`.
 *
 * @example
 * ```ts
 * const mailer = createSesMailer(logtoConfig, { templates, builtins: true });
 * await mailer.send({ to, usageType: 'SignIn', variables });
 * ```
 * @throws AuthmailError `invalid_config` naming each failing field (a template
 * that does not compile too, with its line and column) or the missing usage
 * types, and each option that is not one.
 */
export function createSesMailer<C extends CustomUsageTypes = NoCustomUsageTypes>(
  config: SesConfig,
  options: SesMailerOptions<C> = {},
): Mailer<C> {
  return createProviderMailer<typeof sesConfigShape, SesTransportOptions, C>(
    sesMailer,
    config,
    options,
  );
}
