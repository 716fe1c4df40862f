import {
  type CustomUsageTypes,
  createMailer,
  type Mailer,
  type MailerOptions,
  type NoCustomUsageTypes,
  parseConfig,
  type Transport,
} from '@authmail/core';
import { z } from 'zod';
import { checkSendGridConfig } from './config-checks.js';
import { deliveriesFromTemplates } from './deliveries.js';
import { sendGridTransportOptionsSchema } from './options.js';
import { sendGridSender } from './sender.js';
import { sendGridTemplatesSchema } from './templates.js';
import { createSendGridTransport } from './transport.js';

/**
 * Logto's SendGrid connector config, accepted unchanged (`apiKey`,
 * `fromEmail`, `fromName?`, `templates[]`, with Register, SignIn,
 * ForgotPassword and Generic required), plus authmail's optional `replyTo`
 * and `templateId` per template, `baseUrl`, `allowCustomBaseUrl`, `timeoutMs`
 * and `tracking`.
 *
 * It rejects at parse time (when Logto saves a config, `configGuard.safeParse`)
 * everything `createSendGridMailer` would reject later, with the same checks:
 * the transport's options (a `baseUrl` off SendGrid's https hosts without
 * `allowCustomBaseUrl`, an empty `apiKey`), a `fromEmail` that is not an
 * address alone, a `fromName` that cannot be a display name (a line break, a
 * double quote), and templates whose `templateId` is not `d-…` or whose
 * parts do not compile (the issue names the line and the column). Issues
 * name the field by their path and never hold the API key.
 */
export const sendGridConfigSchema = z
  .object({
    ...sendGridTransportOptionsSchema.shape,
    fromEmail: z.string(),
    fromName: z.string().optional(),
    templates: sendGridTemplatesSchema,
  })
  .superRefine(checkSendGridConfig);

/** Logto's SendGrid connector config. */
export type SendGridConfig = z.input<typeof sendGridConfigSchema>;

/**
 * Options of {@link createSendGridMailer}: `createMailer`'s (your own `usageTypes`
 * included), plus a transport to use instead.
 */
export type SendGridMailerOptions<C extends CustomUsageTypes = NoCustomUsageTypes> = Omit<
  MailerOptions<C>,
  'transport' | 'from' | 'deliveries'
> & {
  /** Replaces the transport built from the config (to wrap it with retries, or point it elsewhere). */
  transport?: Transport;
};

/**
 * A mailer from a Logto SendGrid connector config: its templates become the
 * deliveries (a `templateId` one sends the dynamic template), the sender is
 * `fromName <fromEmail>`.
 *
 * @throws AuthmailError `invalid_config` naming each failing field (a template
 * that does not compile too, with its line and column) or the missing usage types.
 */
export function createSendGridMailer<C extends CustomUsageTypes = NoCustomUsageTypes>(
  config: SendGridConfig,
  options: SendGridMailerOptions<C> = {},
): Mailer<C> {
  const { fromEmail, fromName, templates, ...transportOptions } = parseConfig(
    sendGridConfigSchema,
    config,
    'SendGrid config',
  );
  const { transport, ...mailerOptions } = options;
  return createMailer<C>({
    ...mailerOptions,
    transport: transport ?? createSendGridTransport(transportOptions),
    from: sendGridSender({ fromEmail, fromName }),
    deliveries: deliveriesFromTemplates(templates),
  });
}
