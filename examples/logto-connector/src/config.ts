import { describeIssues } from '@authmail/core';
import { mailgunConfigSchema } from '@authmail/mailgun';
import { sendGridConfigSchema } from '@authmail/sendgrid';
import { ConnectorError, ConnectorErrorCodes } from '@logto/connector-kit';
import { z } from 'zod';

/** Logto's Mailgun connector config with `provider: 'mailgun'` (plus `allowCustomEndpoint`, …). */
export const mailgunConnectorConfigSchema = mailgunConfigSchema.extend({
  provider: z.literal('mailgun'),
});

/** Logto's SendGrid connector config with `provider: 'sendgrid'` (plus `baseUrl`, `allowCustomBaseUrl`, …). */
export const sendGridConnectorConfigSchema = sendGridConfigSchema.extend({
  provider: z.literal('sendgrid'),
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
]);

/** A validated connector config. */
export type AuthmailConnectorConfig = z.output<typeof configGuard>;

/** A connector config as stored in Logto. */
export type AuthmailConnectorConfigInput = z.input<typeof configGuard>;

/**
 * Validates a stored (or test) config.
 *
 * @throws ConnectorError `invalid_config` naming each failing field; values are never echoed.
 */
export function parseConnectorConfig(config: unknown): AuthmailConnectorConfig {
  const result = configGuard.safeParse(config);
  if (result.success) return result.data;
  const issues = describeIssues(result.error.issues);
  throw new ConnectorError(ConnectorErrorCodes.InvalidConfig, {
    message: `Invalid authmail connector config: ${issues.join('; ')}`,
    issues,
  });
}
