import { afterEach, expect, it, vi } from 'vitest';
import { type QueueHarness, signInMessage, startQueueHarness } from './test-harness.js';

let harness: QueueHarness | undefined;
afterEach(() => harness?.stop());

it('loses no message whose send() resolved when Redis restarts mid-run', async () => {
  harness = await startQueueHarness({ persistence: true });
  const { sendgrid, redis } = harness;
  const transport = harness.queueTransport();
  const acknowledged: string[] = [];
  const sending = (async () => {
    for (let round = 0; round < 30; round++) {
      const messages = Array.from({ length: 10 }, (_, index) =>
        signInMessage(`r${round}-${index}@example.org`),
      );
      const receipts = await Promise.all(messages.map((message) => transport.send(message)));
      acknowledged.push(...receipts.map(({ messageId }) => messageId));
    }
  })();
  await vi.waitFor(() => expect(acknowledged.length).toBeGreaterThanOrEqual(100), {
    timeout: 20_000,
    interval: 5,
  });
  // No worker yet: what was acknowledged before the restart is only in Redis.
  await redis.restart();
  await harness.worker({ concurrency: 32 });
  await sending;
  expect(acknowledged).toHaveLength(300);
  const deliveredIds = (): Set<string> =>
    new Set(sendgrid.messages.map(({ body }) => String(body.custom_args?.authmail_correlation_id)));
  await vi.waitFor(() => expect(acknowledged.filter((id) => !deliveredIds().has(id))).toEqual([]), {
    timeout: 60_000,
    interval: 50,
  });
}, 90_000);
