import type { SMTPPoolOptions } from 'nodemailer/lib/smtp-pool';
import type { ResolvedSmtpOptions, SmtpAuth } from './options.js';

/** nodemailer's defaults for its own timeouts, capped by `timeoutMs`. */
const nodemailerTimeouts = {
  connectionTimeout: 120_000,
  greetingTimeout: 30_000,
  socketTimeout: 600_000,
  dnsTimeout: 30_000,
} as const;

type TimeoutName = keyof typeof nodemailerTimeouts;

/** Each of nodemailer's timeouts: the one given (0 means nodemailer's default) or its default, at most `timeoutMs`. */
function cappedTimeouts(resolved: ResolvedSmtpOptions): Record<TimeoutName, number> {
  const capped = {} as Record<TimeoutName, number>;
  for (const name of Object.keys(nodemailerTimeouts) as TimeoutName[]) {
    const given = resolved.parsed[name] || nodemailerTimeouts[name];
    capped[name] = Math.min(given, resolved.timeoutMs);
  }
  return capped;
}

/** Whether `auth` is one of the OAuth2 forms (by its type, or by a field only they have). */
function isOAuth2(auth: SmtpAuth): boolean {
  if (auth.type !== undefined) return auth.type.toLowerCase() === 'oauth2';
  return !('pass' in auth) && !('user' in auth && Object.keys(auth).length === 1);
}

/** `auth` as nodemailer takes it; a login without a user is no AUTH at all (a relay). */
function nodemailerAuth(auth: SmtpAuth | undefined): SMTPPoolOptions['auth'] {
  if (auth === undefined) return undefined;
  if (isOAuth2(auth)) {
    const { privateKey, ...rest } = auth as SmtpAuth & { privateKey?: string | { key: string } };
    const key = typeof privateKey === 'object' ? privateKey.key : privateKey;
    return { ...rest, type: 'OAuth2', ...(key === undefined ? {} : { privateKey: key }) };
  }
  const login = auth as { user?: string; pass?: string };
  if (!login.user) return undefined;
  return { user: login.user, pass: login.pass ?? '' };
}

/**
 * nodemailer's options for the checked options: a pool unless `pool` is
 * `false`, at most `maxConnections` connections, nodemailer's timeouts
 * capped by `timeoutMs`, and no file or URL access whatever the config says
 * (a message never names a file or a URL).
 */
export function nodemailerOptions(resolved: ResolvedSmtpOptions): SMTPPoolOptions & { pool: true } {
  const { parsed } = resolved;
  const options: Record<string, unknown> = {
    host: parsed.host,
    port: parsed.port,
    secure: parsed.secure ?? false,
    requireTLS: parsed.requireTLS,
    ignoreTLS: parsed.ignoreTLS,
    tls: parsed.tls === undefined ? undefined : { ...parsed.tls },
    servername: parsed.servername,
    name: parsed.name,
    localAddress: parsed.localAddress,
    auth: nodemailerAuth(parsed.auth),
    ...cappedTimeouts(resolved),
    pool: resolved.pool,
    maxConnections: resolved.maxConnections,
    maxMessages: parsed.maxMessages,
    rateDelta: parsed.rateDelta,
    rateLimit: parsed.rateLimit,
    logger: parsed.logger ?? false,
    debug: parsed.debug ?? false,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
  for (const key of Object.keys(options)) if (options[key] === undefined) delete options[key];
  return options as unknown as SMTPPoolOptions & { pool: true };
}
