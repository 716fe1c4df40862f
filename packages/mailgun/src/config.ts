import type { CustomUsageTypes, Mailer } from '@authmail/core';
import type { NoCustomUsageTypes } from '@authmail/core/provider';
import {
  createProviderMailer,
  deliveriesShape,
  type ProviderMailerOptions,
  type ShapeInput,
  type ShapeOutput,
  shapes,
} from '@authmail/core/provider';
import { checkMailgunConfig } from './config-checks.js';
import { type MailgunTransportOptions, mailgunTransportOptionsShape } from './options.js';
import { createMailgunTransport } from './transport.js';

/**
 * Logto's Mailgun connector config, described once: `createMailgunMailer`
 * checks a config with it, and {@link mailgunConfigSchema} is built from it.
 */
const mailgunConfigShape = shapes.refine(
  shapes.extend(mailgunTransportOptionsShape, {
    from: shapes.string(),
    deliveries: deliveriesShape,
  }),
  checkMailgunConfig,
);

/**
 * Logto's Mailgun connector config, accepted unchanged (`endpoint?`, `domain`,
 * `apiKey`, `from`, `deliveries`), plus authmail's optional
 * `allowCustomEndpoint`, `timeoutMs`, `maxInFlight` and `tracking`. Keys it
 * does not know are dropped, as Logto's own guard drops them, so a stored
 * config with an old key keeps working.
 *
 * It rejects at parse time (when Logto saves a config, `configGuard.safeParse`)
 * everything `createMailgunMailer` would reject later, with the same checks:
 * the transport's options (an `endpoint` off `https://*.mailgun.net` without
 * `allowCustomEndpoint`, one ending in `/v3`, a `domain` with a scheme or a
 * path, an empty `apiKey`), a `from` that is not `address` or
 * `Name <address>`, and delivery templates that do not compile (the issue
 * names the delivery field, the line and the column). Issues name the field
 * by their path and never hold the API key.
 *
 * A zod 4 schema, built (and zod loaded) on first use: importing the
 * package costs nothing for it.
 */
export const mailgunConfigSchema = shapes.lazyZodSchema(mailgunConfigShape);

/** Logto's Mailgun connector config. */
export type MailgunConfig = ShapeInput<typeof mailgunConfigShape>;

/**
 * Options of {@link createMailgunMailer}: `createMailer`'s (your own `usageTypes`
 * included), plus a transport to use instead.
 */
export type MailgunMailerOptions<C extends CustomUsageTypes = NoCustomUsageTypes> =
  ProviderMailerOptions<C>;

const mailgunMailer = {
  provider: 'Mailgun',
  configShape: mailgunConfigShape,
  mailerParts: ({
    from,
    deliveries,
    ...transportOptions
  }: ShapeOutput<typeof mailgunConfigShape>) => ({
    transportOptions,
    from,
    deliveries,
  }),
  createTransport: createMailgunTransport,
};

/**
 * A mailer from a Logto Mailgun connector config: the config's deliveries,
 * sender and credentials, with authmail's lookup, rendering and checks.
 *
 * @example
 * ```ts
 * const mailer = createMailgunMailer(logtoConfig, { templates, builtins: true });
 * await mailer.send({ to, usageType: 'SignIn', variables });
 * ```
 * @throws AuthmailError `invalid_config` naming each failing field (a delivery
 * template that does not compile too, with its line and column), and each
 * option that is not one.
 */
export function createMailgunMailer<C extends CustomUsageTypes = NoCustomUsageTypes>(
  config: MailgunConfig,
  options: MailgunMailerOptions<C> = {},
): Mailer<C> {
  return createProviderMailer<typeof mailgunConfigShape, MailgunTransportOptions, C>(
    mailgunMailer,
    config,
    options,
  );
}
