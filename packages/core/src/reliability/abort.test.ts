import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthmailError } from '../errors.js';
import type { OutgoingEmail, SendOptions, SendReceipt, Transport } from '../transport.js';
import { withFailover } from './failover.js';
import { withRetry } from './retry.js';

const message: OutgoingEmail = { to: 'a@b.test', from: 'c@d.test', subject: 's', text: 't' };

/** A transport that never answers but rejects with its signal's reason, recording every signal. */
function hanging(name: string) {
  const signals: (AbortSignal | undefined)[] = [];
  const transport: Transport = {
    name,
    send: (_, options?: SendOptions) => {
      signals.push(options?.signal);
      return new Promise<SendReceipt>((_resolve, reject) => {
        options?.signal?.addEventListener('abort', () => reject(options.signal?.reason));
      });
    },
  };
  return { transport, signals };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('an abort rejects with the signal’s reason', () => {
  it('through withFailover: no next transport, not provider_unavailable', async () => {
    const primary = hanging('mailgun');
    const secondary = hanging('sendgrid');
    const controller = new AbortController();
    const sending = withFailover([primary.transport, secondary.transport]).send(message, {
      signal: controller.signal,
    });
    const reason = new Error('user left');
    controller.abort(reason);
    await expect(sending).rejects.toBe(reason);
    expect(secondary.signals).toHaveLength(0);
  });

  it('through withRetry(withFailover(…)): the attempt in flight is told to stop too', async () => {
    const primary = hanging('mailgun');
    const controller = new AbortController();
    const sending = withRetry(withFailover([primary.transport])).send(message, {
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(primary.signals).toHaveLength(1));
    const reason = new AuthmailError('timeout', 'an AuthmailError reason, retryable');
    controller.abort(reason);
    await expect(sending).rejects.toBe(reason);
    expect(primary.signals[0]?.aborted).toBe(true);
    expect(primary.signals).toHaveLength(1);
  });

  it('withRetry hands each attempt a signal that aborts when attemptTimeoutMs runs out', async () => {
    vi.useFakeTimers();
    const inner = hanging('p');
    const sending = withRetry(inner.transport, {
      attemptTimeoutMs: 1000,
      maxAttempts: 2,
      baseDelayMs: 0,
    }).send(message);
    const settled = sending.catch((error: unknown) => error);
    await vi.runAllTimersAsync();
    expect(await settled).toMatchObject({ code: 'timeout', attempts: 2 });
    expect(inner.signals.map((signal) => signal?.reason?.code)).toEqual(['timeout', 'timeout']);
  });
});

describe('one signal shared by many sends', () => {
  it('adds no listener per send: no MaxListenersExceededWarning with 200 sends', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const delivering: Transport = {
        name: 'p',
        send: async () => ({ messageId: 'id', provider: 'p' }),
      };
      const transport = withRetry(withFailover([delivering]), { attemptTimeoutMs: 60_000 });
      const controller = new AbortController();
      const sending = Array.from({ length: 200 }, () =>
        transport.send(message, { signal: controller.signal }),
      );
      await Promise.all(sending);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.map((warning) => warning.name)).not.toContain('MaxListenersExceededWarning');
  });
});
