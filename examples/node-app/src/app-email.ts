import { type Environment, emailSettingsFromEnv } from '@authmail/cli';
import type { Transport } from '@authmail/core';
import { createQueueTransport } from '@authmail/queue';
import { queueSettingsFromEnv } from './queue-env.js';

/** Where the app's email goes, as the environment says. */
export interface AppEmail {
  transport: Transport;
  /** `AUTHMAIL_FROM`, when it is set. */
  from?: string;
  /** For people: `outbox`, the provider's name, or `queue "<name>"`. */
  destination: string;
  /** For the outbox: the absolute path of its folder. */
  outboxDir?: string;
  /** Lets go of the queue's Redis connection (nothing to do otherwise). */
  close(): Promise<void>;
}

/**
 * With `AUTHMAIL_QUEUE=redis://…`, the app puts each email on the queue and
 * a worker (`pnpm worker`) sends it; the app then needs no provider
 * settings. Otherwise it sends directly, as `emailSettingsFromEnv` says.
 */
export async function appEmailFromEnv(env: Environment): Promise<AppEmail> {
  const from = env.AUTHMAIL_FROM?.trim() || undefined;
  const queue = queueSettingsFromEnv(env);
  if (queue === undefined) {
    const settings = await emailSettingsFromEnv(env);
    return { ...settings, close: async () => {} };
  }
  const transport = createQueueTransport({ connection: queue.url, queueName: queue.queueName });
  return {
    transport,
    ...(from === undefined ? {} : { from }),
    destination: `queue "${queue.queueName}"`,
    close: () => transport.close(),
  };
}
