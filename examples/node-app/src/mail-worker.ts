import { type Environment, emailSettingsFromEnv } from '@authmail/cli';
import { AuthmailError } from '@authmail/core';
import { type MailWorker, startMailWorker } from '@authmail/queue';
import { queueSettingsFromEnv } from './queue-env.js';

/** A running worker and, for its start-up line, where it sends. */
export interface RunningWorker {
  worker: MailWorker;
  /** e.g. `queue "authmail" → sendgrid`. */
  description: string;
}

/**
 * Starts a worker on the queue `AUTHMAIL_QUEUE` names, sending through the
 * provider `AUTHMAIL_PROVIDER` names (the local outbox by default). Aborting
 * `signal` closes it: it finishes the emails in flight and takes no new ones.
 *
 * @throws AuthmailError `invalid_config` naming the missing or wrong variable.
 */
export async function startWorkerFromEnv(
  env: Environment,
  signal: AbortSignal,
): Promise<RunningWorker> {
  const queue = queueSettingsFromEnv(env);
  if (queue === undefined) {
    throw new AuthmailError('invalid_config', 'AUTHMAIL_QUEUE is required for the worker', {
      details: { variable: 'AUTHMAIL_QUEUE' },
    });
  }
  const settings = await emailSettingsFromEnv(env);
  const worker = await startMailWorker({
    connection: queue.url,
    queueName: queue.queueName,
    transport: settings.transport,
    signal,
  });
  return { worker, description: `queue "${queue.queueName}" → ${settings.destination}` };
}
