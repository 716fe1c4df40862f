import { createProviderTransport, type ProviderTransport } from '@authmail/core/provider';
import { postmarkError, postmarkSecretForms } from './errors.js';
import { type PostmarkTransportOptions, resolvePostmarkOptions } from './options.js';
import { postmarkBatchRequest, postmarkRequest } from './request.js';
import { sendThroughClient } from './send.js';

/** A transport that sends through Postmark. */
export type PostmarkTransport = ProviderTransport<'postmark'>;

/** Postmark takes at most 500 messages in one batch request; it has no idempotency keys. */
const postmarkMaxBatchRecipients = 500;

/**
 * Creates a transport on the official `postmark` client. Options are checked
 * now: a bad base URL throws `invalid_config` here, not at the first send.
 *
 * Messages go to `/email`, provider templates to `/email/withTemplate`
 * (`TemplateAlias`, or `TemplateId` for a numeric name) and batches to
 * `/email/batchWithTemplates`, through `messageStream` (default `outbound`),
 * with open and link tracking off unless `tracking` says otherwise and
 * authmail's correlation id in `Metadata` as `authmail_correlation`. A batch
 * Postmark accepts for some recipients and refuses for others (406 for a
 * suppressed address) reports the refused ones in the receipt's `failed`,
 * and `sendMany` gives each its own failure. At most `maxInFlight` requests
 * (default 64) are in flight, on the transport's own sockets; a timeout or an
 * abort cancels the request. Postmark has no idempotency keys, so a retried
 * send may be delivered twice.
 *
 * @example
 * ```ts
 * const transport = createPostmarkTransport({ serverToken: process.env.POSTMARK_SERVER_TOKEN! });
 * ```
 * @throws AuthmailError `invalid_config` naming the field.
 */
export function createPostmarkTransport(options: PostmarkTransportOptions): PostmarkTransport {
  const resolved = resolvePostmarkOptions(options);
  return createProviderTransport({
    name: 'postmark',
    timeoutMs: resolved.timeoutMs,
    maxInFlight: resolved.maxInFlight,
    maxBatchRecipients: postmarkMaxBatchRecipients,
    secrets: [resolved.serverToken],
    secretForms: postmarkSecretForms,
    message: (message) => postmarkRequest(message, resolved),
    batch: (batch) => postmarkBatchRequest(batch, resolved),
    send: (request, context) => sendThroughClient(request, resolved, context),
    toError: (error) => postmarkError(error, resolved.serverToken),
  });
}
