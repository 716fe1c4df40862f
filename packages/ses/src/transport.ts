import {
  createProviderTransport,
  type ProviderTransport,
  redactSecrets,
} from '@authmail/core/provider';
import { createSesClient, type SesAnswer } from './client.js';
import { missingIdError, refusedEntriesError, sesError, sesSecretForms } from './errors.js';
import { resolveSesOptions, type SesTransportOptions } from './options.js';
import { type SesRequest, sesBatchRequest, sesRequest } from './request.js';

/** A transport that sends through Amazon SES (API v2). */
export type SesTransport = ProviderTransport<'ses'>;

/** `SendBulkEmail` takes at most 50 destinations (entries) a request; SES has no idempotency keys. */
const sesMaxBatchRecipients = 50;

/**
 * Creates a transport on the official `@aws-sdk/client-sesv2`, with a client
 * of its own. Options are checked now: a bad region or endpoint throws
 * `invalid_config` here, not at the first send.
 *
 * A message goes out as `SendEmail` (simple content, or templated content
 * for a provider template), carrying the tags and authmail's correlation id
 * as message tags; a batch as `SendBulkEmail` of at most 50 recipients
 * (`capabilities.maxBatchRecipients`), which sends a stored SES template
 * only. The SDK's own retries are off (`maxAttempts: 1`): retry with
 * `withRetry`. At most `maxInFlight` requests (default 64) are in flight;
 * a timeout or an abort cancels the request. SES has no idempotency keys, so
 * a retried send may be delivered twice. The secret access key and the
 * session token never appear in an error.
 *
 * @example
 * ```ts
 * const transport = createSesTransport({
 *   region: 'eu-west-1',
 *   credentials: {
 *     accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
 *     secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
 *   },
 * });
 * ```
 * @throws AuthmailError `invalid_config` naming the field.
 */
export function createSesTransport(options: SesTransportOptions): SesTransport {
  const resolved = resolveSesOptions(options);
  const secrets = [
    resolved.credentials?.secretAccessKey,
    resolved.credentials?.sessionToken,
  ].filter((secret): secret is string => typeof secret === 'string' && secret !== '');
  const send = createSesClient(resolved);
  const clean = (text: unknown) =>
    redactSecrets(
      String(text ?? ''),
      secrets.flatMap((secret) => [secret, ...sesSecretForms(secret)]),
      500,
    );

  return createProviderTransport<'ses', SesRequest>({
    name: 'ses',
    timeoutMs: resolved.timeoutMs,
    maxInFlight: resolved.maxInFlight,
    maxBatchRecipients: sesMaxBatchRecipients,
    secrets,
    secretForms: sesSecretForms,
    message: (message) => sesRequest(message, resolved.sending),
    batch: (batch) => sesBatchRequest(batch, resolved.sending),
    send: async (request, context) => messageIdOf(request, await send(request, context), clean),
    toError: (error) => sesError(error, secrets),
  });
}

/**
 * The message id a request resolves to: `SendEmail`'s, or the first sent
 * entry's for `SendBulkEmail` (every entry has its own).
 *
 * @throws AuthmailError when there is no id, or when bulk entries were refused.
 */
function messageIdOf(
  request: SesRequest,
  answer: SesAnswer,
  clean: (text: unknown) => string,
): string {
  if (answer.operation === 'SendEmail') {
    if (!answer.messageId) throw missingIdError(answer.operation);
    return answer.messageId;
  }
  const destinations =
    request.operation === 'SendBulkEmail' ? (request.input.BulkEmailEntries ?? []) : [];
  if (answer.entries.length !== destinations.length) throw missingIdError(answer.operation);
  const sentIds: string[] = [];
  const refused = answer.entries.flatMap((entry, index) => {
    if (entry.status === 'SUCCESS' && entry.messageId) {
      sentIds.push(entry.messageId);
      return [];
    }
    const to = destinations[index]?.Destination?.ToAddresses?.[0] ?? '';
    return [{ to, status: entry.status ?? 'FAILED', error: entry.error ?? '' }];
  });
  if (refused.length > 0) throw refusedEntriesError(refused, sentIds, clean);
  const [first] = sentIds;
  if (first === undefined) throw missingIdError(answer.operation);
  return first;
}
