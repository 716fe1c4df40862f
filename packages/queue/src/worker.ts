import type { Transport } from '@authmail/core';
import { checkOptionKeys } from '@authmail/core/provider';
import { Queue, Worker } from 'bullmq';
import {
  connected,
  createRedisClient,
  type QueueConnection,
  resolveConnection,
} from './connection.js';
import { deliverJob } from './deliver-job.js';
import {
  describe,
  durationRange,
  invalidOption,
  longestTimerMs,
  objectOption,
  queueNameOption,
  wholeNumberOption,
} from './options.js';
import { quit } from './queue-transport.js';
import { createSendWindow, type MailLimiter } from './send-window.js';

/** Options of {@link startMailWorker}. */
export interface MailWorkerOptions {
  /** Where Redis is: a `redis://` / `rediss://` URL or `{ host, port, … }`. */
  connection: QueueConnection;
  /** The BullMQ queue to take jobs from. Default `authmail`. */
  queueName?: string;
  /**
   * Sends the messages: a provider transport, or `withFailover` / `withRetry`
   * around several. Its credentials stay in this process, never in Redis.
   */
  transport: Transport;
  /** Jobs this worker sends at once. Default 16. */
  concurrency?: number;
  /**
   * At most `max` requests reach the provider in any sliding window of
   * `duration` ms, across every worker of the queue that sets the same
   * limiter: each request holds a slot in Redis from its start until
   * `duration` (plus 1%, at least 10 ms) after its answer. Default: no limit.
   */
  limiter?: MailLimiter;
  /**
   * How long a job's lock lasts without renewal (renewed every half of it
   * while the job runs). Default 30,000 ms.
   */
  lockDurationMs?: number;
  /** How often some worker looks for jobs whose worker died. Default 5,000 ms. */
  stalledIntervalMs?: number;
  /** Aborting it closes the worker, as {@link MailWorker.close} does. */
  signal?: AbortSignal;
}

/** A running worker; see {@link startMailWorker}. */
export interface MailWorker {
  /**
   * Takes no new jobs, waits for the jobs in flight to finish, then closes
   * the Redis connections. Safe to call more than once.
   */
  close(): Promise<void>;
  /** Settles once the worker has closed, however that came about. */
  readonly closed: Promise<void>;
}

/** Defaults of the worker's timing options. */
export const workerDefaults = {
  concurrency: 16,
  lockDurationMs: 30_000,
  stalledIntervalMs: 5_000,
  /** Times a job whose worker died is put back; the next time it fails ("stalled more than allowable limit"). */
  maxStalledCount: 2,
} as const;

const optionKeys = [
  'connection',
  'queueName',
  'transport',
  'concurrency',
  'limiter',
  'lockDurationMs',
  'stalledIntervalMs',
  'signal',
];
const concurrencyRange = { min: 1, max: 10_000 };
const timingRange = { min: 100, max: longestTimerMs, unit: 'ms' };
const limitRange = { min: 1, max: 1_000_000 };

/**
 * BullMQ's own limiter when none is given: it never limits, but BullMQ only
 * honours a 429's queue-wide pause (`rateLimit`) when a limiter is set.
 */
const unlimited = { max: 1_000_000_000, duration: 1000 };

/**
 * Starts a worker that takes jobs from the queue and sends them through
 * `transport`. Retryable failures are retried by BullMQ with the job's
 * backoff, a 429 with a wait pauses the whole queue for that long, other
 * failures fail the job at once with `<code>: <message>` as its
 * `failedReason`. A job whose worker died is taken up again by another
 * within `lockDurationMs + stalledIntervalMs` (35 s by default).
 *
 * Resolves once connected to Redis.
 *
 * @example
 * ```ts
 * const worker = await startMailWorker({
 *   connection: process.env.REDIS_URL!,
 *   transport: createSendGridTransport({ apiKey: process.env.SENDGRID_API_KEY! }),
 *   limiter: { max: 50, duration: 1000 },
 * });
 * process.once('SIGTERM', () => void worker.close());
 * ```
 * @throws AuthmailError `invalid_config` naming the field; `network` when
 * Redis cannot be reached (the message names it without its password).
 */
export async function startMailWorker(options: MailWorkerOptions): Promise<MailWorker> {
  const given = objectOption('options', options);
  checkOptionKeys(given, optionKeys, 'mail worker options');
  const settings = workerSettings(given);
  const { connection, queueName, transport, limiter, signal } = settings;
  const client = createRedisClient(connection, `authmail:${queueName}:worker`);
  try {
    await connected(client, connection);
  } catch (error) {
    client.disconnect();
    throw error;
  }
  const queue = new Queue(queueName, { connection: client });
  queue.on('error', () => {});
  const window = limiter === undefined ? undefined : createSendWindow(client, queueName, limiter);
  const worker = new Worker(queueName, (job) => deliverJob(job, { transport, window, queue }), {
    connection: client,
    concurrency: settings.concurrency,
    lockDuration: settings.lockDurationMs,
    stalledInterval: settings.stalledIntervalMs,
    maxStalledCount: workerDefaults.maxStalledCount,
    limiter: limiter ?? unlimited,
  });
  // Redis trouble after start-up is retried by BullMQ and ioredis: no unhandled 'error' events.
  worker.on('error', () => {});
  await worker.waitUntilReady();
  let closing: Promise<void> | undefined;
  let markClosed = (): void => {};
  const closed = new Promise<void>((resolve) => {
    markClosed = resolve;
  });
  const close = (): Promise<void> => {
    closing ??= (async () => {
      signal?.removeEventListener('abort', onAbort);
      try {
        await worker.close();
        await queue.close();
        await quit(client);
      } finally {
        markClosed();
      }
    })();
    return closing;
  };
  const onAbort = (): void => void close();
  if (signal?.aborted) void close();
  else signal?.addEventListener('abort', onAbort, { once: true });
  return { close, closed };
}

interface WorkerSettings {
  connection: ReturnType<typeof resolveConnection>;
  queueName: string;
  transport: Transport;
  concurrency: number;
  limiter: MailLimiter | undefined;
  lockDurationMs: number;
  stalledIntervalMs: number;
  signal: AbortSignal | undefined;
}

/**
 * The worker's options checked, defaults filled in.
 *
 * @throws AuthmailError `invalid_config` naming the field.
 */
function workerSettings(given: Record<string, unknown>): WorkerSettings {
  const lockDurationMs = wholeNumberOption(
    'lockDurationMs',
    given.lockDurationMs,
    timingRange,
    workerDefaults.lockDurationMs,
  );
  return {
    connection: resolveConnection(given.connection),
    queueName: queueNameOption(given.queueName),
    transport: transportOption(given.transport),
    concurrency: wholeNumberOption(
      'concurrency',
      given.concurrency,
      concurrencyRange,
      workerDefaults.concurrency,
    ),
    limiter: limiterOption(given.limiter),
    lockDurationMs,
    stalledIntervalMs: wholeNumberOption(
      'stalledIntervalMs',
      given.stalledIntervalMs,
      timingRange,
      workerDefaults.stalledIntervalMs,
    ),
    signal: signalOption(given.signal),
  };
}

function transportOption(value: unknown): Transport {
  const transport = value as Partial<Transport> | undefined;
  if (typeof transport === 'object' && transport !== null && typeof transport.send === 'function') {
    return transport as Transport;
  }
  throw invalidOption(
    'transport',
    `must be a transport with a send method, got ${describe(value)}`,
  );
}

function limiterOption(value: unknown): MailLimiter | undefined {
  if (value === undefined) return undefined;
  const limiter = objectOption('limiter', value);
  checkOptionKeys(limiter, ['max', 'duration'], 'mail worker options', 'limiter');
  return {
    max: wholeNumberOption('limiter.max', limiter.max, limitRange),
    duration: wholeNumberOption('limiter.duration', limiter.duration, durationRange),
  };
}

function signalOption(value: unknown): AbortSignal | undefined {
  if (value === undefined || value instanceof AbortSignal) return value;
  throw invalidOption('signal', `must be an AbortSignal, got ${describe(value)}`);
}
