import type { ProviderAnswer, ProviderRequestContext } from '@authmail/core/provider';
import { ServerClient } from 'postmark';
import { contextFetch, type FetchTrace } from './agent-fetch.js';
import { missingIdError, postmarkError, refusedMessageError } from './errors.js';
import type { ResolvedPostmarkOptions } from './options.js';
import type { PostmarkRequest } from './request.js';

/** One message's answer, as Postmark gives it alone or in a batch. */
interface MessageAnswer {
  MessageID?: unknown;
  ErrorCode?: unknown;
  Message?: unknown;
}

/**
 * Sends one request through the official client, on the context's
 * connection pools and signal: a client of its own per request, whose
 * `fetch` option (the client's one way to change transport) is
 * {@link contextFetch}. Creating one only stores its options.
 *
 * @returns the MessageID; for a batch, the first accepted message's and the
 * messages Postmark refused, by their place in the request.
 * @throws AuthmailError for a failed request, mapped by `postmarkError`.
 */
export async function sendThroughClient(
  request: PostmarkRequest,
  options: ResolvedPostmarkOptions,
  context: ProviderRequestContext,
): Promise<ProviderAnswer> {
  const trace: FetchTrace = {};
  const url = new URL(options.baseUrl);
  const client = new ServerClient(options.serverToken, {
    useHttps: url.protocol === 'https:',
    requestHost: `${url.host}${url.pathname === '/' ? '' : url.pathname}`,
    // Seconds: a bound of its own past core's deadline, which ends the request first.
    timeout: Math.ceil(options.timeoutMs / 1000) + 1,
    fetch: contextFetch(context, trace),
  });
  try {
    if (request.kind === 'batchWithTemplates') {
      const answer = await client.sendEmailBatchWithTemplates(request.body);
      return batchAnswer(answer, request.body.length, options);
    }
    const answer =
      request.kind === 'email'
        ? await client.sendEmail(request.body)
        : await client.sendEmailWithTemplate(request.body);
    return { messageId: messageIdOf(answer) };
  } catch (error) {
    throw postmarkError(error, options.serverToken, trace);
  }
}

function messageIdOf(answer: unknown): string {
  const id = (answer as MessageAnswer | null)?.MessageID;
  if (typeof id !== 'string' || id === '') throw missingIdError();
  return id;
}

/**
 * A batch answer: one result per message, in the request's order (HTTP 200
 * even when some were refused, 406 for a suppressed recipient, say). A
 * message without a result is refused as `provider_unavailable`.
 */
function batchAnswer(
  answer: unknown,
  count: number,
  options: ResolvedPostmarkOptions,
): ProviderAnswer {
  if (!Array.isArray(answer)) throw missingIdError();
  const results = answer as (MessageAnswer | null | undefined)[];
  let messageId = '';
  const failed: NonNullable<ProviderAnswer['failed']>[number][] = [];
  for (let index = 0; index < count; index++) {
    const result = results[index];
    const id = result?.MessageID;
    if (result?.ErrorCode === 0 && typeof id === 'string' && id !== '') {
      messageId ||= id;
    } else {
      const error = result ? refusedMessageError(result, options.serverToken) : missingIdError();
      failed.push({ index, error });
    }
  }
  return { messageId, failed };
}
