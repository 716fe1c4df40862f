import { createMailer, type OutgoingBatch, type OutgoingEmail } from '@authmail/core';
import { Queue } from 'bullmq';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { maxJobsPerBulk } from './bulk-adder.js';
import { createQueueTransport } from './queue-transport.js';
import {
  deliveredTo,
  eventually,
  type QueueHarness,
  signInMessage,
  useQueueHarness,
} from './test-harness.js';

const current = useQueueHarness();
let harness: QueueHarness;
beforeEach(() => {
  harness = current();
});

describe('send', () => {
  it('adds a job that a worker sends to the provider, and answers with a queued receipt', async () => {
    const transport = harness.queueTransport();
    const message = signInMessage('alice@example.org');
    const receipt = await transport.send(message);
    expect(receipt).toEqual({
      messageId: message.correlationId,
      provider: 'queue',
      queued: true,
      correlationId: message.correlationId,
    });
    expect(harness.sendgrid.requests).toHaveLength(0);
    await harness.worker();
    await vi.waitFor(
      () => expect(deliveredTo(harness.sendgrid)).toEqual(['alice@example.org']),
      eventually,
    );
    const delivered = harness.sendgrid.messages[0]?.body;
    expect(delivered?.subject).toBe('Your sign-in code');
    expect(delivered?.custom_args?.authmail_correlation_id).toBe(message.correlationId);
  });

  it('makes the same message added twice one job, delivered once', async () => {
    const transport = harness.queueTransport();
    const message = signInMessage('bob@example.org');
    const first = await transport.send(message);
    const second = await transport.send(message);
    expect(second.messageId).toBe(first.messageId);
    const jobs = await harness.inspector().getJobCountByTypes('waiting', 'active', 'completed');
    expect(jobs).toBe(1);
    await harness.worker();
    await vi.waitFor(() => expect(deliveredTo(harness.sendgrid)).toHaveLength(1), eventually);
    // Added again after delivery (within the retention time): still the one job, not resent.
    await transport.send(message);
    expect(await harness.inspector().getJobState(first.messageId)).toBe('completed');
    expect(harness.sendgrid.requests).toHaveLength(1);
  });

  it('derives a stable job id from the content when the message has no correlation id', async () => {
    const transport = harness.queueTransport();
    const { correlationId: _dropped, ...withoutId } = signInMessage('carol@example.org');
    const first = await transport.send(withoutId);
    const second = await transport.send({ ...withoutId });
    expect(first.messageId).toMatch(/^am-[0-9a-f]{64}$/);
    expect(second.messageId).toBe(first.messageId);
    expect(first.correlationId).toBeUndefined();
    const other = await transport.send({ ...withoutId, to: 'dave@example.org' });
    expect(other.messageId).not.toBe(first.messageId);
  });

  it('hashes a correlation id BullMQ cannot take as a job id', async () => {
    const transport = harness.queueTransport();
    const colon = await transport.send(signInMessage('erin@example.org', { correlationId: 'a:b' }));
    const digits = await transport.send(signInMessage('erin@example.org', { correlationId: '42' }));
    expect(colon.messageId).toMatch(/^am-[0-9a-f]{64}$/);
    expect(digits.messageId).toMatch(/^am-[0-9a-f]{64}$/);
    expect(colon.correlationId).toBe('a:b');
  });

  it('stores the rendered message and nothing else in the job', async () => {
    const transport = harness.queueTransport();
    const message = signInMessage('frank@example.org', {
      replyTo: 'help@acme.test',
      tags: ['SignIn'],
      headers: { 'X-Entity-Ref-ID': 'ref-1' },
    });
    const withExtra = { ...message, apiKey: 'SG.should-never-be-stored' } as OutgoingEmail;
    const { messageId } = await transport.send(withExtra);
    const job = await harness.inspector().getJob(messageId);
    expect(job?.name).toBe('message');
    expect(job?.data).toEqual({ v: 1, message });
    expect(JSON.stringify(job?.data)).not.toContain('SG.should-never-be-stored');
    expect(job?.opts).toMatchObject({
      attempts: 3,
      removeOnComplete: { age: 3600, count: 10_000 },
    });
  });

  it('accepts the connection as { host, port }', async () => {
    const transport = createQueueTransport({
      connection: { host: harness.redis.host, port: harness.redis.port },
      queueName: harness.queueName,
    });
    try {
      const receipt = await transport.send(signInMessage('gina@example.org'));
      expect(await harness.inspector().getJobState(receipt.messageId)).toBe('waiting');
    } finally {
      await transport.close();
    }
  });

  it('rejects sends after close()', async () => {
    const transport = harness.queueTransport();
    await transport.close();
    await transport.close();
    await expect(transport.send(signInMessage('hank@example.org'))).rejects.toMatchObject({
      code: 'invalid_config',
      message: expect.stringContaining('closed'),
    });
  });

  it("rejects with the signal's reason when the signal is already aborted", async () => {
    const transport = harness.queueTransport();
    const reason = new Error('the user went away');
    await expect(
      transport.send(signInMessage('ivy@example.org'), { signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason);
  });
});

describe('mailer.sendMany through the queue', () => {
  it('adds 2,000 rendered messages in addBulk calls of at most 500, and every one arrives', async () => {
    const addBulk = vi.spyOn(Queue.prototype, 'addBulk');
    const transport = harness.queueTransport();
    const mailer = createMailer({ transport, from: 'Acme <no-reply@acme.test>', builtins: true });
    const recipients = Array.from({ length: 2000 }, (_, index) => ({
      to: `user${index}@example.org`,
      variables: { code: String(100_000 + index), application: { id: 'acme', name: 'Acme' } },
    }));
    const results = await mailer.sendMany(
      { usageType: 'SignIn', recipients },
      { concurrency: 2000 },
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(2000);
    const sizes = addBulk.mock.calls.map(([jobs]) => jobs.length);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(2000);
    expect(Math.max(...sizes)).toBe(maxJobsPerBulk);
    expect(sizes.length).toBeLessThanOrEqual(10);

    await harness.worker({ concurrency: 64 });
    await vi.waitFor(() => expect(harness.sendgrid.messages).toHaveLength(2000), {
      ...eventually,
      timeout: 60_000,
    });
    expect(new Set(deliveredTo(harness.sendgrid)).size).toBe(2000);
  }, 90_000);
});

describe('sendBatch', () => {
  const batchOf = (count: number): OutgoingBatch => ({
    from: 'Acme <no-reply@acme.test>',
    subject: 'You are invited',
    providerTemplate: { name: 'd-invitation', variables: { application: 'Acme' } },
    recipients: Array.from({ length: count }, (_, index) => ({
      to: `guest${index}@example.org`,
      variables: { link: `https://acme.test/join/${index}` },
    })),
    tags: ['OrganizationInvitation'],
    correlationId: 'invitations-1',
  });

  it('adds one job per 1,000 recipients, which the worker sends as provider batches', async () => {
    const transport = harness.queueTransport();
    const receipts = await transport.sendBatch(batchOf(1500));
    expect(receipts.map(({ messageId }) => messageId)).toEqual([
      'invitations-1-1',
      'invitations-1-2',
    ]);
    expect(receipts.map(({ recipients }) => recipients?.length)).toEqual([1000, 500]);
    expect(receipts.every(({ queued }) => queued)).toBe(true);
    await harness.worker();
    await vi.waitFor(() => expect(harness.sendgrid.messages).toHaveLength(2), eventually);
    const sizes = harness.sendgrid.messages.map(({ body }) => body.personalizations.length);
    expect(sizes.sort((a, b) => a - b)).toEqual([500, 1000]);
    expect(harness.sendgrid.messages[0]?.body.template_id).toBe('d-invitation');
  });

  it('keeps a batch of up to 1,000 recipients under its correlation id, once', async () => {
    const transport = harness.queueTransport();
    const [first] = await transport.sendBatch(batchOf(3));
    const [again] = await transport.sendBatch(batchOf(3));
    expect(first?.messageId).toBe('invitations-1');
    expect(again?.messageId).toBe('invitations-1');
    expect(await harness.inspector().getJobCountByTypes('waiting')).toBe(1);
  });
});
