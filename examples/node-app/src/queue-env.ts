import type { Environment } from '@authmail/cli';
import { AuthmailError } from '@authmail/core';

/** The queue `AUTHMAIL_QUEUE` points at. */
export interface QueueSettings {
  /** The Redis URL, `redis://…` or `rediss://…` (TLS). */
  url: string;
  /** `AUTHMAIL_QUEUE_NAME`, default `authmail` (on a Redis Cluster: `{authmail}`). */
  queueName: string;
}

/**
 * Reads `AUTHMAIL_QUEUE` (a Redis URL) and `AUTHMAIL_QUEUE_NAME`; `undefined`
 * when `AUTHMAIL_QUEUE` is not set.
 *
 * @throws AuthmailError `invalid_config` naming `AUTHMAIL_QUEUE` (never its
 * value, which may hold a password) when it is not a `redis://` URL.
 */
export function queueSettingsFromEnv(env: Environment): QueueSettings | undefined {
  const url = env.AUTHMAIL_QUEUE?.trim();
  if (!url) return undefined;
  if (!/^rediss?:\/\//i.test(url)) {
    throw new AuthmailError(
      'invalid_config',
      'AUTHMAIL_QUEUE must be a Redis URL, redis://host:port or rediss://host:port',
      { details: { variable: 'AUTHMAIL_QUEUE' } },
    );
  }
  return { url, queueName: env.AUTHMAIL_QUEUE_NAME?.trim() || 'authmail' };
}
