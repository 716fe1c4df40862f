import {
  checkOptionKeys,
  checkProviderUrl,
  defaultTimeoutMs,
  providerOptionFields,
  type ShapeInput,
  shapes,
} from '@authmail/core/provider';

/** Postmark's API. */
export const postmarkBaseUrl = 'https://api.postmarkapp.com';

/** Postmark's default transactional message stream. */
export const defaultMessageStream = 'outbound';

/** Postmark's `TrackLinks` values. */
const linkTrackingValues = ['None', 'HtmlAndText', 'HtmlOnly', 'TextOnly'] as const;

/** Provider open and link tracking. Auth emails default to both off. */
const trackingShape = shapes.object({
  /** Add an open-tracking pixel (`TrackOpens`). Default `false`. */
  opens: shapes.optional(shapes.boolean()),
  /** Rewrite links to count clicks (`TrackLinks`). Default `'None'`: it rewrites sign-in links. */
  links: shapes.optional(shapes.oneOf(linkTrackingValues)),
});

/**
 * The options of {@link createPostmarkTransport}, described once: the
 * transport checks them, and `postmarkConfigSchema` is built from them.
 */
export const postmarkTransportOptionsShape = shapes.object({
  /** The Postmark server API token (`X-Postmark-Server-Token`). */
  serverToken: shapes.string({ minLength: 1, tooShort: 'the server token must not be empty' }),
  /** The message stream to send through. Default `outbound` (transactional). */
  messageStream: shapes.optional(
    shapes.string({ minLength: 1, tooShort: 'the message stream must not be empty' }),
  ),
  /** API base URL. Default {@link postmarkBaseUrl}. */
  baseUrl: shapes.optional(shapes.string()),
  /** Allow a `baseUrl` other than `https://api.postmarkapp.com` (a proxy, or a fake API in tests). */
  allowCustomBaseUrl: shapes.optional(shapes.boolean()),
  /** `timeoutMs` (default 10,000) and `maxInFlight` (default 64): see core's `providerOptionFields`. */
  ...providerOptionFields,
  /** Open and link tracking; both off unless set. */
  tracking: shapes.optional(trackingShape),
});

/** Options of {@link createPostmarkTransport}. */
export type PostmarkTransportOptions = ShapeInput<typeof postmarkTransportOptionsShape>;

const optionKeys = Object.keys(postmarkTransportOptionsShape.fields);
const trackingKeys = Object.keys(trackingShape.fields);

/** Options with their defaults applied and the base URL checked. */
export interface ResolvedPostmarkOptions {
  serverToken: string;
  messageStream: string;
  baseUrl: string;
  timeoutMs: number;
  /** `undefined`: core's default. */
  maxInFlight: number | undefined;
  tracking: { opens: boolean; links: (typeof linkTrackingValues)[number] };
}

/**
 * Validates the options and applies defaults.
 *
 * @throws AuthmailError `invalid_config` naming the field, or a key that is not an option.
 */
export function resolvePostmarkOptions(options: PostmarkTransportOptions): ResolvedPostmarkOptions {
  checkOptionKeys(options, optionKeys, 'Postmark options');
  checkOptionKeys(options?.tracking, trackingKeys, 'Postmark options', 'tracking');
  const parsed = shapes.parseOptions(postmarkTransportOptionsShape, options, 'Postmark options');
  return {
    serverToken: parsed.serverToken,
    messageStream: parsed.messageStream ?? defaultMessageStream,
    baseUrl: postmarkApiUrl(parsed),
    timeoutMs: parsed.timeoutMs ?? defaultTimeoutMs,
    maxInFlight: parsed.maxInFlight,
    tracking: { opens: parsed.tracking?.opens ?? false, links: parsed.tracking?.links ?? 'None' },
  };
}

/**
 * The base URL the client is given, checked: https on `api.postmarkapp.com`
 * unless `allowCustomBaseUrl`, never credentials, a query or a fragment (see
 * `checkProviderUrl`), and no trailing `/email`, which the client adds itself.
 *
 * @returns the normalised URL, without a trailing slash.
 * @throws AuthmailError `invalid_config` whose message starts with `baseUrl`.
 */
export function postmarkApiUrl(
  options: Pick<PostmarkTransportOptions, 'baseUrl' | 'allowCustomBaseUrl'>,
): string {
  return checkProviderUrl(options.baseUrl ?? postmarkBaseUrl, {
    field: 'baseUrl',
    allowedHost: (host) => host === 'api.postmarkapp.com',
    allowedHostDescription: 'api.postmarkapp.com',
    allowCustom: options.allowCustomBaseUrl ?? false,
    allowFlag: 'allowCustomBaseUrl',
    clientAddedPath: {
      path: '/email',
      hint: `the postmark client adds /email itself, so drop it (${postmarkBaseUrl})`,
    },
  });
}
