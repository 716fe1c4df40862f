import { AuthmailError, type Transport } from '@authmail/core';
import { closedPortUrl } from '@authmail/testkit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  deliveredTo,
  eventually,
  failedJob,
  type QueueHarness,
  signInMessage,
  useQueueHarness,
} from './test-harness.js';

const current = useQueueHarness();
let harness: QueueHarness;
beforeEach(() => {
  harness = current();
});

/** Every form of the fake's API key that must never show up in Redis. */
const secretsOf = (h: QueueHarness): string[] => [
  h.sendgrid.apiKey,
  ...h.sendgrid.secretForms(h.sendgrid.apiKey),
];

describe('a failed send', () => {
  it('fails the job at once when the provider refuses it, storing the code and no key', async () => {
    harness.sendgrid.fail({
      status: 400,
      body: { errors: [{ message: 'The from address does not match a verified Sender Identity' }] },
    });
    const { messageId } = await harness.queueTransport().send(signInMessage('alice@example.org'));
    await harness.worker();
    const queue = harness.inspector();
    await vi.waitFor(
      async () => expect(await queue.getJobState(messageId)).toBe('failed'),
      eventually,
    );
    const job = await queue.getJob(messageId);
    expect(job?.failedReason).toMatch(/^provider_rejected: /);
    expect(job?.failedReason).toContain('verified Sender Identity');
    expect(job?.attemptsMade).toBe(1);
    expect(harness.sendgrid.requests).toHaveLength(1);
    const stored = JSON.stringify({
      reason: job?.failedReason,
      stack: job?.stacktrace,
      data: job?.data,
    });
    for (const secret of secretsOf(harness)) expect(stored).not.toContain(secret);
  });

  it('retries a 503 with backoff and delivers', async () => {
    harness.sendgrid.fail({ status: 503, body: { errors: [{ message: 'try later' }] } });
    const { messageId } = await harness.queueTransport().send(signInMessage('bob@example.org'));
    await harness.worker();
    const queue = harness.inspector();
    await vi.waitFor(
      async () => expect(await queue.getJobState(messageId)).toBe('completed'),
      eventually,
    );
    expect((await queue.getJob(messageId))?.attemptsMade).toBe(2);
    expect(harness.sendgrid.requests.map(({ status }) => status)).toEqual([503, 202]);
  });

  it('pauses every worker for the Retry-After of a 429, then delivers without using an attempt', async () => {
    harness.sendgrid.fail({
      status: 429,
      headers: { 'Retry-After': '2' },
      body: { errors: [{ message: 'too many requests' }] },
    });
    const transport = harness.queueTransport();
    await Promise.all([harness.worker(), harness.worker(), harness.worker()]);
    const { messageId } = await transport.send(signInMessage('carol@example.org'));
    await vi.waitFor(() => expect(harness.sendgrid.requests).toHaveLength(1), eventually);
    const limited = harness.sendgrid.requests[0];
    expect(limited?.status).toBe(429);
    // While the queue is rate limited, more mail waits too, whichever worker would take it.
    const later = Array.from({ length: 9 }, (_, index) =>
      signInMessage(`user${index}@example.org`),
    );
    await Promise.all(later.map((message) => transport.send(message)));
    await vi.waitFor(() => expect(harness.sendgrid.messages).toHaveLength(10), eventually);
    const resumedAt = Math.min(
      ...harness.sendgrid.requests.slice(1).map(({ receivedAt }) => receivedAt.getTime()),
    );
    const pause = resumedAt - (limited?.receivedAt.getTime() ?? 0);
    expect(pause).toBeGreaterThanOrEqual(1500);
    expect(pause).toBeLessThan(10_000);
    // Waiting out a rate limit is not an attempt: the one that delivered is its only one.
    expect((await harness.inspector().getJob(messageId))?.attemptsMade).toBe(1);
  });

  it('retries what is not an AuthmailError, storing a message that quotes nothing of it', async () => {
    const broken: Transport = {
      name: 'broken',
      async send() {
        throw new TypeError('cannot read apiKey SG.leaky-secret');
      },
    };
    const job = await failedJob(harness, broken);
    expect(job.attemptsMade).toBe(3);
    expect(job.failedReason).toBe(
      'provider_unavailable: the transport failed with TypeError instead of an AuthmailError',
    );
    expect(JSON.stringify(job.stacktrace)).not.toContain('SG.leaky-secret');
  });

  it('fails for good after the attempts when the failure stays retryable', async () => {
    const down: Transport = {
      name: 'down',
      async send() {
        throw new AuthmailError('provider_unavailable', 'the provider answered 502', {
          status: 502,
        });
      },
    };
    const job = await failedJob(harness, down);
    expect(job.attemptsMade).toBe(3);
    expect(job.failedReason).toBe('provider_unavailable: the provider answered 502');
  });
});

describe('closing a worker', () => {
  it('finishes the jobs in flight and takes no new ones', async () => {
    harness.sendgrid.fail({ delayMs: 500 });
    const transport = harness.queueTransport();
    const worker = await harness.worker();
    const inFlight = await transport.send(signInMessage('frank@example.org'));
    await vi.waitFor(() => expect(harness.sendgrid.requests).toHaveLength(1), eventually);
    await worker.close();
    await worker.closed;
    const queue = harness.inspector();
    expect(await queue.getJobState(inFlight.messageId)).toBe('completed');
    const after = await transport.send(signInMessage('gina@example.org'));
    expect(await queue.getJobState(after.messageId)).toBe('waiting');
    expect(deliveredTo(harness.sendgrid)).toEqual(['frank@example.org']);
  });

  it('closes when its signal aborts', async () => {
    const controller = new AbortController();
    const worker = await harness.worker({ signal: controller.signal });
    controller.abort();
    await worker.closed;
    const { messageId } = await harness.queueTransport().send(signInMessage('hank@example.org'));
    expect(await harness.inspector().getJobState(messageId)).toBe('waiting');
    await worker.close();
  });

  it('closes at once when its signal has already aborted', async () => {
    const worker = await harness.worker({ signal: AbortSignal.abort() });
    await expect(worker.closed).resolves.toBeUndefined();
  });
});

describe('starting a worker', () => {
  it('rejects with network, naming Redis without its password, when Redis is unreachable', async () => {
    const port = new URL(await closedPortUrl()).port;
    const attempt = harness.worker({ connection: `redis://app:hunter22secret@127.0.0.1:${port}` });
    await expect(attempt).rejects.toMatchObject({
      code: 'network',
      message: expect.stringContaining(`redis://app:***@127.0.0.1:${port}/0`),
    });
    await expect(attempt).rejects.not.toMatchObject({
      message: expect.stringContaining('hunter22'),
    });
  });
});
