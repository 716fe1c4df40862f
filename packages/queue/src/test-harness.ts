import { randomUUID } from 'node:crypto';
import type { OutgoingEmail, Transport } from '@authmail/core';
import { createSendGridTransport } from '@authmail/sendgrid';
import {
  type FakeSendGrid,
  type RedisServer,
  startFakeSendGrid,
  startRedisServer,
} from '@authmail/testkit';
import { type Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import type { MailJobOptions } from './job-options.js';
import { createQueueTransport, type QueueTransport } from './queue-transport.js';
import { type MailWorker, type MailWorkerOptions, startMailWorker } from './worker.js';

/** Retries in tests: quick, so a retried job settles in well under a second. */
export const quickRetries: MailJobOptions = { attempts: 3, backoff: { type: 'fixed', delay: 50 } };

/** How long `vi.waitFor` waits for a worker to get somewhere, and how often it looks. */
export const eventually = { timeout: 20_000, interval: 20 };

/**
 * Starts a harness before each test of the file (or `describe`) and stops it
 * after; returns a getter for the current one.
 */
export function useQueueHarness(options: { persistence?: boolean } = {}): () => QueueHarness {
  let current: QueueHarness | undefined;
  beforeEach(async () => {
    current = await startQueueHarness(options);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await current?.stop();
  });
  return () => {
    if (current === undefined) throw new Error('the harness starts before each test');
    return current;
  };
}

/** Sends one message through a worker with `transport` and waits until its job has failed. */
export async function failedJob(harness: QueueHarness, transport: Transport): Promise<Job> {
  const { messageId } = await harness.queueTransport().send(signInMessage('someone@example.org'));
  await harness.worker({ transport });
  const queue = harness.inspector();
  await vi.waitFor(
    async () => expect(await queue.getJobState(messageId)).toBe('failed'),
    eventually,
  );
  const job = await queue.getJob(messageId);
  if (job === undefined) throw new Error(`job ${messageId} is gone`);
  return job;
}

/** A test's Redis, fake SendGrid, queue transports and workers; `stop()` ends them all. */
export interface QueueHarness {
  redis: RedisServer;
  sendgrid: FakeSendGrid;
  /** A queue name of its own per harness. */
  queueName: string;
  /** A SendGrid transport pointed at the fake. */
  provider(): Transport;
  queueTransport(jobOptions?: MailJobOptions): QueueTransport;
  worker(options?: Partial<MailWorkerOptions>): Promise<MailWorker>;
  /** A BullMQ `Queue` on the harness's queue, to look at its jobs. */
  inspector(): Queue;
  stop(): Promise<void>;
}

/** Starts Redis (with persistence when asked) and a fake SendGrid. */
export async function startQueueHarness(
  options: { persistence?: boolean } = {},
): Promise<QueueHarness> {
  const redis = await startRedisServer(options);
  const sendgrid = await startFakeSendGrid({ apiKey: 'SG.queue-test-secret-key' });
  const queueName = `mail-${randomUUID().slice(0, 8)}`;
  const closers: (() => Promise<void>)[] = [];
  const provider = (): Transport =>
    createSendGridTransport({
      apiKey: sendgrid.apiKey,
      baseUrl: sendgrid.url,
      allowCustomBaseUrl: true,
    });
  return {
    redis,
    sendgrid,
    queueName,
    provider,
    queueTransport(jobOptions = quickRetries) {
      const transport = createQueueTransport({ connection: redis.url, queueName, jobOptions });
      closers.push(() => transport.close());
      return transport;
    },
    async worker(overrides = {}) {
      const worker = await startMailWorker({
        connection: redis.url,
        queueName,
        transport: provider(),
        ...overrides,
      });
      closers.push(() => worker.close());
      return worker;
    },
    inspector() {
      const client = new Redis(redis.url, { maxRetriesPerRequest: null });
      const queue = new Queue(queueName, { connection: client });
      closers.push(async () => {
        await queue.close();
        client.disconnect();
      });
      return queue;
    },
    async stop() {
      await Promise.allSettled(closers.map((close) => close()));
      await sendgrid.close();
      await redis.stop();
    },
  };
}

/** A rendered sign-in message to `to`, with a fresh correlation id. */
export function signInMessage(to: string, overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    to,
    from: 'Acme <no-reply@acme.test>',
    subject: 'Your sign-in code',
    text: 'Your code is 123456',
    html: '<p>Your code is <b>123456</b></p>',
    correlationId: randomUUID(),
    ...overrides,
  };
}

/** The recipient of each message the fake SendGrid accepted. */
export function deliveredTo(sendgrid: FakeSendGrid): string[] {
  return sendgrid.messages.map(
    (message) => message.body.personalizations[0]?.to?.[0]?.email ?? '(none)',
  );
}
