import { AuthmailError } from '@authmail/core';
import {
  checkOptionKeys,
  defaultMaxInFlight,
  defaultTimeoutMs,
  providerOptionFields,
  type ShapeInput,
  type ShapeOutput,
  shapes,
} from '@authmail/core/provider';

/** Milliseconds, as nodemailer's timeouts take them (0 is allowed: nodemailer's "no limit"). */
const milliseconds = shapes.optional(
  shapes.wholeNumber({ min: 0, max: 2_147_483_647, unit: 'ms' }),
);

/** A count nodemailer's pool takes (connections, messages a connection, messages a window). */
const count = shapes.optional(shapes.wholeNumber({ min: 1, max: 1_000_000 }));

/** User and password (AUTH PLAIN or LOGIN). Both may be left out for a relay that needs none. */
const loginAuthShape = shapes.object({
  type: shapes.optional(shapes.oneOf(['login', 'Login', 'LOGIN'])),
  user: shapes.optional(shapes.string()),
  pass: shapes.optional(shapes.string()),
});

/** OAuth2 (XOAUTH2) with a service account's private key. */
const oauth2KeyAuthShape = shapes.object({
  type: shapes.optional(shapes.oneOf(['oauth2', 'OAuth2', 'OAUTH2'])),
  user: shapes.string(),
  privateKey: shapes.union([
    shapes.string(),
    shapes.object({ key: shapes.string(), passphrase: shapes.string() }),
  ]),
  serviceClient: shapes.string(),
});

/** OAuth2 (XOAUTH2) with an access token, or a refresh token nodemailer exchanges. */
const oauth2TokenFields = shapes.object({
  type: shapes.optional(shapes.oneOf(['oauth2', 'OAuth2', 'OAUTH2'])),
  user: shapes.string(),
  clientId: shapes.optional(shapes.string()),
  clientSecret: shapes.optional(shapes.string()),
  refreshToken: shapes.optional(shapes.string()),
  accessToken: shapes.optional(shapes.string()),
  expires: shapes.optional(shapes.wholeNumber({ min: 0, max: Number.MAX_SAFE_INTEGER })),
  accessUrl: shapes.optional(shapes.string()),
});

/** A token form names a token or a client: without one it is a user alone, which login takes. */
const oauth2TokenAuthShape = shapes.refine(oauth2TokenFields, (auth, report) => {
  const { type, clientId, refreshToken, accessToken } = auth;
  if (type === undefined && !clientId && !refreshToken && !accessToken) {
    report({ message: 'OAuth2 needs an accessToken, a refreshToken or a clientId' });
  }
});

/**
 * The options of {@link createSmtpTransport}, described once: the transport
 * checks them, and `smtpConfigSchema` is built from them. The connection,
 * TLS, debug and security fields are nodemailer's SMTP options, named as
 * nodemailer and Logto's SMTP connector name them.
 */
export const smtpTransportOptionsShape = shapes.object({
  /** The SMTP server's host name or IP address. */
  host: shapes.string({
    pattern: /^[^\s/:@]+$|^\[[0-9a-f:.]+\]$/i,
    mismatch: 'must be a host name or an IP address, without a scheme, a port or a slash',
  }),
  /** The port: 587 (submission, STARTTLS), 465 (`secure: true`) or 25. */
  port: shapes.wholeNumber({ min: 1, max: 65_535 }),
  /** Credentials: `{ user, pass }`, or OAuth2 (`type: 'OAuth2'`). Left out: no AUTH. */
  auth: shapes.optional(shapes.union([oauth2KeyAuthShape, oauth2TokenAuthShape, loginAuthShape])),
  /** TLS from the first byte (port 465). Default `false`: STARTTLS when the server offers it. */
  secure: shapes.optional(shapes.boolean()),
  /** Refuse to send unless STARTTLS succeeds. */
  requireTLS: shapes.optional(shapes.boolean()),
  /** Never use STARTTLS, even when the server offers it. */
  ignoreTLS: shapes.optional(shapes.boolean()),
  /** Node `tls.connect` options (`rejectUnauthorized`, `ca`, `servername`…). */
  tls: shapes.optional(shapes.dictionary()),
  /** The TLS server name, when `host` is an IP address. */
  servername: shapes.optional(shapes.string()),
  /** The name this client gives in EHLO. Default: the machine's host name. */
  name: shapes.optional(shapes.string()),
  /** The local interface to connect from. */
  localAddress: shapes.optional(shapes.string()),
  /** nodemailer's wait for the TCP connection, in ms; at most `timeoutMs`. */
  connectionTimeout: milliseconds,
  /** nodemailer's wait for the server's greeting, in ms; at most `timeoutMs`. */
  greetingTimeout: milliseconds,
  /** nodemailer's idle wait on an open connection, in ms; at most `timeoutMs`. */
  socketTimeout: milliseconds,
  /** nodemailer's wait for DNS, in ms; at most `timeoutMs`. */
  dnsTimeout: milliseconds,
  /** Keep connections open and reuse them. Default `true`. */
  pool: shapes.optional(shapes.boolean()),
  /** Pooled connections at once. Default 5, and never more than `maxInFlight`. */
  maxConnections: count,
  /** Messages one pooled connection sends before it is replaced. Default 100. */
  maxMessages: count,
  /** The rate limit's window, in ms. Default 1,000. */
  rateDelta: shapes.optional(shapes.wholeNumber({ min: 1, max: 2_147_483_647, unit: 'ms' })),
  /** Messages the pool sends in one `rateDelta` window. Default: no limit. */
  rateLimit: count,
  /** Log through nodemailer's console logger (the password never appears in its lines). */
  logger: shapes.optional(shapes.boolean()),
  /** Log the SMTP traffic too (nodemailer hides AUTH). */
  debug: shapes.optional(shapes.boolean()),
  /** Kept for Logto configs; authmail never gives nodemailer a file path to read. */
  disableFileAccess: shapes.optional(shapes.boolean()),
  /** Kept for Logto configs; authmail never gives nodemailer a URL to fetch. */
  disableUrlAccess: shapes.optional(shapes.boolean()),
  /** Headers on every message (Logto's `customHeaders`); a list of values repeats the header. */
  customHeaders: shapes.optional(
    shapes.refine(shapes.dictionary(), (headers, report) => {
      for (const [name, value] of Object.entries(headers)) {
        if (!isHeaderValue(value)) {
          report({ path: [name], message: 'must be a string or a list of strings' });
        }
      }
    }),
  ),
  /** `timeoutMs` (default 10,000) and `maxInFlight` (default 64): see core's `providerOptionFields`. */
  ...providerOptionFields,
});

/** A header's value: a string, or a list of them (the header is repeated). */
function isHeaderValue(value: unknown): value is string | string[] {
  if (typeof value === 'string') return true;
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Options of {@link createSmtpTransport}. */
export type SmtpTransportOptions = ShapeInput<typeof smtpTransportOptionsShape>;

/** The options as checked. */
export type ParsedSmtpOptions = ShapeOutput<typeof smtpTransportOptionsShape>;

/** One of `auth`'s forms, as checked. */
export type SmtpAuth = NonNullable<ParsedSmtpOptions['auth']>;

const optionKeys = Object.keys(smtpTransportOptionsShape.fields);

/** nodemailer's pool defaults. */
const defaultMaxConnections = 5;

/** Options with their defaults applied. */
export interface ResolvedSmtpOptions {
  parsed: ParsedSmtpOptions;
  timeoutMs: number;
  maxInFlight: number;
  pool: boolean;
  maxConnections: number;
  /** The password and the OAuth2 secrets: never part of an error. */
  secrets: string[];
  /** Headers on every message. */
  headers: Record<string, string | string[]>;
}

/**
 * Validates the options and applies defaults.
 *
 * @throws AuthmailError `invalid_config` naming the field, or a key that is not an option.
 */
export function resolveSmtpOptions(options: SmtpTransportOptions): ResolvedSmtpOptions {
  checkOptionKeys(options, optionKeys, 'SMTP options');
  const parsed = shapes.parseOptions(smtpTransportOptionsShape, options, 'SMTP options');
  checkPassword(parsed.auth);
  const maxInFlight = parsed.maxInFlight ?? defaultMaxInFlight;
  return {
    parsed,
    timeoutMs: parsed.timeoutMs ?? defaultTimeoutMs,
    maxInFlight,
    pool: parsed.pool ?? true,
    maxConnections: Math.min(parsed.maxConnections ?? defaultMaxConnections, maxInFlight),
    secrets: secretsOf(parsed.auth),
    headers: (parsed.customHeaders ?? {}) as Record<string, string | string[]>,
  };
}

/**
 * A login with a user needs a password; a relay leaves both out.
 *
 * @throws AuthmailError `invalid_config` naming `auth.pass`.
 */
export function checkPassword(auth: SmtpAuth | undefined): void {
  if (auth === undefined || !('pass' in auth) || !auth.user || auth.pass !== '') return;
  throw new AuthmailError(
    'invalid_config',
    'Invalid SMTP options: auth.pass must not be empty (leave user and pass out for a relay)',
  );
}

/** The secrets in `auth`: the password, and OAuth2's private key, client secret and tokens. */
export function secretsOf(auth: SmtpAuth | undefined): string[] {
  if (auth === undefined) return [];
  const values: unknown[] = [
    'pass' in auth ? auth.pass : undefined,
    'clientSecret' in auth ? auth.clientSecret : undefined,
    'refreshToken' in auth ? auth.refreshToken : undefined,
    'accessToken' in auth ? auth.accessToken : undefined,
  ];
  if ('privateKey' in auth) {
    const key = auth.privateKey;
    values.push(
      typeof key === 'string' ? key : key.key,
      typeof key === 'string' ? '' : key.passphrase,
    );
  }
  return values.filter((value): value is string => typeof value === 'string' && value !== '');
}
