import { AuthmailError } from '@authmail/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { QueueTransport } from './queue-transport.js';
import { type QueueHarness, signInMessage, useQueueHarness } from './test-harness.js';
import { waitForDelivery } from './wait-for-delivery.js';

const current = useQueueHarness();
let harness: QueueHarness;
let transport: QueueTransport;
beforeEach(() => {
  harness = current();
  transport = harness.queueTransport();
});

describe('waitForDelivery', () => {
  it("resolves with the provider's receipt once a worker delivered the job", async () => {
    await harness.worker();
    const message = signInMessage('alice@example.org');
    const queued = await transport.send(message);
    const receipt = await waitForDelivery(transport, queued.messageId, { timeoutMs: 20_000 });
    expect(receipt.provider).toBe('sendgrid');
    expect(receipt.queued).toBeUndefined();
    expect(receipt.messageId).toBe(harness.sendgrid.messages[0]?.id);
    expect(receipt.correlationId).toBe(message.correlationId);
  });

  it('resolves for a job delivered before the wait began', async () => {
    await harness.worker();
    const queued = await transport.send(signInMessage('bob@example.org'));
    const first = await waitForDelivery(transport, queued.messageId, { timeoutMs: 20_000 });
    const again = await waitForDelivery(transport, queued.messageId, { timeoutMs: 20_000 });
    expect(again).toEqual(first);
  });

  it('rejects with the failure of a job that failed for good', async () => {
    harness.sendgrid.fail({ status: 400, body: { errors: [{ message: 'Invalid from address' }] } });
    await harness.worker();
    const queued = await transport.send(signInMessage('carol@example.org'));
    const failure = await waitForDelivery(transport, queued.messageId, { timeoutMs: 20_000 }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AuthmailError);
    expect(failure).toMatchObject({
      code: 'provider_rejected',
      retryable: false,
      message: expect.stringContaining('Invalid from address'),
    });
  });

  it('rejects with a retryable timeout when no worker delivers in time; the job stays queued', async () => {
    const queued = await transport.send(signInMessage('dave@example.org'));
    await expect(
      waitForDelivery(transport, queued.messageId, { timeoutMs: 200 }),
    ).rejects.toMatchObject({ code: 'timeout', retryable: true });
    expect(await harness.inspector().getJobState(queued.messageId)).toBe('waiting');
  });

  it('rejects for a job that does not exist', async () => {
    await expect(
      waitForDelivery(transport, 'no-such-job', { timeoutMs: 20_000 }),
    ).rejects.toMatchObject({
      code: 'invalid_message',
      message: expect.stringContaining('no-such-job'),
    });
  });

  it('refuses what is not a queue transport, and bad options', async () => {
    const other = { name: 'other', send: async () => ({ messageId: '', provider: '' }) };
    await expect(
      waitForDelivery(other as unknown as QueueTransport, 'x', { timeoutMs: 10 }),
    ).rejects.toMatchObject({
      code: 'invalid_config',
      message: expect.stringMatching(/^transport /),
    });
    await expect(waitForDelivery(transport, 'x', { timeoutMs: 0 })).rejects.toMatchObject({
      code: 'invalid_config',
      message: expect.stringMatching(/^timeoutMs /),
    });
    await expect(
      waitForDelivery(transport, 'x', { timeoutMs: 10, timeout: 5 } as never),
    ).rejects.toMatchObject({
      code: 'invalid_config',
      message: expect.stringContaining('timeout'),
    });
    await expect(waitForDelivery(transport, '', { timeoutMs: 10 })).rejects.toMatchObject({
      code: 'invalid_config',
      message: expect.stringMatching(/^messageId /),
    });
  });
});
