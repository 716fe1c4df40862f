import {
  checkOptionKeys,
  checkProviderUrl,
  defaultTimeoutMs,
  providerOptionFields,
  type ShapeInput,
  shapes,
} from '@authmail/core/provider';

/** SendGrid's global API. */
export const sendGridGlobalBaseUrl = 'https://api.sendgrid.com';
/** SendGrid's EU API, for EU regional subusers. */
export const sendGridEuBaseUrl = 'https://api.eu.sendgrid.com';

const sendGridHosts = new Set(['api.sendgrid.com', 'api.eu.sendgrid.com']);

/** Provider click and open tracking. Auth emails default to both off. */
const trackingShape = shapes.object({
  /** Rewrite links to count clicks. Default `false`: it rewrites sign-in links. */
  clicks: shapes.optional(shapes.boolean()),
  /** Add an open-tracking pixel. Default `false`. */
  opens: shapes.optional(shapes.boolean()),
});

/**
 * The options of {@link createSendGridTransport}, described once: the
 * transport checks them, and `sendGridConfigSchema` is built from them.
 */
export const sendGridTransportOptionsShape = shapes.object({
  /** The SendGrid API key (`SG.…`). */
  apiKey: shapes.string({ minLength: 1, tooShort: 'the API key must not be empty' }),
  /** API base URL. Default {@link sendGridGlobalBaseUrl}; {@link sendGridEuBaseUrl} for EU subusers. */
  baseUrl: shapes.optional(shapes.string()),
  /** Allow a `baseUrl` other than SendGrid's https hosts (a proxy, or a fake API in tests). */
  allowCustomBaseUrl: shapes.optional(shapes.boolean()),
  /** `timeoutMs` (default 10,000) and `maxInFlight` (default 64): see core's `providerOptionFields`. */
  ...providerOptionFields,
  /** Click and open tracking; both off unless set. */
  tracking: shapes.optional(trackingShape),
});

/** Options of {@link createSendGridTransport}. */
export type SendGridTransportOptions = ShapeInput<typeof sendGridTransportOptionsShape>;

const optionKeys = Object.keys(sendGridTransportOptionsShape.fields);
const trackingKeys = Object.keys(trackingShape.fields);

/** Options with defaults applied and the base URL checked. */
export interface ResolvedSendGridOptions {
  apiKey: string;
  baseUrl: string;
  timeoutMs: number;
  /** `undefined`: core's default. */
  maxInFlight: number | undefined;
  tracking: { clicks: boolean; opens: boolean };
}

/**
 * Validates the options and applies defaults.
 *
 * @throws AuthmailError `invalid_config` naming the field, or a key that is not an option.
 */
export function resolveSendGridOptions(options: SendGridTransportOptions): ResolvedSendGridOptions {
  checkOptionKeys(options, optionKeys, 'SendGrid options');
  checkOptionKeys(options?.tracking, trackingKeys, 'SendGrid options', 'tracking');
  const parsed = shapes.parseOptions(sendGridTransportOptionsShape, options, 'SendGrid options');
  return {
    apiKey: parsed.apiKey,
    baseUrl: sendGridBaseUrl(parsed),
    timeoutMs: parsed.timeoutMs ?? defaultTimeoutMs,
    maxInFlight: parsed.maxInFlight,
    tracking: { clicks: parsed.tracking?.clicks ?? false, opens: parsed.tracking?.opens ?? false },
  };
}

/**
 * The base URL the client is given, checked: https on SendGrid's hosts unless
 * `allowCustomBaseUrl`, never credentials, a query or a fragment (see
 * `checkProviderUrl`), and no trailing `/v3`, which the client adds itself.
 *
 * @returns the normalised URL, without a trailing slash.
 * @throws AuthmailError `invalid_config` whose message starts with `baseUrl`.
 */
export function sendGridBaseUrl(
  options: Pick<SendGridTransportOptions, 'baseUrl' | 'allowCustomBaseUrl'>,
): string {
  return checkProviderUrl(options.baseUrl ?? sendGridGlobalBaseUrl, {
    field: 'baseUrl',
    allowedHost: (host) => sendGridHosts.has(host),
    allowedHostDescription: 'api.sendgrid.com or api.eu.sendgrid.com',
    allowCustom: options.allowCustomBaseUrl ?? false,
    allowFlag: 'allowCustomBaseUrl',
    clientAddedPath: {
      path: '/v3',
      hint: `the SendGrid client adds /v3/mail/send itself, so drop /v3 (${sendGridGlobalBaseUrl}, or ${sendGridEuBaseUrl} for EU subusers)`,
    },
  });
}
