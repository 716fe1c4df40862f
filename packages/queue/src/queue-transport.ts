import {
  AuthmailError,
  type OutgoingBatch,
  type OutgoingEmail,
  type SendOptions,
  type SendReceipt,
  type Transport,
  type TransportCapabilities,
} from '@authmail/core';
import { checkOptionKeys, chunk } from '@authmail/core/provider';
import { Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { type BulkAdder, createBulkAdder, type JobToAdd } from './bulk-adder.js';
import {
  createRedisClient,
  type QueueConnection,
  type ResolvedConnection,
  redisError,
  resolveConnection,
} from './connection.js';
import { batchJobData, jobIdOf, messageJobData } from './job-data.js';
import { type MailJobOptions, resolveJobOptions } from './job-options.js';
import { objectOption, queueNameOption } from './options.js';

/** Options of {@link createQueueTransport}. */
export interface QueueTransportOptions {
  /** Where Redis is: a `redis://` / `rediss://` URL or `{ host, port, … }`. */
  connection: QueueConnection;
  /** The BullMQ queue, shared with the workers. Default `authmail`. */
  queueName?: string;
  /** Retries and retention of the jobs; see {@link MailJobOptions} for the defaults. */
  jobOptions?: MailJobOptions;
}

/**
 * A transport that puts messages on a BullMQ queue in Redis for
 * {@link startMailWorker} to send. Its receipts have `queued: true` and the
 * job id as `messageId`; {@link waitForDelivery} waits for the provider's.
 */
export interface QueueTransport extends Transport {
  /** `queue`, as in its receipts. */
  readonly name: 'queue';
  /** The BullMQ queue the jobs go to. */
  readonly queueName: string;
  /** 1,000 recipients a batch job; `idempotencyKeys`: a message added twice is one job. */
  readonly capabilities: TransportCapabilities;
  /**
   * Adds one job holding the rendered message and resolves once Redis has it.
   * The job id is the message's correlation id (or a hash of its content).
   * While Redis is unreachable the add waits for it; a `signal` bounds the wait.
   */
  send(message: OutgoingEmail, options?: SendOptions): Promise<SendReceipt>;
  /** One job per 1,000 recipients, added together; one receipt per job. */
  sendBatch(batch: OutgoingBatch, options?: SendOptions): Promise<SendReceipt[]>;
  /** Closes the Redis connections; sends after it reject. Safe to call more than once. */
  close(): Promise<void>;
}

/** What {@link waitForDelivery} reads from a queue transport. */
export interface QueueHandle {
  readonly queue: Queue;
  readonly connection: ResolvedConnection;
  /** The queue's event stream, opened on first use. */
  events(): Promise<QueueEvents>;
  isClosed(): boolean;
}

const handles = new WeakMap<object, QueueHandle>();

/** The queue behind a transport made by {@link createQueueTransport}, if it is one. */
export function queueHandleOf(transport: unknown): QueueHandle | undefined {
  return typeof transport === 'object' && transport !== null ? handles.get(transport) : undefined;
}

/** Recipients a batch job carries at most. */
export const maxBatchJobRecipients = 1000;

const optionKeys = ['connection', 'queueName', 'jobOptions'];

/**
 * A {@link QueueTransport}: `createMailer({ transport: createQueueTransport(…) })`
 * renders on the app side and leaves sending to the workers. Options are
 * checked here; the Redis connection opens in the background.
 *
 * @example
 * ```ts
 * const transport = createQueueTransport({ connection: process.env.REDIS_URL! });
 * const mailer = createMailer({ transport, from: 'Acme <no-reply@acme.test>', builtins: true });
 * ```
 * @throws AuthmailError `invalid_config` naming the field.
 */
export function createQueueTransport(options: QueueTransportOptions): QueueTransport {
  const given = objectOption('options', options);
  checkOptionKeys(given, optionKeys, 'queue transport options');
  const connection = resolveConnection(given.connection);
  const queueName = queueNameOption(given.queueName);
  const jobOptions = resolveJobOptions(given.jobOptions);
  const client = createRedisClient(connection, `authmail:${queueName}:producer`);
  const queue = new Queue(queueName, { connection: client });
  // Connection trouble surfaces as the sends' own errors (or waits): no unhandled 'error' events.
  queue.on('error', () => {});
  const adder = createBulkAdder(queue, jobOptions);
  let closed = false;
  let events: Promise<QueueEvents> | undefined;

  const add = async (jobs: JobToAdd[], sendOptions: SendOptions | undefined): Promise<void> => {
    if (closed) {
      throw new AuthmailError('invalid_config', `the queue transport for ${queueName} is closed`, {
        provider: 'queue',
        retryable: false,
      });
    }
    await untilAborted(adder, jobs, sendOptions?.signal, connection);
  };

  const transport: QueueTransport = {
    name: 'queue',
    queueName,
    capabilities: { maxBatchRecipients: maxBatchJobRecipients, idempotencyKeys: true },
    async send(message, sendOptions) {
      const data = messageJobData(message);
      const jobId = jobIdOf(message.correlationId, data.message);
      await add([{ name: 'message', data, jobId }], sendOptions);
      return queuedReceipt(jobId, message.correlationId);
    },
    async sendBatch(batch, sendOptions) {
      const parts = chunk(batch.recipients, maxBatchJobRecipients);
      const jobs = parts.map((recipients, index) => {
        const data = batchJobData(batch, recipients);
        const id = jobIdOf(batch.correlationId, data.batch);
        return {
          name: 'batch' as const,
          data,
          jobId: parts.length === 1 ? id : `${id}-${index + 1}`,
        };
      });
      await add(jobs, sendOptions);
      return jobs.map(({ jobId, data }) => ({
        ...queuedReceipt(jobId, batch.correlationId),
        recipients: data.batch.recipients.map(({ to }) => to),
      }));
    },
    async close() {
      if (closed) return;
      closed = true;
      const opened = events;
      await Promise.allSettled([queue.close(), opened?.then((stream) => stream.close())]);
      await quit(client);
    },
  };
  handles.set(transport, {
    queue,
    connection,
    isClosed: () => closed,
    events() {
      // A failed open (Redis away) is not kept: the next wait tries again.
      events ??= openEvents(queue, client).catch((error: unknown) => {
        events = undefined;
        throw error;
      });
      return events;
    },
  });
  return transport;
}

function queuedReceipt(jobId: string, correlationId: string | undefined): SendReceipt {
  return {
    messageId: jobId,
    provider: 'queue',
    queued: true,
    ...(correlationId === undefined ? {} : { correlationId }),
  };
}

/** Adds the jobs; rejects with the signal's reason when it aborts first (the add may still land). */
async function untilAborted(
  adder: BulkAdder,
  jobs: JobToAdd[],
  signal: AbortSignal | undefined,
  connection: ResolvedConnection,
): Promise<void> {
  signal?.throwIfAborted();
  const adding = adder.add(jobs).catch((error: unknown) => {
    throw redisError('Could not add the job to Redis', error, connection);
  });
  if (signal === undefined) {
    await adding;
    return;
  }
  let onAbort = (): void => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([adding, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
    adding.catch(() => {});
  }
}

/**
 * The queue's event stream, read from its latest entry: a QueueEvents left
 * to start at `$` misses what happens before its first read.
 */
async function openEvents(queue: Queue, client: Redis): Promise<QueueEvents> {
  const [latest] = await client.xrevrange(queue.keys.events ?? '', '+', '-', 'COUNT', 1);
  const events = new QueueEvents(queue.name, {
    connection: client,
    lastEventId: latest?.[0] ?? '0-0',
  });
  events.on('error', () => {});
  await events.waitUntilReady();
  return events;
}

/** How long `QUIT` may take before the connection is simply dropped. */
const quitTimeoutMs = 1000;

/** Closes a client politely, or at once when Redis does not answer. */
export async function quit(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, quitTimeoutMs);
  });
  try {
    await Promise.race([client.quit(), gaveUp]);
  } catch {
    // Already closing or closed.
  } finally {
    clearTimeout(timer);
  }
  client.disconnect();
}
