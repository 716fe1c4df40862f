import {
  createProviderTransport,
  type ProviderRequestContext,
  type ProviderTransport,
} from '@authmail/core/provider';
import { ContextResend, withContext } from './context-client.js';
import { clientRefusal, missingIdError, resendError, resendSecretForms } from './errors.js';
import { type ResendTransportOptions, resolveResendOptions } from './options.js';
import { type ResendRequest, resendBatchRequest, resendRequest } from './request.js';

/** A transport that sends through Resend. */
export type ResendTransport = ProviderTransport<'resend'>;

/** Resend takes at most 100 emails in one `/emails/batch` request. */
const resendMaxBatchRecipients = 100;

/** Sends `request` with `resend`, resolving to the (first) email id. */
async function post(
  resend: ContextResend,
  request: ResendRequest,
  context: ProviderRequestContext,
  apiKey: string,
): Promise<string> {
  const options = withContext({ idempotencyKey: request.idempotencyKey }, context);
  const answer =
    request.kind === 'email'
      ? await resend.emails.send(request.email, options)
      : await resend.batch.send(request.emails, options);
  if (answer.error) throw clientRefusal(answer.error, apiKey);
  const id = 'id' in answer.data ? answer.data.id : answer.data.data?.[0]?.id;
  if (typeof id !== 'string' || id === '') throw missingIdError();
  return id;
}

/**
 * Creates a transport on the official `resend` client. Options are checked
 * now: a bad base URL throws `invalid_config` here, not at the first send.
 *
 * Each message carries its correlation id as the `Idempotency-Key` header,
 * which Resend honours for 24 hours: a retry of a send that timed out or
 * failed with a 5xx gets the first answer instead of a second email
 * (`capabilities.idempotencyKeys` is `true`). Batches go to `/emails/batch`
 * in requests of at most 100 recipients (`capabilities.maxBatchRecipients`),
 * one email per recipient with its own template variables, each request
 * with a key of its own derived from the correlation id. The correlation id
 * also travels as the tag `authmail_correlation_id`, so Resend's webhooks
 * carry it. Resend has no per-email tracking switch: click and open
 * tracking are set per domain in its dashboard (keep them off for sign-in
 * links).
 *
 * At most `maxInFlight` requests (default 64) are in flight, on connections
 * of the transport's own; a timeout or an abort cancels the request.
 *
 * @example
 * ```ts
 * const transport = createResendTransport({ apiKey: process.env.RESEND_API_KEY! });
 * ```
 * @throws AuthmailError `invalid_config` naming the field.
 */
export function createResendTransport(options: ResendTransportOptions): ResendTransport {
  const resolved = resolveResendOptions(options);
  // The base URL is always given, so RESEND_BASE_URL in the environment cannot redirect the key.
  const resend = new ContextResend(resolved.apiKey, { baseUrl: resolved.baseUrl });

  return createProviderTransport({
    name: 'resend',
    timeoutMs: resolved.timeoutMs,
    maxInFlight: resolved.maxInFlight,
    maxBatchRecipients: resendMaxBatchRecipients,
    idempotencyKeys: true,
    secrets: [resolved.apiKey],
    secretForms: resendSecretForms,
    message: resendRequest,
    batch: resendBatchRequest,
    send: (request, context) => post(resend, request, context, resolved.apiKey),
    toError: (error) => resendError(error, resolved.apiKey),
  });
}
