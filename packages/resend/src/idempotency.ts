import { createHash } from 'node:crypto';

/** Resend's longest `Idempotency-Key`. */
const maxKeyLength = 256;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** `key`, or its SHA-256 when it is longer than Resend takes. */
function fitted(key: string): string {
  return key.length <= maxKeyLength ? key : sha256(key);
}

/** The `Idempotency-Key` of one message: its correlation id. */
export function messageIdempotencyKey(correlationId: string | undefined): string | undefined {
  return correlationId ? fitted(correlationId) : undefined;
}

/**
 * The `Idempotency-Key` of one batch request: the correlation id and a hash
 * of the request's recipients. `withRetry` gives a whole batch one correlation
 * id and splits it into requests of at most 100 recipients, so each request
 * needs a key of its own that a retry of the same request repeats; the
 * recipients, not the request's position, tell the requests apart.
 */
export function batchIdempotencyKey(
  correlationId: string | undefined,
  recipients: readonly string[],
): string | undefined {
  if (!correlationId) return undefined;
  return fitted(`${correlationId}/${sha256(recipients.join('\n')).slice(0, 16)}`);
}
