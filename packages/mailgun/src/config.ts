import {
  type CustomUsageTypes,
  createMailer,
  deliveriesSchema,
  type Mailer,
  type MailerOptions,
  type NoCustomUsageTypes,
  parseConfig,
  type Transport,
} from '@authmail/core';
import { z } from 'zod';
import { checkMailgunConfig } from './config-checks.js';
import { mailgunTransportOptionsSchema } from './options.js';
import { createMailgunTransport } from './transport.js';

/**
 * Logto's Mailgun connector config, accepted unchanged (`endpoint?`, `domain`,
 * `apiKey`, `from`, `deliveries`), plus authmail's optional
 * `allowCustomEndpoint`, `timeoutMs` and `tracking`.
 *
 * It rejects at parse time (when Logto saves a config, `configGuard.safeParse`)
 * everything `createMailgunMailer` would reject later, with the same checks:
 * the transport's options (an `endpoint` off `https://*.mailgun.net` without
 * `allowCustomEndpoint`, one ending in `/v3`, a `domain` with a scheme or a
 * path, an empty `apiKey`), a `from` that is not `address` or
 * `Name <address>`, and delivery templates that do not compile (the issue
 * names the delivery field, the line and the column). Issues name the field
 * by their path and never hold the API key.
 */
export const mailgunConfigSchema = z
  .object({
    ...mailgunTransportOptionsSchema.shape,
    from: z.string(),
    deliveries: deliveriesSchema,
  })
  .superRefine(checkMailgunConfig);

/** Logto's Mailgun connector config. */
export type MailgunConfig = z.input<typeof mailgunConfigSchema>;

/**
 * Options of {@link createMailgunMailer}: `createMailer`'s (your own `usageTypes`
 * included), plus a transport to use instead.
 */
export type MailgunMailerOptions<C extends CustomUsageTypes = NoCustomUsageTypes> = Omit<
  MailerOptions<C>,
  'transport' | 'from' | 'deliveries'
> & {
  /** Replaces the transport built from the config (to wrap it with retries, or point it elsewhere). */
  transport?: Transport;
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
 * template that does not compile too, with its line and column).
 */
export function createMailgunMailer<C extends CustomUsageTypes = NoCustomUsageTypes>(
  config: MailgunConfig,
  options: MailgunMailerOptions<C> = {},
): Mailer<C> {
  const { from, deliveries, ...transportOptions } = parseConfig(
    mailgunConfigSchema,
    config,
    'Mailgun config',
  );
  const { transport, ...mailerOptions } = options;
  return createMailer<C>({
    ...mailerOptions,
    transport: transport ?? createMailgunTransport(transportOptions),
    from,
    deliveries,
  });
}
