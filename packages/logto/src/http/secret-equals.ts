import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a received secret with the expected one in constant time. Both are
 * hashed first, so the comparison is always of equal length and takes the
 * same time whatever the received value's length.
 */
export function secretEquals(received: string, expected: string): boolean {
  return timingSafeEqual(sha256(received), sha256(expected));
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
