import type { CustomUsageTypes, Mailer } from '@authmail/core';
import type { NoCustomUsageTypes } from '@authmail/core/provider';
import {
  createProviderMailer,
  type ProviderMailerOptions,
  type ShapeInput,
  type ShapeOutput,
  shapes,
} from '@authmail/core/provider';
import { checkSmtpConfig } from './config-checks.js';
import { type SmtpTransportOptions, smtpTransportOptionsShape } from './options.js';
import { deliveriesFromTemplates, smtpTemplatesShape } from './templates.js';
import { createSmtpTransport } from './transport.js';

/**
 * Logto's SMTP connector config, described once: `createSmtpMailer` checks a
 * config with it, and {@link smtpConfigSchema} is built from it.
 */
const smtpConfigShape = shapes.refine(
  shapes.extend(smtpTransportOptionsShape, {
    fromEmail: shapes.string(),
    replyTo: shapes.optional(shapes.string()),
    templates: smtpTemplatesShape,
  }),
  checkSmtpConfig,
);

/**
 * Logto's SMTP connector config, accepted unchanged (`host`, `port`, `auth`
 * as a login, whose `user` and `pass` a relay leaves out, or OAuth2,
 * `fromEmail`, `replyTo?`, `customHeaders?` whose values may be lists,
 * `templates[]` with Register, SignIn, ForgotPassword and Generic required,
 * and its connection, TLS, debug and security options), plus authmail's
 * optional `pool`, `maxConnections`, `maxMessages`, `rateDelta`,
 * `rateLimit`, `timeoutMs` and `maxInFlight`. Keys it does not know are
 * dropped, as Logto's own guard drops them.
 *
 * It rejects at parse time (when Logto saves a config, `configGuard.safeParse`)
 * everything `createSmtpMailer` would reject later, with the same checks: a
 * host with a scheme or a port, a port out of range, an empty password, a
 * `fromEmail` or `replyTo` that is not an address, and templates that do
 * not compile (the issue names the line and the column). Issues name the
 * field by their path and never hold the password.
 *
 * A zod 4 schema, built (and zod loaded) on first use.
 */
export const smtpConfigSchema = shapes.lazyZodSchema(smtpConfigShape);

/** Logto's SMTP connector config. */
export type SmtpConfig = ShapeInput<typeof smtpConfigShape>;

/**
 * Options of {@link createSmtpMailer}: `createMailer`'s (your own `usageTypes`
 * included), plus a transport to use instead.
 */
export type SmtpMailerOptions<C extends CustomUsageTypes = NoCustomUsageTypes> =
  ProviderMailerOptions<C>;

const smtpMailer = {
  provider: 'SMTP',
  configShape: smtpConfigShape,
  mailerParts: (config: ShapeOutput<typeof smtpConfigShape>) => {
    const { fromEmail, replyTo, templates, ...transportOptions } = config;
    return {
      transportOptions,
      from: fromEmail,
      deliveries: deliveriesFromTemplates(templates, replyTo),
    };
  },
  createTransport: createSmtpTransport,
};

/**
 * A mailer from a Logto SMTP connector config: its templates become the
 * deliveries (HTML or plain text, Logto's `{{code}}` and the rest rendered
 * by authmail), the sender is `fromEmail`, every message carries `replyTo`
 * and `customHeaders`.
 *
 * @example
 * ```ts
 * const mailer = createSmtpMailer(logtoConfig, { builtins: true });
 * await mailer.send({ to, usageType: 'SignIn', variables });
 * ```
 * @throws AuthmailError `invalid_config` naming each failing field (a template
 * that does not compile too, with its line and column) or the missing usage
 * types, and each option that is not one.
 */
export function createSmtpMailer<C extends CustomUsageTypes = NoCustomUsageTypes>(
  config: SmtpConfig,
  options: SmtpMailerOptions<C> = {},
): Mailer<C> {
  return createProviderMailer<typeof smtpConfigShape, SmtpTransportOptions, C>(
    smtpMailer,
    config,
    options,
  );
}
