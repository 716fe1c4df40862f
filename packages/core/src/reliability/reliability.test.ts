import { describe, expect, it, vi } from 'vitest';
import { AuthmailError, type AuthmailErrorCode } from '../errors.js';
import type { OutgoingEmail, SendReceipt, Transport } from '../transport.js';
import { fullJitterDelay } from './backoff.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { withFailover } from './failover.js';
import { withRetry } from './retry.js';

const message: OutgoingEmail = { to: 'a@b.test', from: 'c@d.test', subject: 's', text: 't' };

/** A transport that fails with the given codes, in order, then succeeds. */
function scripted(name: string, failures: (AuthmailErrorCode | AuthmailError)[]) {
  const seen: OutgoingEmail[] = [];
  const transport: Transport = {
    name,
    async send(sent) {
      seen.push(sent);
      const next = failures.shift();
      if (next instanceof AuthmailError) throw next;
      if (next) throw new AuthmailError(next, `${name} failed with ${next}`, { provider: name });
      return { messageId: `<${seen.length}@${name}>`, provider: name };
    },
  };
  return { transport, seen };
}

const fast = { baseDelayMs: 1, maxDelayMs: 2 };

describe('withRetry', () => {
  it.each(['rate_limited', 'provider_unavailable', 'network', 'timeout'] as const)(
    'retries %s and reports the attempts',
    async (code) => {
      const { transport, seen } = scripted('p', [code, code]);
      const receipt = await withRetry(transport, fast).send(message);
      expect(receipt).toMatchObject({ provider: 'p', attempts: 3 });
      expect(seen).toHaveLength(3);
    },
  );

  it.each(['provider_rejected', 'unauthorized', 'invalid_config', 'invalid_variables'] as const)(
    'never retries %s',
    async (code) => {
      const { transport, seen } = scripted('p', [code]);
      await expect(withRetry(transport, fast).send(message)).rejects.toMatchObject({
        code,
        attempts: 1,
      });
      expect(seen).toHaveLength(1);
    },
  );

  it('gives up after maxAttempts with the last error', async () => {
    const { transport, seen } = scripted('p', [
      'network',
      'network',
      'provider_unavailable',
      'network',
    ]);
    await expect(
      withRetry(transport, { ...fast, maxAttempts: 3 }).send(message),
    ).rejects.toMatchObject({
      code: 'provider_unavailable',
      attempts: 3,
    });
    expect(seen).toHaveLength(3);
  });

  it('sends every attempt with the same correlation id', async () => {
    const { transport, seen } = scripted('p', ['network', 'timeout']);
    await withRetry(transport, fast).send(message);
    const ids = new Set(seen.map((sent) => sent.correlationId));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('waits at least Retry-After', async () => {
    const limited = new AuthmailError('rate_limited', 'slow down', { retryAfterMs: 120 });
    const { transport } = scripted('p', [limited]);
    const onRetry = vi.fn();
    const started = Date.now();
    await withRetry(transport, { ...fast, onRetry }).send(message);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ attempt: 1, delayMs: 120 }));
  });

  it('does not wait past the deadline', async () => {
    const limited = new AuthmailError('rate_limited', 'slow down', { retryAfterMs: 60_000 });
    const { transport, seen } = scripted('p', [limited]);
    await expect(
      withRetry(transport, { ...fast, deadlineMs: 1000 }).send(message),
    ).rejects.toMatchObject({
      code: 'rate_limited',
      attempts: 1,
    });
    expect(seen).toHaveLength(1);
  });

  it('times out a hanging attempt and tries again', async () => {
    let calls = 0;
    const hanging: Transport = {
      name: 'h',
      send: async () => {
        calls += 1;
        if (calls === 1) return new Promise<SendReceipt>(() => {});
        return { messageId: 'ok', provider: 'h' };
      },
    };
    const receipt = await withRetry(hanging, { ...fast, attemptTimeoutMs: 30 }).send(message);
    expect(receipt).toMatchObject({ messageId: 'ok', attempts: 2 });
  });

  it('stops waiting when aborted', async () => {
    const { transport, seen } = scripted('p', ['network', 'network']);
    const controller = new AbortController();
    const pending = withRetry(transport, {
      baseDelayMs: 10_000,
      maxDelayMs: 10_000,
      random: () => 0.99,
    }).send(message, {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error('user left')), 20);
    await expect(pending).rejects.toThrow('user left');
    expect(seen).toHaveLength(1);
  });

  it('turns unexpected failures into a final AuthmailError', async () => {
    const broken: Transport = {
      name: 'b',
      send: async () => {
        throw new TypeError('bug');
      },
    };
    await expect(withRetry(broken, fast).send(message)).rejects.toMatchObject({
      code: 'provider_unavailable',
      retryable: false,
    });
  });
});

describe('fullJitterDelay', () => {
  it('grows exponentially up to the cap, scaled by the random draw', () => {
    expect([1, 2, 3, 4].map((attempt) => fullJitterDelay(attempt, 100, 500, 0.999))).toEqual([
      99, 199, 399, 499,
    ]);
    expect(fullJitterDelay(3, 100, 500, 0)).toBe(0);
  });
});

describe('withFailover', () => {
  it('moves to the next transport on retryable failure and reports who delivered', async () => {
    const primary = scripted('mailgun', ['provider_unavailable']);
    const secondary = scripted('sendgrid', []);
    const onFailover = vi.fn();
    const receipt = await withFailover([primary.transport, secondary.transport], {
      onFailover,
    }).send(message);
    expect(receipt).toMatchObject({ provider: 'sendgrid', attempts: 2 });
    expect(onFailover).toHaveBeenCalledWith(expect.objectContaining({ from: 'mailgun' }));
  });

  it('does not fail over on a rejection another provider would repeat', async () => {
    const primary = scripted('mailgun', ['provider_rejected']);
    const secondary = scripted('sendgrid', []);
    await expect(
      withFailover([primary.transport, secondary.transport]).send(message),
    ).rejects.toMatchObject({
      code: 'provider_rejected',
    });
    expect(secondary.seen).toHaveLength(0);
  });

  it('fails with the last error when every transport fails', async () => {
    const primary = scripted('mailgun', ['network']);
    const secondary = scripted('sendgrid', ['rate_limited']);
    await expect(
      withFailover([primary.transport, secondary.transport]).send(message),
    ).rejects.toMatchObject({
      code: 'rate_limited',
      provider: 'sendgrid',
      attempts: 2,
    });
  });

  it('skips a dead provider while its circuit is open, then tries it again', async () => {
    let now = 0;
    const dead = scripted('mailgun', Array(10).fill('network'));
    const healthy = scripted('sendgrid', []);
    const transport = withFailover([dead.transport, healthy.transport], {
      failureThreshold: 2,
      cooldownMs: 1000,
      now: () => now,
    });
    for (let index = 0; index < 5; index++) await transport.send(message);
    expect(dead.seen).toHaveLength(2);
    expect(healthy.seen).toHaveLength(5);
    now = 1001;
    await transport.send(message);
    expect(dead.seen).toHaveLength(3);
  });

  it('tries every transport when all circuits are open', async () => {
    const a = scripted('a', Array(4).fill('network'));
    const b = scripted('b', ['network']);
    const transport = withFailover([a.transport, b.transport], {
      failureThreshold: 1,
      cooldownMs: 60_000,
    });
    await expect(transport.send(message)).rejects.toMatchObject({ code: 'network' });
    const receipt = await transport.send(message);
    expect(receipt.provider).toBe('b');
    expect(a.seen).toHaveLength(2);
  });

  it('names itself after its transports', () => {
    expect(withFailover([scripted('a', []).transport, scripted('b', []).transport]).name).toBe(
      'a|b',
    );
    expect(withFailover([scripted('a', []).transport, scripted('a', []).transport]).name).toBe('a');
    expect(() => withFailover([])).toThrow(/at least one transport/);
  });
});

describe('CircuitBreaker', () => {
  it('opens after the threshold, lets one trial through after the cooldown and closes on its success', () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 100, now: () => now });
    breaker.failed(breaker.acquire('a') ?? expect.unreachable());
    expect(breaker.state('a')).toBe('closed');
    breaker.failed(breaker.acquire('a') ?? expect.unreachable());
    expect(breaker.state('a')).toBe('open');
    expect(breaker.acquire('a')).toBeUndefined();
    now = 101;
    expect(breaker.state('a')).toBe('half-open');
    const trial = breaker.acquire('a');
    expect(trial?.trial).toBe(true);
    expect(breaker.acquire('a')).toBeUndefined();
    expect(breaker.isOpen('a')).toBe(true);
    breaker.succeeded(trial ?? expect.unreachable());
    expect(breaker.state('a')).toBe('closed');
    breaker.failed(breaker.acquire('a') ?? expect.unreachable());
    expect(breaker.state('a')).toBe('closed');
  });
});
