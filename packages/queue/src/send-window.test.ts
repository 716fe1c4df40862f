import { setTimeout as sleep } from 'node:timers/promises';
import type { Transport } from '@authmail/core';
import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { busiestWindow } from './processes/sliding-window.js';
import { createSendWindow, type SendWindow, sendMargin, sendWindowKey } from './send-window.js';
import { type QueueHarness, signInMessage, useQueueHarness } from './test-harness.js';

const current = useQueueHarness();
let harness: QueueHarness;
beforeEach(() => {
  harness = current();
});

/** A provider transport whose first sends stall before leaving, as a cold process's do. */
function slowToStart(transport: Transport, stalls: number, stallMs: number): Transport {
  let started = 0;
  return {
    name: transport.name,
    async send(message, options) {
      started += 1;
      if (started <= stalls) await sleep(stallMs);
      return transport.send(message, options);
    },
  };
}

describe('the limiter', () => {
  it('keeps every sliding window at the provider to max requests, across 3 workers', async () => {
    const limiter = { max: 50, duration: 1000 };
    const transport = harness.queueTransport();
    // Each worker's first sends stall 300 ms on the way, then leave together: pacing by
    // start times alone would let them bunch up with the next second's at the provider.
    await Promise.all(
      [1, 2, 3].map(() =>
        harness.worker({
          limiter,
          concurrency: 16,
          transport: slowToStart(harness.provider(), 8, 300),
        }),
      ),
    );
    const messages = Array.from({ length: 160 }, (_, index) =>
      signInMessage(`user${index}@example.org`),
    );
    await Promise.all(messages.map((message) => transport.send(message)));
    await vi.waitFor(() => expect(harness.sendgrid.messages).toHaveLength(160), {
      timeout: 30_000,
      interval: 50,
    });
    const arrivals = harness.sendgrid.requests.map(({ receivedAt }) => receivedAt.getTime());
    expect(busiestWindow(arrivals, limiter.duration)).toBeLessThanOrEqual(limiter.max);
    // Paced, not starved: 160 sends at 50 a second take about 3 s.
    const spanMs = Math.max(...arrivals) - Math.min(...arrivals);
    expect(spanMs).toBeGreaterThanOrEqual(2000);
    expect(spanMs).toBeLessThan(10_000);
  }, 60_000);

  describe('its window', () => {
    let client: Redis;
    beforeEach(() => {
      client = new Redis(harness.redis.url);
    });
    afterEach(() => client.disconnect());
    const windowOf = (max: number, duration: number): SendWindow =>
      createSendWindow(client, harness.queueName, { max, duration });

    it('lets a burst through at once under a long window, and holds the next one back', async () => {
      const window = windowOf(5, 60_000);
      const started = Date.now();
      const slots = await Promise.all([1, 2, 3, 4, 5].map(() => window.acquire()));
      expect(Date.now() - started).toBeLessThan(2000);
      await Promise.all(slots.map((slot) => slot.release()));
      const sixth = window.acquire().then(() => 'sent');
      expect(await Promise.race([sixth, sleep(500).then(() => 'still waiting')])).toBe(
        'still waiting',
      );
      expect(await client.pttl(sendWindowKey(harness.queueName))).toBeGreaterThan(60_000);
    });

    it('counts a request until duration after its answer, however long it was in flight', async () => {
      const window = windowOf(2, 300);
      const first = await window.acquire();
      await window.acquire();
      const third = window.acquire().then(() => Date.now());
      // Both still in flight: nothing frees, however long they take.
      expect(await Promise.race([third, sleep(1000).then(() => 'still waiting')])).toBe(
        'still waiting',
      );
      const answeredAt = Date.now();
      await first.release();
      expect((await third) - answeredAt).toBeGreaterThanOrEqual(300);
    });
  });

  it('adds a margin of 1% (10 ms at least) to the window for the clocks', () => {
    expect(sendMargin(1000)).toBe(10);
    expect(sendMargin(60_000)).toBe(600);
  });

  it('hash-tags its key with the queue name, or the tag the name already has', () => {
    expect(sendWindowKey('authmail')).toBe('authmail:{authmail}:send-window');
    expect(sendWindowKey('{mail}')).toBe('authmail:{mail}:send-window');
  });
});
