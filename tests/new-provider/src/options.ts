import {
  checkOptionKeys,
  checkProviderUrl,
  defaultTimeoutMs,
  providerOptionFields,
  type ShapeInput,
  shapes,
} from '@authmail/core/provider';

/** Toy Mail's (made-up) official API. */
export const toyOfficialBaseUrl = 'https://api.toy-mail.test';

const toyHost = 'api.toy-mail.test';

/** The path the transport appends to the base URL. */
const sendPath = '/v3/mail/send';

/**
 * The options of `createToyTransport`, described once: the transport checks
 * them, and the mailer's config shape extends them.
 */
export const toyTransportOptionsShape = shapes.object({
  /** The Toy Mail API key, sent as `Authorization: Bearer <key>`. */
  apiKey: shapes.string({ minLength: 1, tooShort: 'the API key must not be empty' }),
  /** API base URL. Default {@link toyOfficialBaseUrl}. */
  baseUrl: shapes.optional(shapes.string()),
  /** Allow a `baseUrl` other than Toy Mail's https host (a proxy, or a fake API in tests). */
  allowCustomBaseUrl: shapes.optional(shapes.boolean()),
  /** `timeoutMs` and `maxInFlight`: see core's `providerOptionFields`. */
  ...providerOptionFields,
});

/** Options of `createToyTransport`. */
export type ToyTransportOptions = ShapeInput<typeof toyTransportOptionsShape>;

/** Options with defaults applied and the URL checked. */
export interface ResolvedToyOptions {
  apiKey: string;
  /** Where messages are posted: the base URL and {@link sendPath}. */
  sendUrl: URL;
  timeoutMs: number;
  /** `undefined`: core's default. */
  maxInFlight: number | undefined;
}

const optionKeys = Object.keys(toyTransportOptionsShape.fields);

/**
 * Checks the options (unknown keys, field rules, the base URL's host rule)
 * and applies defaults.
 *
 * @throws AuthmailError `invalid_config` naming the field or the unknown key.
 */
export function resolveToyOptions(options: ToyTransportOptions): ResolvedToyOptions {
  checkOptionKeys(options, optionKeys, 'Toy options');
  const parsed = shapes.parseOptions(toyTransportOptionsShape, options, 'Toy options');
  const baseUrl = checkProviderUrl(parsed.baseUrl ?? toyOfficialBaseUrl, {
    field: 'baseUrl',
    allowedHost: (host) => host === toyHost,
    allowedHostDescription: toyHost,
    allowCustom: parsed.allowCustomBaseUrl ?? false,
    allowFlag: 'allowCustomBaseUrl',
    clientAddedPath: { path: '/v3', hint: `the transport adds ${sendPath} itself` },
  });
  return {
    apiKey: parsed.apiKey,
    sendUrl: new URL(`${baseUrl}${sendPath}`),
    timeoutMs: parsed.timeoutMs ?? defaultTimeoutMs,
    maxInFlight: parsed.maxInFlight,
  };
}
