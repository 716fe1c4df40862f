import { createHash } from 'node:crypto';
import type { Reply } from '../reply.js';

/** How long Resend keeps an idempotency key: 24 hours. */
export const idempotencyWindowMs = 24 * 60 * 60 * 1000;

interface Remembered {
  bodyHash: string;
  reply: Reply;
  at: number;
}

/** What a request with a key already seen gets: the first answer, or a conflict. */
export type Replay = { kind: 'replay'; reply: Reply } | { kind: 'conflict' } | { kind: 'new' };

/** JSON with object keys sorted, so key order does not make two bodies differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Accepted answers by `Idempotency-Key`, per endpoint, for 24 hours: the
 * same key with the same body gets the first answer again, with a
 * different body a conflict.
 */
export function createIdempotencyStore() {
  const answers = new Map<string, Remembered>();
  const slot = (path: string, key: string) => `${path}\n${key}`;
  const hash = (body: unknown) => createHash('sha256').update(canonical(body)).digest('hex');
  return {
    /** What a request with `key` and `body`, received `now`, gets. */
    lookup(path: string, key: string, body: unknown, now: number): Replay {
      const remembered = answers.get(slot(path, key));
      if (remembered === undefined || now - remembered.at >= idempotencyWindowMs)
        return { kind: 'new' };
      return remembered.bodyHash === hash(body)
        ? { kind: 'replay', reply: remembered.reply }
        : { kind: 'conflict' };
    },
    /** Keeps an accepted answer for `key`. */
    remember(path: string, key: string, body: unknown, reply: Reply, now: number): void {
      answers.set(slot(path, key), { bodyHash: hash(body), reply, at: now });
    },
    clear(): void {
      answers.clear();
    },
  };
}
