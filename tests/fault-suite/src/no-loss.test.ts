import { AuthmailError, type SendReceipt, withRetry } from '@authmail/core';
import { mapConcurrent } from '@authmail/core/provider';
import type { Fault } from '@authmail/testkit';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { acceptedIds, allProviders, type ProviderUnderTest, signInEmail } from './providers.js';

const sends = 1000;
const faultRate = 0.2;
const concurrency = 32;
const faults: Fault[] = [
  { status: 429, body: { message: 'slow down' } },
  { status: 500 },
  { status: 503, body: { message: 'Service Unavailable' } },
  { drop: true },
  { nonJson: true, status: 200, body: 'OK' },
  { delayMs: 2500 },
  { status: 400, body: { message: 'bad', errors: [{ message: 'bad', field: null, help: null }] } },
];

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// One provider at a time: side by side, six event loops' worth of work shares one process and
// a loaded CI machine turns that into timeouts the faults did not cause.
describe.each(allProviders)('$name: 1,000 sends with 20% of requests faulted', ({ start }) => {
  let provider: ProviderUnderTest;
  beforeAll(async () => {
    provider = await start();
  });
  afterAll(() => provider.fake.close());

  it('settles every send: a receipt the fake recorded, or an AuthmailError; none hangs', async ({
    expect,
  }) => {
    const random = seeded(20261122);
    // The timeout leaves room for a loaded CI machine; the delay fault still passes it. As many
    // SMTP connections as sends at once: what is measured is faults, not a pool's queue.
    const transport = withRetry(provider.transport({ timeoutMs: 2000, connections: concurrency }), {
      maxAttempts: 3,
      baseDelayMs: 5,
      maxDelayMs: 50,
      deadlineMs: 15_000,
      random,
    });
    let injected = 0;
    const outcomes = await mapConcurrent(
      Array.from({ length: sends }, (_, index) => index),
      concurrency,
      async (index) => {
        if (random() < faultRate) {
          injected += 1;
          provider.fake.fail(faults[Math.floor(random() * faults.length)] as Fault);
        }
        return transport.send(signInEmail(index)).then(
          (receipt: SendReceipt) => ({ receipt }),
          (error: unknown) => ({ error }),
        );
      },
    );
    // Every fake takes a message in when it arrives, so a receipt's message is recorded by the
    // time the receipt exists, even when its answer was delayed: nothing to wait for.
    const recorded = acceptedIds(provider.fake);
    const delivered = outcomes.filter((outcome) => 'receipt' in outcome);
    const failed = outcomes.filter((outcome) => 'error' in outcome);
    expect(outcomes).toHaveLength(sends);
    expect(injected).toBeGreaterThan(sends * faultRate * 0.8);
    for (const outcome of delivered) expect(recorded.has(outcome.receipt.messageId)).toBe(true);
    for (const outcome of failed) expect(outcome.error).toBeInstanceOf(AuthmailError);
    expect(delivered.length + failed.length).toBe(sends);
    // Retries recover most faulted sends (400s are final by design).
    expect(delivered.length).toBeGreaterThan(sends * 0.9);
  }, 60_000);
});
