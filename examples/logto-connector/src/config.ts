import { parseConfig } from '@authmail/core/provider';
import { mailgunConfigSchema } from '@authmail/mailgun';
import { sendGridConfigSchema } from '@authmail/sendgrid';
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
