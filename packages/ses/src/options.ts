import {
  checkOptionKeys,
  checkProviderUrl,
  defaultTimeoutMs,
  providerOptionFields,
  type ShapeInput,
  shapes,
} from '@authmail/core/provider';

/** An AWS region name as SES uses it: `us-east-1`, `eu-central-2`, `us-gov-west-1`, `cn-north-1`. */
const regionPattern = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;

const nonEmpty = (what: string) =>
  shapes.string({ minLength: 1, tooShort: `${what} must not be empty` });

/** Static AWS credentials: an IAM user's access key, or a role session's. */
const credentialsShape = shapes.object({
  /** The access key id (`AKIA…`, `ASIA…`). It is not secret: it travels in every request's `Authorization` header. */
  accessKeyId: nonEmpty('the access key id'),
  /** The secret access key. It never leaves the process: requests are signed with it (SigV4). */
  secretAccessKey: nonEmpty('the secret access key'),
  /** A session token, for temporary credentials (`ASIA…`). */
  sessionToken: shapes.optional(shapes.string()),
});

/**
 * The options of {@link createSesTransport}, described once: the transport
 * checks them, and `sesConfigSchema` is built from them.
 */
export const sesTransportOptionsShape = shapes.object({
  /** The AWS region of the SES account, e.g. `eu-west-1`. */
  region: shapes.string({
    pattern: regionPattern,
    mismatch: 'must be an AWS region such as us-east-1 or eu-west-1',
  }),
  /** Static credentials. Default: the AWS SDK's credential chain (environment, profile, IAM role). */
  credentials: shapes.optional(credentialsShape),
  /** API endpoint. Default `https://email.<region>.amazonaws.com`. */
  endpoint: shapes.optional(shapes.string()),
  /** Allow an `endpoint` other than SES's https host for the region (a proxy, or a fake API in tests). */
  allowCustomEndpoint: shapes.optional(shapes.boolean()),
  /** The configuration set every message is sent with (event publishing, suppression, IP pool). */
  configurationSetName: shapes.optional(shapes.string()),
  /** `FromEmailAddressIdentityArn`: send as an identity another account authorised you to use. */
  fromEmailAddressIdentityArn: shapes.optional(shapes.string()),
  /** Where bounces and complaints are forwarded (`FeedbackForwardingEmailAddress`). */
  feedbackForwardingEmailAddress: shapes.optional(shapes.string()),
  /** The identity ARN of {@link feedbackForwardingEmailAddress}, when it belongs to another account. */
  feedbackForwardingEmailAddressIdentityArn: shapes.optional(shapes.string()),
  /** `timeoutMs` (default 10,000) and `maxInFlight` (default 64): see core's `providerOptionFields`. */
  ...providerOptionFields,
});

/** Options of {@link createSesTransport}. */
export type SesTransportOptions = ShapeInput<typeof sesTransportOptionsShape>;

/** Static AWS credentials, as {@link SesTransportOptions} takes them. */
export type SesCredentials = ShapeInput<typeof credentialsShape>;

const optionKeys = Object.keys(sesTransportOptionsShape.fields);
const credentialKeys = Object.keys(credentialsShape.fields);

/** The SendEmail / SendBulkEmail fields every request of a transport carries. */
export interface SesSendingFields {
  ConfigurationSetName?: string;
  FromEmailAddressIdentityArn?: string;
  FeedbackForwardingEmailAddress?: string;
  FeedbackForwardingEmailAddressIdentityArn?: string;
}

/** Options with defaults applied and the endpoint checked. */
export interface ResolvedSesOptions {
  region: string;
  credentials: SesCredentials | undefined;
  /** Always set: the SDK is never left to pick an endpoint from the environment. */
  endpoint: string;
  timeoutMs: number;
  /** `undefined`: core's default. */
  maxInFlight: number | undefined;
  sending: SesSendingFields;
}

/**
 * Validates the options and applies defaults.
 *
 * @throws AuthmailError `invalid_config` naming the field, or a key that is not an option.
 */
export function resolveSesOptions(options: SesTransportOptions): ResolvedSesOptions {
  checkOptionKeys(options, optionKeys, 'SES options');
  checkOptionKeys(options?.credentials, credentialKeys, 'SES options', 'credentials');
  const parsed = shapes.parseOptions(sesTransportOptionsShape, options, 'SES options');
  return {
    region: parsed.region,
    credentials: parsed.credentials,
    endpoint: sesEndpoint(parsed),
    timeoutMs: parsed.timeoutMs ?? defaultTimeoutMs,
    maxInFlight: parsed.maxInFlight,
    sending: sendingFields(parsed),
  };
}

function sendingFields(options: SesTransportOptions): SesSendingFields {
  const fields: SesSendingFields = {};
  if (options.configurationSetName) fields.ConfigurationSetName = options.configurationSetName;
  if (options.fromEmailAddressIdentityArn)
    fields.FromEmailAddressIdentityArn = options.fromEmailAddressIdentityArn;
  if (options.feedbackForwardingEmailAddress)
    fields.FeedbackForwardingEmailAddress = options.feedbackForwardingEmailAddress;
  if (options.feedbackForwardingEmailAddressIdentityArn)
    fields.FeedbackForwardingEmailAddressIdentityArn =
      options.feedbackForwardingEmailAddressIdentityArn;
  return fields;
}

/** SES's own API host for `region`: `email.<region>.amazonaws.com` (`.amazonaws.com.cn` in China). */
export function sesOfficialHost(region: string): string {
  return `email.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
}

/**
 * The endpoint the client is given, checked: https on SES's host for the
 * region (or its FIPS twin) unless `allowCustomEndpoint`, never credentials,
 * a query or a fragment (see `checkProviderUrl`). Without `endpoint`, SES's
 * own host: it is always set explicitly, so `AWS_ENDPOINT_URL` in the
 * environment cannot send the signed requests elsewhere.
 *
 * @returns the normalised URL, without a trailing slash.
 * @throws AuthmailError `invalid_config` whose message starts with `endpoint`.
 */
export function sesEndpoint(
  options: Pick<SesTransportOptions, 'region' | 'endpoint' | 'allowCustomEndpoint'>,
): string {
  const official = sesOfficialHost(options.region);
  const fips = official.replace(/^email\./, 'email-fips.');
  return checkProviderUrl(options.endpoint ?? `https://${official}`, {
    field: 'endpoint',
    allowedHost: (host) => host === official || host === fips,
    allowedHostDescription: `${official} (the region's SES host) or ${fips}`,
    allowCustom: options.allowCustomEndpoint ?? false,
    allowFlag: 'allowCustomEndpoint',
  });
}
