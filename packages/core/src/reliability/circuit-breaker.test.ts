import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthmailError } from '../errors.js';
import type { OutgoingEmail, SendReceipt, Transport } from '../transport.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { withFailover } from './failover.js';

const message: OutgoingEmail = { to: 'a@b.test', from: 'c@d.test', subject: 's', text: 't' };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * A transport whose every send takes `delayMs` (fake time) and then fails with
 * `network` when `fails(sendNumber)` says so, else delivers.
 */
function timed(name: string, delayMs: number, fails: (send: number) => boolean) {
  let sends = 0;
  const transport: Transport = {
    name,
    send: () => {
      sends += 1;
      const send = sends;
      return new Promise<SendReceipt>((resolve, reject) => {
        setTimeout(() => {
          if (fails(send))
            reject(new AuthmailError('network', `${name} is down`, { provider: name }));
          else resolve({ messageId: `${name}-${send}`, provider: name });
        }, delayMs);
      });
    },
  };
  return {
    transport,
    get sends() {
      return sends;
    },
  };
}

/** Opens the dead provider's circuit with `threshold` sequential failed sends. */
async function openCircuit(transport: Transport, threshold: number) {
  for (let index = 0; index < threshold; index++) {
    const sending = transport.send(message);
    await vi.runAllTimersAsync();
    await sending;
  }
}

describe('withFailover: the circuit breaker', () => {
  it('after the cooldown lets exactly one trial through while 50 concurrent sends use the next provider', async () => {
    let dead = true;
    const primary = timed('mailgun', 6000, () => dead);
    const secondary = timed('sendgrid', 10, () => false);
    const transport = withFailover([primary.transport, secondary.transport], {
      failureThreshold: 3,
      cooldownMs: 30_000,
    });
    await openCircuit(transport, 3);
    expect(primary.sends).toBe(3);

    await vi.advanceTimersByTimeAsync(30_000);
    const sending = Array.from({ length: 50 }, () => transport.send(message));
    await vi.advanceTimersByTimeAsync(10);
    expect(primary.sends).toBe(4);
    expect(secondary.sends).toBe(3 + 49);

    // The trial fails after 6 s and moves on; the circuit opens again.
    await vi.advanceTimersByTimeAsync(6010);
    const receipts = await Promise.all(sending);
    expect(receipts.every((receipt) => receipt.provider === 'sendgrid')).toBe(true);
    expect(primary.sends).toBe(4);

    // Still within the new cooldown: skipped.
    const skipped = transport.send(message);
    await vi.advanceTimersByTimeAsync(10);
    await expect(skipped).resolves.toMatchObject({ provider: 'sendgrid' });
    expect(primary.sends).toBe(4);

    // The provider recovers: the next trial succeeds and the circuit closes.
    dead = false;
    await vi.advanceTimersByTimeAsync(30_000);
    const trial = transport.send(message);
    const others = Array.from({ length: 5 }, () => transport.send(message));
    await vi.advanceTimersByTimeAsync(6000);
    await expect(trial).resolves.toMatchObject({ provider: 'mailgun' });
    expect((await Promise.all(others)).map((receipt) => receipt.provider)).toEqual(
      Array(5).fill('sendgrid'),
    );
    const afterwards = Array.from({ length: 5 }, () => transport.send(message));
    await vi.advanceTimersByTimeAsync(6000);
    expect((await Promise.all(afterwards)).map((receipt) => receipt.provider)).toEqual(
      Array(5).fill('mailgun'),
    );
  });

  it('is not tripped by concurrent independent sends failing at 20%, slow failures included', async () => {
    // Failures take 50 ms (a timeout), successes 3 ms, a wave of 32 sends every
    // 10 ms: in the order sends finish, the failures of a wave arrive together,
    // just before the next wave starts, which "in a row" takes for a dead provider.
    let sends = 0;
    const flaky: Transport = {
      name: 'flaky',
      send: () => {
        sends += 1;
        const fails = sends % 5 === 0;
        return new Promise<SendReceipt>((resolve, reject) => {
          setTimeout(
            () =>
              fails
                ? reject(new AuthmailError('timeout', 'flaky timed out', { provider: 'flaky' }))
                : resolve({ messageId: String(sends), provider: 'flaky' }),
            fails ? 50 : 3,
          );
        });
      },
    };
    const backup = timed('backup', 1, () => false);
    const transport = withFailover([flaky, backup.transport], { failureThreshold: 3 });
    const sending: Promise<SendReceipt>[] = [];
    for (let wave = 0; wave < 60; wave++) {
      for (let index = 0; index < 32; index++) sending.push(transport.send(message));
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.runAllTimersAsync();
    await Promise.all(sending);
    // Every send tried the flaky provider first: its circuit never opened.
    expect(sends).toBe(60 * 32);
    expect(backup.sends).toBe((60 * 32) / 5);
  });

  it('opens on a provider that has died even when its failures arrive concurrently', async () => {
    const dead = timed('dead', 100, () => true);
    const backup = timed('backup', 1, () => false);
    const transport = withFailover([dead.transport, backup.transport], {
      failureThreshold: 3,
      cooldownMs: 60_000,
    });
    const first = Array.from({ length: 20 }, () => transport.send(message));
    await vi.advanceTimersByTimeAsync(200);
    await Promise.all(first);
    expect(dead.sends).toBe(20);
    const later = Array.from({ length: 20 }, () => transport.send(message));
    await vi.advanceTimersByTimeAsync(10);
    await Promise.all(later);
    expect(dead.sends).toBe(20);
  });
});

describe('CircuitBreaker', () => {
  it('does not count a failure when a success finished while that send was in flight', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, now: () => 0 });
    const slow = breaker.acquire('a') ?? expect.unreachable();
    breaker.succeeded(breaker.acquire('a') ?? expect.unreachable());
    breaker.failed(slow);
    expect(breaker.state('a')).toBe('closed');
    breaker.failed(breaker.acquire('a') ?? expect.unreachable());
    expect(breaker.state('a')).toBe('open');
  });

  it('lets the next send be the trial when a trial ends without a verdict', () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 10, now: () => now });
    breaker.failed(breaker.acquire('a') ?? expect.unreachable());
    now = 10;
    const trial = breaker.acquire('a') ?? expect.unreachable();
    expect(breaker.acquire('a')).toBeUndefined();
    breaker.released(trial);
    expect(breaker.acquire('a')?.trial).toBe(true);
  });
});
