import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';

/** A cap on requests to the provider: at most `max` in any `duration` milliseconds. */
export interface MailLimiter {
  /** Most requests in any window of `duration`. */
  max: number;
  /** The window, in milliseconds. */
  duration: number;
}

/** Paces requests through Redis; see {@link createSendWindow}. */
export interface SendWindow {
  /** Resolves when this worker may send one request; call `release` once it is answered. */
  acquire(): Promise<SendSlot>;
}

/** A request's place in the window, held until `duration` after its answer. */
export interface SendSlot {
  /** Records that the request was answered (or failed); never rejects. */
  release(): Promise<void>;
}

/**
 * Added to `duration`: 1%, at least 10 ms, for the clocks (the provider's
 * may run a little faster than Redis's, and counts in whole milliseconds).
 */
export function sendMargin(duration: number): number {
  return Math.max(10, Math.ceil(duration * 0.01));
}

/**
 * How long a slot whose request was never answered stays taken: its worker
 * died (or lost Redis) before releasing it.
 */
export const slotLeaseMs = 60_000;

/**
 * Grants (or reserves) a slot, atomically, on the Redis clock (`TIME`, in
 * microseconds). The sorted set holds one entry per request: while it is in
 * flight, scored with the end of its lease (in the future); once answered,
 * with the time of the answer. An answered request counts until `window`
 * after its answer, an unanswered one all along: a provider counts a request
 * at some moment between its start and its answer, so `max` requests counted
 * this way bound what it sees in any `window`. The new request goes at once
 * when fewer than `max` count; otherwise at the first moment when one of
 * the answered ones stops counting (a reservation, so waiters take turns).
 * Returns the ms to wait before sending, or -ms when every slot is in flight
 * (nothing frees before that: ask again then).
 */
const acquireScript = `
local key = KEYS[1]
local max = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local lease = tonumber(ARGV[3])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local inFlight = redis.call('ZCOUNT', key, '(' .. now, '+inf')
if inFlight >= max then
  return -math.ceil(window / 1000)
end
local answered = redis.call('ZCOUNT', key, '-inf', now)
local mustLeave = answered + inFlight - max + 1
local at = now
if mustLeave > 0 then
  local leaving = redis.call('ZRANGEBYSCORE', key, '-inf', now, 'WITHSCORES', 'LIMIT', mustLeave - 1, 1)
  at = math.max(now, tonumber(leaving[2]) + window)
end
redis.call('ZADD', key, at + lease, ARGV[4])
redis.call('PEXPIRE', key, math.ceil((at - now + lease + window) / 1000) + 1000)
return math.ceil((at - now) / 1000)
`;

/** Marks a request answered: its entry is scored with the time of the answer. */
const releaseScript = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[2]) / 1000) + 1000)
return 1
`;

/**
 * The key of a queue's send window. The hash tag is the queue name's own
 * (`{mail}`), or the name in braces: with a hash-tagged queue name, it lives
 * in the same Redis Cluster slot as BullMQ's keys.
 */
export function sendWindowKey(queueName: string): string {
  const tag = /\{[^}]+\}/.test(queueName) ? queueName : `{${queueName}}`;
  return `authmail:${tag}:send-window`;
}

/**
 * A sliding-window limiter shared by every worker of `queueName`: no window
 * of `limiter.duration` at the provider sees more than `limiter.max`
 * requests, whatever the delays between a worker and the provider.
 */
export function createSendWindow(
  client: Redis,
  queueName: string,
  limiter: MailLimiter,
): SendWindow {
  const key = sendWindowKey(queueName);
  const windowMicros = (limiter.duration + sendMargin(limiter.duration)) * 1000;
  const leaseMicros = slotLeaseMs * 1000;
  return {
    async acquire() {
      const id = randomUUID();
      for (;;) {
        const waitMs = Number(
          await client.eval(acquireScript, 1, key, limiter.max, windowMicros, leaseMicros, id),
        );
        if (waitMs >= 0) {
          if (waitMs > 0) await sleep(waitMs);
          break;
        }
        await sleep(-waitMs);
      }
      return {
        async release() {
          await client
            .eval(releaseScript, 1, key, id, windowMicros + leaseMicros)
            .catch(() => undefined);
        },
      };
    },
  };
}
