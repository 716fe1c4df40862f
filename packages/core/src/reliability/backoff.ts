/**
 * Exponential backoff with full jitter: a random wait between 0 and
 * `min(maxDelayMs, baseDelayMs × 2^(attempt − 1))`, so clients that failed
 * together do not retry together.
 *
 * @param attempt - the attempt that just failed, from 1.
 * @param random - a number in [0, 1).
 */
export function fullJitterDelay(
  attempt: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random: number,
): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random * ceiling);
}
