import { parseConfig } from '@authmail/core/provider';
import { mailgunConfigSchema } from '@authmail/mailgun';
import { postmarkConfigSchema } from '@authmail/postmark';
import { resendConfigSchema } from '@authmail/resend';
import { sendGridConfigSchema } from '@authmail/sendgrid';
import { sesConfigSchema } from '@authmail/ses';
import { smtpConfigSchema } from '@authmail/smtp';
import type { ConnectorError } from '@logto/connector-kit';
import { z } from 'zod';
import { toConnectorError } from './errors.js';

/** Logto's Mailgun connector config with `provider: 'mailgun'` (plus `allowCustomEndpoint`, …). */
export const mailgunConnectorConfigSchema = mailgunConfigSchema.extend({
  provider: z.literal('mailgun'),
});

/** Logto's SendGrid connector config with `provider: 'sendgrid'` (plus `baseUrl`, `allowCustomBaseUrl`, …). */
export const sendGridConnectorConfigSchema = sendGridConfigSchema.extend({
  provider: z.literal('sendgrid'),
});

/** Logto's SMTP connector config with `provider: 'smtp'` (plus `pool`, `timeoutMs`, …). */
export const smtpConnectorConfigSchema = smtpConfigSchema.extend({
  provider: z.literal('smtp'),
});

/**
 * A Resend config with `provider: 'resend'`. Logto has no Resend connector:
 * this is `@authmail/resend`'s config (`apiKey`, `from`, `deliveries`, …),
 * shaped like Logto's Mailgun one.
 */
export const resendConnectorConfigSchema = resendConfigSchema.extend({
  provider: z.literal('resend'),
});

/** Logto's AWS SES connector config with `provider: 'ses'` (plus `endpoint`, `sessionToken`, …). */
export const sesConnectorConfigSchema = sesConfigSchema.extend({
  provider: z.literal('ses'),
});

/** Logto's Postmark connector config with `provider: 'postmark'` (plus `baseUrl`, `deliveries`, …). */
export const postmarkConnectorConfigSchema = postmarkConfigSchema.extend({
  provider: z.literal('postmark'),
});

/**
 * The connector's config guard: `provider` picks the transport, the rest is
 * that provider's Logto connector config, so swapping provider is a config
 * change.
 *
 * It is a zod 4 schema; Logto only calls `safeParse` on a config guard
 * (`validateConfig`), which zod 4 answers with the same `{ success, data, error }`.
 */
export const configGuard = z.discriminatedUnion('provider', [
  mailgunConnectorConfigSchema,
  sendGridConnectorConfigSchema,
  smtpConnectorConfigSchema,
  resendConnectorConfigSchema,
  sesConnectorConfigSchema,
  postmarkConnectorConfigSchema,
]);

/** A validated connector config. */
export type AuthmailConnectorConfig = z.output<typeof configGuard>;

/** A connector config as stored in Logto. */
export type AuthmailConnectorConfigInput = z.input<typeof configGuard>;

/**
 * Validates a stored (or test) config.
 *
 * @throws ConnectorError `invalid_config` whose data's `message` lists each
 *   failing field as a `path: message` line; values are never echoed.
 */
export function parseConnectorConfig(config: unknown): AuthmailConnectorConfig {
  try {
    return parseConfig(configGuard, config, 'authmail connector config');
  } catch (error) {
    throw toConnectorError(error, []);
  }
}

/**
 * The guard the connector hands Logto. Logto's `validateConfig` (run when a
 * config is saved or tested) throws `ConnectorError(invalid_config, error)`
 * with whatever `safeParse` reports as `error`: a bare zod error reads as a
 * JSON dump of issues there, so this one reports the same `{ code, message,
 * status }` data as {@link parseConnectorConfig}, its message one
 * `path: message` line per problem.
 */
export const logtoConfigGuard = {
  safeParse(config: unknown) {
    try {
      return { success: true as const, data: parseConnectorConfig(config) };
    } catch (error) {
      return { success: false as const, error: (error as ConnectorError).data };
    }
  },
};
