import type { ConnectionOptions as TlsOptions } from 'node:tls';
import { AuthmailError } from '@authmail/core';
import { checkOptionKeys, redactSecrets } from '@authmail/core/provider';
import { Redis, type RedisOptions } from 'ioredis';
import { describe, invalidOption, objectOption, wholeNumberOption } from './options.js';

/**
 * Where Redis is: a `redis://[user:password@]host[:port][/db]` or `rediss://`
 * (TLS) URL, or its parts.
 */
export type QueueConnection = string | QueueConnectionOptions;

/** Redis given by its parts; see {@link QueueConnection}. */
export interface QueueConnectionOptions {
  /** Host name or IP address of the Redis server. */
  host: string;
  /** Default 6379. */
  port?: number;
  /** An ACL user (Redis 6+); left out, the `default` user. */
  username?: string;
  /** Never shown: errors name the connection as `redis://user:***@host:port/db`. */
  password?: string;
  /** The database number, default 0. */
  db?: number;
  /** `true` for TLS with the system's CAs, or Node TLS options (`ca`, `servername`, …). */
  tls?: boolean | TlsOptions;
}

const connectionKeys = ['host', 'port', 'username', 'password', 'db', 'tls'];
const defaultPort = 6379;
const portRange = { min: 1, max: 65_535 };
const dbRange = { min: 0, max: 10_000 };

/** A checked connection: ioredis options, how to name it in messages, and its secrets. */
export interface ResolvedConnection {
  readonly redisOptions: RedisOptions;
  /** `redis://user:***@host:port/db`: safe in errors and logs. */
  readonly description: string;
  /** Forms of the password to strip from any message that might quote it. */
  readonly secrets: readonly string[];
}

/**
 * Checks `connection` and turns it into ioredis options with
 * `maxRetriesPerRequest: null` (BullMQ's workers require it: a command waits
 * for Redis to come back instead of failing).
 *
 * @throws AuthmailError `invalid_config` naming `connection` (or the field in
 * it); the message never quotes the password or the URL.
 */
export function resolveConnection(connection: unknown): ResolvedConnection {
  if (typeof connection === 'string') return fromUrl(connection);
  if (connection === undefined) {
    throw invalidOption('connection', 'is required: a redis:// URL or { host, port }');
  }
  return fromParts(objectOption('connection', connection));
}

function fromUrl(text: string): ResolvedConnection {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalidOption('connection', 'is not a URL (expected redis://host:port or rediss://…)');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw invalidOption('connection', `must use redis: or rediss:, got ${url.protocol}`);
  }
  if (url.hostname === '') throw invalidOption('connection', 'has no host');
  const password = url.password === '' ? undefined : decodeURIComponent(url.password);
  const parts: QueueConnectionOptions = {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port === '' ? defaultPort : Number(url.port),
    ...(url.username === '' ? {} : { username: decodeURIComponent(url.username) }),
    ...(password === undefined ? {} : { password }),
    ...(url.protocol === 'rediss:' ? { tls: true } : {}),
  };
  const path = url.pathname.replace(/^\//, '');
  if (path !== '') {
    if (!/^\d{1,5}$/.test(path))
      throw invalidOption('connection', 'path must be a database number');
    parts.db = Number(path);
  }
  const secrets = password === undefined ? [] : [password, url.password];
  return resolved(parts, secrets);
}

function fromParts(given: Record<string, unknown>): ResolvedConnection {
  checkOptionKeys(given, connectionKeys, 'queue connection', 'connection');
  const { host, username, password, tls } = given;
  if (typeof host !== 'string' || host === '') {
    throw invalidOption('connection.host', `must be a non-empty string, got ${describe(host)}`);
  }
  if (username !== undefined && typeof username !== 'string') {
    throw invalidOption('connection.username', `must be a string, got ${describe(username)}`);
  }
  if (password !== undefined && typeof password !== 'string') {
    throw invalidOption('connection.password', `must be a string, got ${describe(password)}`);
  }
  if (tls !== undefined && typeof tls !== 'boolean') objectOption('connection.tls', tls);
  const parts: QueueConnectionOptions = {
    host,
    port: wholeNumberOption('connection.port', given.port, portRange, defaultPort),
    db: wholeNumberOption('connection.db', given.db, dbRange, 0),
    ...(username === undefined ? {} : { username }),
    ...(password === undefined ? {} : { password }),
    ...(tls === undefined ? {} : { tls: tls as boolean | TlsOptions }),
  };
  return resolved(parts, password === undefined || password === '' ? [] : [password]);
}

function resolved(parts: QueueConnectionOptions, secrets: string[]): ResolvedConnection {
  const port = wholeNumberOption('connection port', parts.port, portRange, defaultPort);
  const tls = parts.tls === true ? {} : parts.tls === false ? undefined : parts.tls;
  const redisOptions: RedisOptions = {
    host: parts.host,
    port,
    db: parts.db ?? 0,
    maxRetriesPerRequest: null,
    ...(parts.username === undefined ? {} : { username: parts.username }),
    ...(parts.password === undefined ? {} : { password: parts.password }),
    ...(tls === undefined ? {} : { tls }),
  };
  const scheme = tls === undefined ? 'redis' : 'rediss';
  const user = parts.username ?? '';
  const login = parts.password === undefined ? (user === '' ? '' : `${user}@`) : `${user}:***@`;
  const host = parts.host.includes(':') ? `[${parts.host}]` : parts.host;
  const description = `${scheme}://${login}${host}:${port}/${parts.db ?? 0}`;
  return { redisOptions, description, secrets };
}

/** A new ioredis client for `connection`; it connects in the background. */
export function createRedisClient(connection: ResolvedConnection, name: string): Redis {
  return new Redis({ ...connection.redisOptions, connectionName: name });
}

/**
 * Waits until `client` is ready, or rejects with `network` naming the
 * (redacted) connection when its first attempt fails.
 */
export async function connected(client: Redis, connection: ResolvedConnection): Promise<void> {
  if (client.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const onReady = (): void => {
      client.off('error', onError);
      resolve();
    };
    const onError = (error: Error): void => {
      client.off('ready', onReady);
      reject(
        redisError(`Could not connect to Redis at ${connection.description}`, error, connection),
      );
    };
    client.once('ready', onReady);
    client.once('error', onError);
  });
}

/**
 * A retryable `network` error for a Redis failure: `what`, then the
 * client's message with every form of the password removed.
 */
export function redisError(
  what: string,
  cause: unknown,
  connection: ResolvedConnection,
): AuthmailError {
  const reason = cause instanceof Error ? cause.message : 'unknown error';
  const message = redactSecrets(`${what}: ${reason}`, connection.secrets, 500);
  return new AuthmailError('network', message, { provider: 'queue', retryable: true });
}
