import {
  checkOptionKeys,
  checkProviderUrl,
  defaultTimeoutMs,
  providerOptionFields,
  type ShapeInput,
  shapes,
} from '@authmail/core/provider';

/** Mailgun's US API. */
export const mailgunUsEndpoint = 'https://api.mailgun.net';
/** Mailgun's EU API: use it for domains in the EU region. */
export const mailgunEuEndpoint = 'https://api.eu.mailgun.net';

/** Provider click and open tracking. Auth emails default to both off. */
const trackingShape = shapes.object({
  /** Rewrite links to count clicks. Default `false`: it rewrites sign-in links. */
  clicks: shapes.optional(shapes.union([shapes.boolean(), shapes.literal('htmlonly')])),
  /** Add an open-tracking pixel. Default `false`. */
  opens: shapes.optional(shapes.boolean()),
});

/**
 * The options of {@link createMailgunTransport}, described once: the
 * transport checks them, and `mailgunConfigSchema` is built from them.
 */
export const mailgunTransportOptionsShape = shapes.object({
  /** The Mailgun API key (private key). */
  apiKey: shapes.string({ minLength: 1, tooShort: 'the API key must not be empty' }),
  /** Sending domain, without a scheme or path, e.g. `mg.example.com`. */
  domain: shapes.string({
    pattern: /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i,
    mismatch: 'must be a domain name such as mg.example.com, without a scheme or a slash',
  }),
  /** API base URL. Default {@link mailgunUsEndpoint}; {@link mailgunEuEndpoint} for the EU. */
  endpoint: shapes.optional(shapes.string()),
  /** Allow an `endpoint` outside `https://*.mailgun.net` (a proxy, or a fake API in tests). */
  allowCustomEndpoint: shapes.optional(shapes.boolean()),
  /** `timeoutMs` (default 10,000) and `maxInFlight` (default 64): see core's `providerOptionFields`. */
  ...providerOptionFields,
  /** Click and open tracking; both off unless set. */
  tracking: shapes.optional(trackingShape),
});

/** Options of {@link createMailgunTransport}. */
export type MailgunTransportOptions = ShapeInput<typeof mailgunTransportOptionsShape>;

const optionKeys = Object.keys(mailgunTransportOptionsShape.fields);
const trackingKeys = Object.keys(trackingShape.fields);

/** Options with their defaults applied and the endpoint checked. */
export interface ResolvedMailgunOptions {
  apiKey: string;
  domain: string;
  endpoint: string;
  timeoutMs: number;
  /** `undefined`: core's default. */
  maxInFlight: number | undefined;
  tracking: { clicks: boolean | 'htmlonly'; opens: boolean };
}

/**
 * Validates the options and applies defaults.
 *
 * @throws AuthmailError `invalid_config` naming the field, or a key that is not an option.
 */
export function resolveMailgunOptions(options: MailgunTransportOptions): ResolvedMailgunOptions {
  checkOptionKeys(options, optionKeys, 'Mailgun options');
  checkOptionKeys(options?.tracking, trackingKeys, 'Mailgun options', 'tracking');
  const parsed = shapes.parseOptions(mailgunTransportOptionsShape, options, 'Mailgun options');
  return {
    apiKey: parsed.apiKey,
    domain: parsed.domain,
    endpoint: mailgunEndpoint(parsed),
    timeoutMs: parsed.timeoutMs ?? defaultTimeoutMs,
    maxInFlight: parsed.maxInFlight,
    tracking: { clicks: parsed.tracking?.clicks ?? false, opens: parsed.tracking?.opens ?? false },
  };
}

/**
 * The endpoint the client is given, checked: https on `*.mailgun.net` unless
 * `allowCustomEndpoint`, never credentials, a query or a fragment (see
 * `checkProviderUrl`), and no trailing `/v3`, which mailgun.js adds itself.
 *
 * @returns the normalised endpoint, without a trailing slash.
 * @throws AuthmailError `invalid_config` whose message starts with `endpoint`.
 */
export function mailgunEndpoint(
  options: Pick<MailgunTransportOptions, 'endpoint' | 'allowCustomEndpoint'>,
): string {
  return checkProviderUrl(options.endpoint ?? mailgunUsEndpoint, {
    field: 'endpoint',
    allowedHost: (host) => host === 'mailgun.net' || host.endsWith('.mailgun.net'),
    allowedHostDescription: '*.mailgun.net',
    allowCustom: options.allowCustomEndpoint ?? false,
    allowFlag: 'allowCustomEndpoint',
    clientAddedPath: {
      path: '/v3',
      hint: `mailgun.js adds /v3/<domain>/messages itself, so drop /v3 (${mailgunUsEndpoint}, or ${mailgunEuEndpoint} for EU domains)`,
    },
  });
}
