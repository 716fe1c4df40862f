import { checkProviderUrl, defaultTimeoutMs, parseConfig } from '@authmail/core';
import { z } from 'zod';

/** SendGrid's global API. */
export const sendGridGlobalBaseUrl = 'https://api.sendgrid.com';
/** SendGrid's EU API, for EU regional subusers. */
export const sendGridEuBaseUrl = 'https://api.eu.sendgrid.com';

const sendGridHosts = new Set(['api.sendgrid.com', 'api.eu.sendgrid.com']);

/** Provider click and open tracking. Auth emails default to both off. */
export const sendGridTrackingSchema = z.object({
  /** Rewrite links to count clicks. Default `false`: it rewrites sign-in links. */
  clicks: z.boolean().optional(),
  /** Add an open-tracking pixel. Default `false`. */
  opens: z.boolean().optional(),
});

/** Options of {@link createSendGridTransport}. */
export const sendGridTransportOptionsSchema = z.object({
  /** The SendGrid API key (`SG.…`). */
  apiKey: z.string().min(1, 'the API key must not be empty'),
  /** API base URL. Default {@link sendGridGlobalBaseUrl}; {@link sendGridEuBaseUrl} for EU subusers. */
  baseUrl: z.string().optional(),
  /** Allow a `baseUrl` other than SendGrid's https hosts (a proxy, or a fake API in tests). */
  allowCustomBaseUrl: z.boolean().optional(),
  /** How long to wait for SendGrid's answer, in ms. Default 10,000. */
  timeoutMs: z.number().int().positive().optional(),
  /** Click and open tracking; both off unless set. */
  tracking: sendGridTrackingSchema.optional(),
});

/** Options of {@link createSendGridTransport}. */
export type SendGridTransportOptions = z.input<typeof sendGridTransportOptionsSchema>;

/** Options with defaults applied and the base URL checked. */
export interface ResolvedSendGridOptions {
  apiKey: string;
  baseUrl: string;
  timeoutMs: number;
  tracking: { clicks: boolean; opens: boolean };
}

/**
 * Validates the options and applies defaults.
 *
 * @throws AuthmailError `invalid_config` naming the field.
 */
export function resolveSendGridOptions(options: SendGridTransportOptions): ResolvedSendGridOptions {
  const parsed = parseConfig(sendGridTransportOptionsSchema, options, 'SendGrid options');
  const baseUrl = checkProviderUrl(parsed.baseUrl ?? sendGridGlobalBaseUrl, {
    field: 'baseUrl',
    allowedHost: (host) => sendGridHosts.has(host),
    allowedHostDescription: 'api.sendgrid.com or api.eu.sendgrid.com',
    allowCustom: parsed.allowCustomBaseUrl ?? false,
    allowFlag: 'allowCustomBaseUrl',
  });
  return {
    apiKey: parsed.apiKey,
    baseUrl,
    timeoutMs: parsed.timeoutMs ?? defaultTimeoutMs,
    tracking: { clicks: parsed.tracking?.clicks ?? false, opens: parsed.tracking?.opens ?? false },
  };
}
