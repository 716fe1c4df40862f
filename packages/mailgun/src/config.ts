import {
  createMailer,
  deliveriesSchema,
  type Mailer,
  type MailerOptions,
  parseConfig,
  type Transport,
} from '@authmail/core';
import { z } from 'zod';
import { trackingSchema } from './options.js';
import { createMailgunTransport } from './transport.js';

/**
 * Logto's Mailgun connector config, accepted unchanged (`endpoint?`, `domain`,
 * `apiKey`, `from`, `deliveries`), plus authmail's optional
 * `allowCustomEndpoint`, `timeoutMs` and `tracking`.
 */
export const mailgunConfigSchema = z.object({
  endpoint: z.string().optional(),
  domain: z.string(),
  apiKey: z.string(),
  from: z.string(),
  deliveries: deliveriesSchema,
  allowCustomEndpoint: z.boolean().optional(),
  timeoutMs: z.number().int().positive().optional(),
  tracking: trackingSchema.optional(),
});

/** Logto's Mailgun connector config. */
export type MailgunConfig = z.input<typeof mailgunConfigSchema>;

/** Options of {@link createMailgunMailer}: `createMailer`'s, plus a transport to use instead. */
export type MailgunMailerOptions = Omit<MailerOptions, 'transport' | 'from' | 'deliveries'> & {
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
 * @throws AuthmailError `invalid_config` naming the field, or `template_syntax`.
 */
export function createMailgunMailer(
  config: MailgunConfig,
  options: MailgunMailerOptions = {},
): Mailer {
  const parsed = parseConfig(mailgunConfigSchema, config, 'Mailgun config');
  const { transport, ...mailerOptions } = options;
  return createMailer({
    ...mailerOptions,
    transport:
      transport ??
      createMailgunTransport({
        apiKey: parsed.apiKey,
        domain: parsed.domain,
        ...(parsed.endpoint === undefined ? {} : { endpoint: parsed.endpoint }),
        ...(parsed.allowCustomEndpoint === undefined
          ? {}
          : { allowCustomEndpoint: parsed.allowCustomEndpoint }),
        ...(parsed.timeoutMs === undefined ? {} : { timeoutMs: parsed.timeoutMs }),
        ...(parsed.tracking === undefined ? {} : { tracking: parsed.tracking }),
      }),
    from: parsed.from,
    deliveries: parsed.deliveries,
  });
}
