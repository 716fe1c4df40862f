import { createProviderTransport, type ProviderTransport } from '@authmail/core/provider';
import { toyError, toySecretForms, UnexpectedAnswer } from './errors.js';
import { resolveToyOptions, type ToyTransportOptions } from './options.js';
import { postJson } from './post-json.js';
import { toyBatchBody, toyMessageBody } from './wire-body.js';

/** A transport that sends through Toy Mail. */
export type ToyTransport = ProviderTransport<'toy'>;

/** Toy Mail takes at most 50 recipients in one request (as SES does). */
const toyMaxBatchRecipients = 50;

/**
 * Creates a transport that posts v3 `mail/send` JSON to Toy Mail with Node's
 * own HTTP client, through the transport's connection pools. Batches go in
 * requests of at most 50 recipients; there are no idempotency keys.
 *
 * @example
 * ```ts
 * const transport = createToyTransport({ apiKey: process.env.TOY_API_KEY! });
 * ```
 * @throws AuthmailError `invalid_config` naming the field.
 */
export function createToyTransport(options: ToyTransportOptions): ToyTransport {
  const { apiKey, sendUrl, timeoutMs, maxInFlight } = resolveToyOptions(options);
  const headers = { authorization: `Bearer ${apiKey}` };
  return createProviderTransport({
    name: 'toy',
    timeoutMs,
    maxInFlight,
    maxBatchRecipients: toyMaxBatchRecipients,
    secrets: [apiKey],
    secretForms: toySecretForms,
    message: toyMessageBody,
    batch: toyBatchBody,
    async send(body, context) {
      const answer = await postJson(sendUrl, headers, body, context);
      const id = answer.headers['x-message-id'];
      const accepted = answer.status >= 200 && answer.status < 300;
      if (!accepted || typeof id !== 'string' || id === '') throw new UnexpectedAnswer(answer);
      return id;
    },
    toError: (error) => toyError(error, apiKey),
  });
}
