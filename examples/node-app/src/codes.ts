import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Limits of a {@link CodeStore}. */
export interface CodeStoreOptions {
  /** How long a code stays valid. Default 10 minutes. */
  ttlMs?: number;
  /** Wrong guesses before a code is burnt. Default 5. */
  maxAttempts?: number;
  /** Codes one address may be sent per window. Default 3. */
  maxSends?: number;
  /** The window `maxSends` counts in. Default 10 minutes. */
  sendWindowMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

/** Why {@link CodeStore.issue} refused. */
export type IssueRefusal = { ok: false; reason: 'too_many_sends'; retryAfterMs: number };

/** The outcome of {@link CodeStore.verify}. */
export type VerifyOutcome = 'verified' | 'invalid' | 'expired' | 'too_many_attempts' | 'no_code';

/** One-time sign-in codes: six random digits, stored only as salted hashes. */
export interface CodeStore {
  /** A new code for `email`, replacing any earlier one, unless it was sent too often. */
  issue(email: string): { ok: true; code: string; expiresInMinutes: number } | IssueRefusal;
  /** Checks a code; a correct one is used up. */
  verify(email: string, code: string): VerifyOutcome;
}

interface PendingCode {
  salt: Buffer;
  hash: Buffer;
  expiresAt: number;
  attempts: number;
}

/** Creates an in-memory {@link CodeStore} (a real app would keep the hashes in its database). */
export function createCodeStore(options: CodeStoreOptions = {}): CodeStore {
  const {
    ttlMs = 10 * 60_000,
    maxAttempts = 5,
    maxSends = 3,
    sendWindowMs = 10 * 60_000,
    now = Date.now,
  } = options;
  const pending = new Map<string, PendingCode>();
  const sends = new Map<string, number[]>();
  const key = (email: string) => email.trim().toLowerCase();

  return {
    issue(email) {
      const recent = (sends.get(key(email)) ?? []).filter((at) => now() - at < sendWindowMs);
      if (recent.length >= maxSends) {
        return {
          ok: false,
          reason: 'too_many_sends',
          retryAfterMs: sendWindowMs - (now() - (recent[0] ?? now())),
        };
      }
      sends.set(key(email), [...recent, now()]);
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const salt = randomBytes(16);
      pending.set(key(email), {
        salt,
        hash: hashCode(salt, code),
        expiresAt: now() + ttlMs,
        attempts: 0,
      });
      // Built-in templates say whole minutes, at least one.
      return { ok: true, code, expiresInMinutes: Math.max(1, Math.round(ttlMs / 60_000)) };
    },
    verify(email, code) {
      const entry = pending.get(key(email));
      if (!entry) return 'no_code';
      if (now() > entry.expiresAt) {
        pending.delete(key(email));
        return 'expired';
      }
      if (entry.attempts >= maxAttempts) return 'too_many_attempts';
      entry.attempts += 1;
      if (!timingSafeEqual(entry.hash, hashCode(entry.salt, code))) {
        return entry.attempts >= maxAttempts ? 'too_many_attempts' : 'invalid';
      }
      pending.delete(key(email));
      return 'verified';
    },
  };
}

function hashCode(salt: Buffer, code: string): Buffer {
  return createHash('sha256').update(salt).update(code).digest();
}
