import { AuthmailError, type AuthmailErrorCode } from '@authmail/core';

/** Longest `failedReason` a job stores, in characters. */
const longestReason = 1000;

/** What a transport failure becomes in a job's `failedReason`: `<code>: <message>`. */
export function failedReasonOf(error: AuthmailError): string {
  const reason = `${error.code}: ${error.message}`;
  return reason.length <= longestReason ? reason : `${reason.slice(0, longestReason - 1)}…`;
}

/** The reason stored for a transport that threw something other than an `AuthmailError`. */
export function foreignFailureReason(error: unknown): string {
  const kind = error instanceof Error ? error.name : typeof error;
  return `provider_unavailable: the transport failed with ${kind} instead of an AuthmailError`;
}

/**
 * The `AuthmailError` a failed job stands for: the code and message from its
 * `failedReason` (`provider_unavailable` when the reason carries no code,
 * e.g. a job that stalled too often).
 */
export function errorFromFailedReason(reason: string, jobId: string): AuthmailError {
  // Only reasons this package stored start with a snake_case code and `: `.
  const match = /^([a-z]+(?:_[a-z]+)*): ([\s\S]*)$/.exec(reason);
  const details = { jobId };
  if (match?.[1] !== undefined) {
    // Retryable or not as the code says: the job's own retries are used up.
    return new AuthmailError(match[1] as AuthmailErrorCode, match[2] ?? '', {
      provider: 'queue',
      details,
    });
  }
  return new AuthmailError('provider_unavailable', `job ${jobId} failed: ${reason}`, {
    provider: 'queue',
    details,
  });
}
