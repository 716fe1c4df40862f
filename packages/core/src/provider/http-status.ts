import type { AuthmailErrorCode } from '../errors.js';

/**
 * The error code for a provider's HTTP status: 401/403 `unauthorized`, 429
 * `rate_limited`, 5xx `provider_unavailable`, any other failure
 * `provider_rejected` (400, 404, 413…).
 */
export function errorCodeForStatus(status: number): AuthmailErrorCode {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'provider_unavailable';
  return 'provider_rejected';
}

/**
 * Milliseconds to wait from a `Retry-After` header (seconds or an HTTP date)
 * or an epoch-seconds reset time such as SendGrid's `X-RateLimit-Reset`.
 */
export function retryAfterMs(
  headers: { retryAfter?: unknown; rateLimitReset?: unknown },
  now: number = Date.now(),
): number | undefined {
  const retryAfter = firstHeaderValue(headers.retryAfter);
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = Number(firstHeaderValue(headers.rateLimitReset));
  if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now);
  return undefined;
}

function firstHeaderValue(value: unknown): string | undefined {
  if (Array.isArray(value)) return firstHeaderValue(value[0]);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}
