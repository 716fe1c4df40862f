import type { ProviderRequestContext } from '@authmail/core/provider';
import { SESv2Client, SendBulkEmailCommand, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { ResolvedSesOptions } from './options.js';
import type { SesRequest } from './request.js';

/** What one SES request answered: the message id, or each bulk entry's outcome. */
export type SesAnswer =
  | { operation: 'SendEmail'; messageId: string | undefined }
  | {
      operation: 'SendBulkEmail';
      entries: {
        status: string | undefined;
        error: string | undefined;
        messageId: string | undefined;
      }[];
    };

/**
 * A transport's `SESv2Client`, made on the first send with that send's
 * connection pools as the SDK's `NodeHttpHandler` agents.
 *
 * The SDK takes agents per client (its request handler), not per request,
 * while core hands them to each send; they are the transport's own pools,
 * the same two objects on every send, so the client built from the first
 * send's context serves them all. The per-request part, the `AbortSignal`,
 * goes with each command (`abortSignal`): the handler destroys the request
 * when it aborts. `maxAttempts: 1` turns the SDK's own retries off, so that
 * `withRetry` is the one retry policy; the endpoint is always explicit.
 */
export function createSesClient(options: ResolvedSesOptions) {
  let client: SESv2Client | undefined;
  const clientFor = (context: ProviderRequestContext) => {
    client ??= new SESv2Client({
      region: options.region,
      endpoint: options.endpoint,
      maxAttempts: 1,
      ...(options.credentials ? { credentials: options.credentials } : {}),
      requestHandler: { httpAgent: context.httpAgent, httpsAgent: context.httpsAgent },
    });
    return client;
  };
  return async function send(
    request: SesRequest,
    context: ProviderRequestContext,
  ): Promise<SesAnswer> {
    const sdk = clientFor(context);
    const sendOptions = { abortSignal: context.signal };
    if (request.operation === 'SendEmail') {
      const output = await sdk.send(new SendEmailCommand(request.input), sendOptions);
      return { operation: 'SendEmail', messageId: output.MessageId };
    }
    const output = await sdk.send(new SendBulkEmailCommand(request.input), sendOptions);
    return {
      operation: 'SendBulkEmail',
      entries: (output.BulkEmailEntryResults ?? []).map((entry) => ({
        status: entry.Status,
        error: entry.Error,
        messageId: entry.MessageId,
      })),
    };
  };
}
