import type { CustomUsageTypes, Mailer } from '@authmail/core';
import type { NoCustomUsageTypes } from '@authmail/core/provider';
import {
  createProviderMailer,
  type ProviderMailerOptions,
  type ShapeInput,
  type ShapeOutput,
  shapes,
} from '@authmail/core/provider';
import { checkSendGridConfig } from './config-checks.js';
import { deliveriesFromTemplates } from './deliveries.js';
import { type SendGridTransportOptions, sendGridTransportOptionsShape } from './options.js';
import { sendGridSender } from './sender.js';
import { sendGridTemplatesShape } from './templates.js';
import { createSendGridTransport } from './transport.js';

/**
 * Logto's SendGrid connector config, described once: `createSendGridMailer`
 * checks a config with it, and {@link sendGridConfigSchema} is built from it.
 */
const sendGridConfigShape = shapes.refine(
  shapes.extend(sendGridTransportOptionsShape, {
    fromEmail: shapes.string(),
    fromName: shapes.optional(shapes.string()),
    templates: sendGridTemplatesShape,
  }),
  checkSendGridConfig,
);

/**
 * Logto's SendGrid connector config, accepted unchanged (`apiKey`,
 * `fromEmail`, `fromName?`, `templates[]`, with Register, SignIn,
 * ForgotPassword and Generic required), plus authmail's optional `replyTo`
 * and `templateId` per template, `baseUrl`, `allowCustomBaseUrl`,
 * `timeoutMs`, `maxInFlight` and `tracking`. Keys it does not know are
 * dropped, as Logto's own guard drops them, so a stored config with an old
 * key keeps working.
 *
 * It rejects at parse time (when Logto saves a config, `configGuard.safeParse`)
 * everything `createSendGridMailer` would reject later, with the same checks:
 * the transport's options (a `baseUrl` off SendGrid's https hosts without
 * `allowCustomBaseUrl`, an empty `apiKey`), a `fromEmail` that is not an
 * address alone, a `fromName` that cannot be a display name (a line break, a
 * double quote), and templates whose `templateId` is not `d-…` or whose
 * parts do not compile (the issue names the line and the column). Issues
 * name the field by their path and never hold the API key.
 *
 * A zod 4 schema, built (and zod loaded) on first use: importing the
 * package costs nothing for it.
 */
export const sendGridConfigSchema = shapes.lazyZodSchema(sendGridConfigShape);

/** Logto's SendGrid connector config. */
export type SendGridConfig = ShapeInput<typeof sendGridConfigShape>;

/**
 * Options of {@link createSendGridMailer}: `createMailer`'s (your own `usageTypes`
 * included), plus a transport to use instead.
 */
export type SendGridMailerOptions<C extends CustomUsageTypes = NoCustomUsageTypes> =
  ProviderMailerOptions<C>;

const sendGridMailer = {
  provider: 'SendGrid',
  configShape: sendGridConfigShape,
  mailerParts: (config: ShapeOutput<typeof sendGridConfigShape>) => {
    const { fromEmail, fromName, templates, ...transportOptions } = config;
    return {
      transportOptions,
      from: sendGridSender({ fromEmail, fromName }),
      deliveries: deliveriesFromTemplates(templates),
    };
  },
  createTransport: createSendGridTransport,
};

/**
 * A mailer from a Logto SendGrid connector config: its templates become the
 * deliveries (a `templateId` one sends the dynamic template), the sender is
 * `fromName <fromEmail>`.
 *
 * @throws AuthmailError `invalid_config` naming each failing field (a template
 * that does not compile too, with its line and column) or the missing usage
 * types, and each option that is not one.
 */
export function createSendGridMailer<C extends CustomUsageTypes = NoCustomUsageTypes>(
  config: SendGridConfig,
  options: SendGridMailerOptions<C> = {},
): Mailer<C> {
  return createProviderMailer<typeof sendGridConfigShape, SendGridTransportOptions, C>(
    sendGridMailer,
    config,
    options,
  );
}
