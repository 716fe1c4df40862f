import {
  checkOptionKeys,
  checkProviderUrl,
  defaultTimeoutMs,
  providerOptionFields,
  type ShapeInput,
  shapes,
} from '@authmail/core/provider';

/** Resend's API. */
export const resendBaseUrl = 'https://api.resend.com';

/**
 * The options of {@link createResendTransport}, described once: the
 * transport checks them, and `resendConfigSchema` is built from them.
 */
export const resendTransportOptionsShape = shapes.object({
  /** The Resend API key (`re_…`); a sending-access key is enough. */
  apiKey: shapes.string({ minLength: 1, tooShort: 'the API key must not be empty' }),
  /** API base URL. Default {@link resendBaseUrl}. */
  baseUrl: shapes.optional(shapes.string()),
  /** Allow a `baseUrl` other than `https://api.resend.com` (a proxy, or a fake API in tests). */
  allowCustomBaseUrl: shapes.optional(shapes.boolean()),
  /** `timeoutMs` (default 10,000) and `maxInFlight` (default 64): see core's `providerOptionFields`. */
  ...providerOptionFields,
});

/** Options of {@link createResendTransport}. */
export type ResendTransportOptions = ShapeInput<typeof resendTransportOptionsShape>;

const optionKeys = Object.keys(resendTransportOptionsShape.fields);

/** Options with defaults applied and the base URL checked. */
export interface ResolvedResendOptions {
  apiKey: string;
  baseUrl: string;
  timeoutMs: number;
  /** `undefined`: core's default. */
  maxInFlight: number | undefined;
}

/**
 * Validates the options and applies defaults.
 *
 * @throws AuthmailError `invalid_config` naming the field, or a key that is not an option.
 */
export function resolveResendOptions(options: ResendTransportOptions): ResolvedResendOptions {
  checkOptionKeys(options, optionKeys, 'Resend options');
  const parsed = shapes.parseOptions(resendTransportOptionsShape, options, 'Resend options');
  return {
    apiKey: parsed.apiKey,
    baseUrl: resendBaseUrlOf(parsed),
    timeoutMs: parsed.timeoutMs ?? defaultTimeoutMs,
    maxInFlight: parsed.maxInFlight,
  };
}

/**
 * The base URL the client is given, checked: https on `api.resend.com`
 * unless `allowCustomBaseUrl`, never credentials, a query or a fragment (see
 * `checkProviderUrl`), and no trailing `/emails`, which the client adds itself.
 *
 * @returns the normalised URL, without a trailing slash.
 * @throws AuthmailError `invalid_config` whose message starts with `baseUrl`.
 */
export function resendBaseUrlOf(
  options: Pick<ResendTransportOptions, 'baseUrl' | 'allowCustomBaseUrl'>,
): string {
  return checkProviderUrl(options.baseUrl ?? resendBaseUrl, {
    field: 'baseUrl',
    allowedHost: (host) => host === 'api.resend.com',
    allowedHostDescription: 'api.resend.com',
    allowCustom: options.allowCustomBaseUrl ?? false,
    allowFlag: 'allowCustomBaseUrl',
    clientAddedPath: {
      path: '/emails',
      hint: `the Resend client adds /emails and /emails/batch itself, so drop /emails (${resendBaseUrl})`,
    },
  });
}
