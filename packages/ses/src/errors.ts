import { AuthmailError, type AuthmailErrorCode, isAuthmailError } from '@authmail/core';
import {
  errorCodeForStatus,
  redactSecrets,
  retryAfterMs,
  transportFailureCode,
} from '@authmail/core/provider';

const provider = 'ses';

/** Longest provider text an error keeps, after redaction. */
const textLength = 500;

/** What an SES error name means, and what to do about it when retrying cannot help. */
interface Meaning {
  code: AuthmailErrorCode;
  retryable?: boolean;
  advice?: string;
}

const rateLimited: Meaning = { code: 'rate_limited' };
const rejected: Meaning = { code: 'provider_rejected' };
const unavailable: Meaning = { code: 'provider_unavailable' };
const unauthorized: Meaning = { code: 'unauthorized' };

/** SES v2's error names (the SDK's `error.name`, from `x-amzn-ErrorType`) and AWS-wide ones. */
const meanings: Readonly<Record<string, Meaning>> = {
  TooManyRequestsException: rateLimited,
  LimitExceededException: rateLimited,
  ThrottlingException: rateLimited,
  Throttling: rateLimited,
  MessageRejected: rejected,
  MailFromDomainNotVerifiedException: rejected,
  BadRequestException: rejected,
  NotFoundException: rejected,
  ValidationException: rejected,
  SendingPausedException: {
    code: 'provider_rejected',
    retryable: false,
    advice:
      'sending is paused for this account or configuration set: resume it in the SES console (or PutAccountSendingAttributes / PutConfigurationSetSendingOptions), then send again',
  },
  AccountSuspendedException: {
    code: 'provider_rejected',
    retryable: false,
    advice:
      'the SES account is suspended from sending: see the SES console (Reputation metrics) and contact AWS Support; nothing is sent until it is reinstated',
  },
  InternalFailure: unavailable,
  InternalServerError: unavailable,
  InternalServerException: unavailable,
  ServiceUnavailable: unavailable,
  ServiceUnavailableException: unavailable,
  UnrecognizedClientException: unauthorized,
  InvalidSignatureException: unauthorized,
  SignatureDoesNotMatch: unauthorized,
  IncompleteSignature: unauthorized,
  IncompleteSignatureException: unauthorized,
  InvalidClientTokenId: unauthorized,
  MissingAuthenticationToken: unauthorized,
  MissingAuthenticationTokenException: unauthorized,
  ExpiredToken: unauthorized,
  ExpiredTokenException: unauthorized,
  AccessDeniedException: unauthorized,
  AccessDenied: unauthorized,
  NotAuthorized: unauthorized,
  RequestExpired: unauthorized,
  // Raised by the SDK itself when its credential chain finds no credentials.
  CredentialsProviderError: unauthorized,
};

/** What the AWS SDK rejects with, the parts read here. */
interface SdkError {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown; requestId?: unknown };
  $response?: { headers?: Record<string, unknown> };
}

/**
 * How SES credentials can appear: the secret access key and the session
 * token themselves. Requests carry neither: SigV4 signs with the key (the
 * `Authorization` header holds the access key id, which is not secret, and
 * a signature the key cannot be recovered from); a session token travels as
 * `X-Amz-Security-Token: <token>`.
 */
export function sesSecretForms(secret: string): string[] {
  return [`X-Amz-Security-Token: ${secret}`];
}

/**
 * Maps whatever the AWS SDK rejected with onto an {@link AuthmailError}: SES
 * error names first (see {@link meanings}: throttling `rate_limited`,
 * refusals `provider_rejected`, a paused or suspended account not retryable
 * with what to do, AWS-wide failures `provider_unavailable`, signature and
 * credential errors `unauthorized`), then the HTTP status; failures below
 * HTTP become `network` or `timeout`. An answer the SDK could not parse (a
 * proxy's HTML, a 200 that is not SES's) keeps only its status: the SDK's
 * parse error quotes the body. Only chosen fields are copied, and texts are
 * redacted (every form of every secret) before they are shortened.
 */
export function sesError(error: unknown, secrets: readonly string[]): AuthmailError {
  if (isAuthmailError(error)) return error;
  const forms = secrets.flatMap((secret) => [secret, ...sesSecretForms(secret)]);
  const clean = (text: unknown) => redactSecrets(String(text ?? ''), forms, textLength);
  const sdk = (error ?? {}) as SdkError;
  const status = sdk.$metadata?.httpStatusCode;
  if (typeof status === 'number') return answeredError(sdk, status, clean);
  const below = transportFailureCode(sdk.code) ?? transportFailureCode(sdk.name);
  const name = typeof sdk.name === 'string' ? sdk.name : undefined;
  const meaning = name === undefined ? undefined : meanings[name];
  if (below === undefined && meaning !== undefined)
    return namedError(name ?? '', meaning, clean(sdk.message));
  const code = typeof sdk.code === 'string' ? clean(sdk.code) : '';
  const message = clean(error instanceof Error ? error.message : error);
  if (below === undefined && !isNetworkName(name)) {
    return new AuthmailError('provider_rejected', `The AWS SDK refused the message: ${message}`, {
      provider,
    });
  }
  return new AuthmailError(
    below ?? 'network',
    `SES could not be reached: ${code} ${message}`.replace(/\s+/g, ' ').trim(),
    {
      provider,
      details: { error: code || name },
    },
  );
}

/** Errors the SDK's HTTP handler raises below HTTP, by name. */
function isNetworkName(name: string | undefined): boolean {
  return name === 'TimeoutError' || name === 'NetworkingError';
}

function answeredError(
  sdk: SdkError,
  status: number,
  clean: (text: unknown) => string,
): AuthmailError {
  const parsed = sdk.$fault === 'client' || sdk.$fault === 'server';
  const name = parsed && typeof sdk.name === 'string' ? clean(sdk.name) : undefined;
  // A 2xx the SDK could not read is not an answer SES gives: the provider (or a proxy) failed.
  const meaning = (name === undefined ? undefined : meanings[name]) ?? {
    code: status < 300 ? 'provider_unavailable' : errorCodeForStatus(status),
  };
  const reason = parsed ? clean(sdk.message) : '';
  // AWS request ids are UUIDs (or short base64 ids): anything else is not kept.
  const rawId = sdk.$metadata?.requestId;
  const requestId =
    typeof rawId === 'string' && /^[A-Za-z0-9+/=-]{1,64}$/.test(rawId) ? clean(rawId) : undefined;
  const wait =
    meaning.code === 'rate_limited'
      ? retryAfterMs({ retryAfter: sdk.$response?.headers?.['retry-after'] })
      : undefined;
  const named = name !== undefined && name !== 'Unknown' && !/^\d+$/.test(name);
  const what = named ? `${name}` : `${status}`;
  const text = [reason || (parsed ? '' : 'an answer that is not SES JSON'), meaning.advice]
    .filter(Boolean)
    .join(': ');
  return new AuthmailError(meaning.code, `SES answered ${what}${text ? `: ${text}` : ''}`, {
    provider,
    status,
    details: { status, ...(named ? { error: name } : {}), ...(requestId ? { requestId } : {}) },
    ...(meaning.retryable === undefined ? {} : { retryable: meaning.retryable }),
    ...(wait === undefined ? {} : { retryAfterMs: wait }),
  });
}

function namedError(name: string, meaning: Meaning, reason: string): AuthmailError {
  const text = [reason, meaning.advice].filter(Boolean).join(': ');
  return new AuthmailError(meaning.code, `SES ${name}${text ? `: ${text}` : ''}`, {
    provider,
    details: { error: name },
    ...(meaning.retryable === undefined ? {} : { retryable: meaning.retryable }),
  });
}

/** A 200 without a message id: not an answer SES gives for a message it took. */
export function missingIdError(operation: string): AuthmailError {
  return new AuthmailError(
    'provider_unavailable',
    `SES answered ${operation} without a message id`,
    { provider, status: 200 },
  );
}

/** Bulk entry statuses that a later try may get through. */
const retryableStatuses: Readonly<Record<string, AuthmailErrorCode>> = {
  ACCOUNT_THROTTLED: 'rate_limited',
  ACCOUNT_DAILY_QUOTA_EXCEEDED: 'rate_limited',
  TRANSIENT_FAILURE: 'provider_unavailable',
};

/** One refused `SendBulkEmail` entry. */
export interface RefusedEntry {
  to: string;
  status: string;
  error: string;
}

/**
 * `SendBulkEmail` answered 200 but refused some entries. When every entry
 * was refused, the error has the code of the first status (throttling and
 * transient failures retryable); when only some were, retrying would send
 * the others twice: `provider_rejected`, not retryable, naming each refused
 * recipient and the message ids of the sent ones.
 */
export function refusedEntriesError(
  refused: readonly RefusedEntry[],
  sentIds: readonly string[],
  clean: (text: unknown) => string,
): AuthmailError {
  const [first] = refused;
  const everyOne = sentIds.length === 0;
  const code = (everyOne && first && retryableStatuses[first.status]) || 'provider_rejected';
  const list = refused.slice(0, 20).map((entry) => ({
    to: clean(entry.to),
    status: clean(entry.status),
    error: clean(entry.error),
  }));
  const summary = list
    .map((entry) => `${entry.to}: ${entry.status} ${entry.error}`.trim())
    .join('; ');
  const message = everyOne
    ? `SES refused every recipient of the batch: ${summary}`
    : `SES refused ${refused.length} recipient(s) of the batch and sent the other ${sentIds.length}; not retried, so none is sent twice: ${summary}`;
  return new AuthmailError(code, clean(message), {
    provider,
    status: 200,
    details: { refused: list, sentMessageIds: sentIds.slice(0, 100) },
    ...(everyOne ? {} : { retryable: false }),
  });
}
