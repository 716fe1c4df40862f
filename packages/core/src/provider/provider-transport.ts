import { AuthmailError } from '../errors.js';
import type {
  BatchRecipient,
  OutgoingBatch,
  OutgoingEmail,
  SendOptions,
  SendReceipt,
  Transport,
  TransportCapabilities,
} from '../transport.js';
import { chunk } from '../util/chunk.js';
import { raceAbort } from './abort.js';
import { maxBatchRecipientsRule } from './capabilities.js';
import {
  type ConnectionPools,
  createConnectionPools,
  type ProviderRequestContext,
} from './connection-pools.js';
import { startDeadline } from './deadline.js';
import { checkNumberOption, optionalNumberOption } from './number-option.js';
import { defaultMaxInFlight, maxInFlightRule, timeoutMsRule } from './provider-options.js';
import { redactError } from './redact.js';
import { createSlots } from './slots.js';

/** What a provider package supplies to {@link createProviderTransport}. */
export interface ProviderClient<N extends string, R> {
  /** The transport's name, reported in receipts and errors. */
  name: N;
  /** How long one send may take, from the call (a wait for a free slot included). */
  timeoutMs: number;
  /** Requests in flight at once; more sends wait in a queue. Default 64. */
  maxInFlight?: number | undefined;
  /** Most recipients the provider takes in one request (Mailgun and SendGrid 1,000). */
  maxBatchRecipients: number;
  /**
   * Whether `send` gives the provider an idempotency key it honours, so a
   * retry cannot deliver twice. Default `false`.
   */
  idempotencyKeys?: boolean | undefined;
  /** The secrets the client holds (API keys): never part of an error. */
  secrets: readonly string[];
  /**
   * How one secret can appear on the provider's wire: Mailgun's key and
   * `api:<key>` (its Basic-auth pair), SendGrid's key and `Bearer <key>`.
   * The secret itself is always redacted, and the Base64 of each form too.
   */
  secretForms(secret: string): string[];
  /** The provider request for one message. */
  message(message: OutgoingEmail): R;
  /** The provider request for one batch of at most `maxBatchRecipients` recipients. */
  batch(batch: OutgoingBatch): R;
  /**
   * Sends a request through the official client; resolves to the provider's
   * message id. Hand the client `context`: its `signal` aborts when the
   * caller gives up or the deadline passes (the client cancels the request),
   * and its agents are the transport's connection pools (at most
   * `maxInFlight` sockets). The send's slot stays taken until the returned
   * promise settles, so it must settle only once the request has ended, as
   * both official clients' promises do.
   *
   * A provider that answers each recipient of a batch on its own (Postmark)
   * resolves to a {@link ProviderAnswer} naming the recipients it refused.
   */
  send(request: R, context: ProviderRequestContext): Promise<string | ProviderAnswer>;
  /**
   * Maps anything `message`, `batch` or `send` threw onto an `AuthmailError`.
   * The transport then removes every form of every secret from its message
   * and `details`; a text shortened here must be redacted first (with
   * `redactSecrets` and the same forms), since a cut key no longer matches.
   */
  toError(error: unknown): AuthmailError;
}

/**
 * What a provider's `send` resolves to when a batch request was accepted for
 * some recipients and refused for others.
 */
export interface ProviderAnswer {
  /** The provider's id for the request, or for its first accepted message; empty when it accepted none. */
  messageId: string;
  /**
   * The recipients the provider refused, by their place in the batch's
   * `recipients` (the request's own order), each with its error: they
   * become the receipt's `failed`, with every secret removed like any
   * error's. A single message's `send` rejects with the first one.
   */
  failed?: readonly { index: number; error: AuthmailError }[];
}

/**
 * Builds a provider request. A failure here (variables JSON cannot write, a
 * BigInt say) is `invalid_variables`: nothing was sent, and retrying cannot help.
 * authmail's own errors (a bad address, too-deep variables) pass through.
 */
function prepare<R>(provider: string, build: () => R): R {
  try {
    return build();
  } catch (error) {
    if (error instanceof AuthmailError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AuthmailError(
      'invalid_variables',
      `The message could not be prepared for ${provider}: ${reason}`,
      {
        provider,
      },
    );
  }
}

/** Runs the client's send; a synchronous throw becomes a rejection. */
async function callClient<T>(send: () => Promise<T>): Promise<T> {
  return send();
}

/** A provider {@link Transport}, with `sendBatch` and its `capabilities`. */
export type ProviderTransport<N extends string> = Transport & {
  readonly name: N;
  readonly capabilities: TransportCapabilities;
  sendBatch(batch: OutgoingBatch, options?: SendOptions): Promise<SendReceipt[]>;
};

/**
 * The part every provider transport shares:
 *
 * - at most `maxInFlight` requests (default 64) are in flight; more sends
 *   wait their turn in a queue. A slot is held until the client's call has
 *   ended, not just until the send settles, and the requests go through
 *   the transport's own connection pools of at most `maxInFlight` sockets,
 *   where a socket still closing keeps its place: however many sends pile
 *   up while a provider hangs, no more than `maxInFlight` connections open;
 * - each send runs under one deadline, `timeoutMs` from the call, queue wait
 *   included (the official clients have no per-call timeout): past it the
 *   send rejects with a retryable `timeout`;
 * - an abort rejects with the signal's reason; a timeout or an abort also
 *   aborts the signal `send` was given, so a client that takes it cancels
 *   the HTTP request; a send still queued leaves the queue without being
 *   sent;
 * - a request that cannot be built is `invalid_variables`; every other
 *   failure becomes an `AuthmailError` through `toError`, with every form
 *   of every secret (`secretForms` of each of `secrets`) removed from its
 *   message and details;
 * - batches go in requests of at most `maxBatchRecipients` recipients, and
 *   receipts carry the provider, the correlation id and, for batches, the
 *   recipients;
 * - its `capabilities` are the client's `maxBatchRecipients` and
 *   `idempotencyKeys`.
 *
 * @throws AuthmailError `invalid_config` naming `timeoutMs`, `maxInFlight`
 * or `maxBatchRecipients` when one is not a whole number in its range.
 */
export function createProviderTransport<N extends string, R>(
  client: ProviderClient<N, R>,
): ProviderTransport<N> {
  const timeoutMs = checkNumberOption('timeoutMs', client.timeoutMs, timeoutMsRule);
  const maxInFlight = optionalNumberOption(
    'maxInFlight',
    client.maxInFlight,
    maxInFlightRule,
    defaultMaxInFlight,
  );
  const capabilities: TransportCapabilities = {
    maxBatchRecipients: checkNumberOption(
      'maxBatchRecipients',
      client.maxBatchRecipients,
      maxBatchRecipientsRule,
    ),
    idempotencyKeys: client.idempotencyKeys === true,
  };
  const secretForms = client.secrets.flatMap((secret) => [secret, ...client.secretForms(secret)]);
  let pools: ConnectionPools | undefined;
  // A socket still closing counts against the bound: no slot is granted until it is gone.
  const slots = createSlots(maxInFlight, () => (pools?.busy() ?? 0) >= maxInFlight);
  const queuedTooLong = () =>
    new AuthmailError(
      'timeout',
      `${client.name}: no request slot came free within ${timeoutMs} ms (all ${maxInFlight} of maxInFlight were in use)`,
      { provider: client.name, details: { timeoutMs, maxInFlight, queued: true } },
    );

  const post = async (build: () => R, { signal }: SendOptions = {}): Promise<ProviderAnswer> => {
    const request = prepare(client.name, build);
    const deadline = startDeadline({ timeoutMs, provider: client.name, signal });
    const notSent = (reason: unknown): never => {
      deadline.dispose();
      throw reason === signal?.reason ? reason : queuedTooLong();
    };
    const release = await slots.acquire(deadline.signal).catch(notSent);
    if (deadline.signal.aborted) {
      release();
      notSent(deadline.signal.reason);
    }
    pools ??= createConnectionPools(maxInFlight, slots.wake);
    const context = {
      signal: deadline.signal,
      httpAgent: pools.httpAgent,
      httpsAgent: pools.httpsAgent,
    };
    const call = callClient(() => client.send(request, context));
    const ended = () => {
      release();
      deadline.dispose();
    };
    call.then(ended, ended);
    try {
      return answerOf(await raceAbort(call, deadline.signal), secretForms);
    } catch (error) {
      if (deadline.signal.aborted && error === deadline.signal.reason) throw error;
      throw redactError(client.toError(error), secretForms);
    }
  };
  const receipt = (messageId: string, correlationId: string | undefined): SendReceipt => ({
    messageId,
    provider: client.name,
    ...(correlationId ? { correlationId } : {}),
  });
  return {
    name: client.name,
    capabilities,
    async send(message, options) {
      const { messageId, failed } = await post(() => client.message(message), options);
      if (failed?.[0]) throw failed[0].error;
      return receipt(messageId, message.correlationId);
    },
    async sendBatch(batch, options) {
      const receipts: SendReceipt[] = [];
      for (const recipients of chunk(batch.recipients, capabilities.maxBatchRecipients)) {
        const answer = await post(() => client.batch({ ...batch, recipients }), options);
        receipts.push({
          ...receipt(answer.messageId, batch.correlationId),
          recipients: recipients.map(({ to }) => to),
          ...failedRecipients(answer, recipients),
        });
      }
      return receipts;
    },
  };
}

/** The client's answer as a {@link ProviderAnswer}, each refusal's error without a secret. */
function answerOf(answer: string | ProviderAnswer, secretForms: readonly string[]): ProviderAnswer {
  if (typeof answer === 'string') return { messageId: answer };
  const failed = answer.failed?.map(({ index, error }) => ({
    index,
    error: redactError(error, secretForms),
  }));
  return failed?.length ? { messageId: answer.messageId, failed } : { messageId: answer.messageId };
}

/** The receipt's `failed`: each refused place in the request named by its recipient. */
function failedRecipients(
  { failed }: ProviderAnswer,
  recipients: readonly BatchRecipient[],
): Pick<SendReceipt, 'failed'> {
  const named = (failed ?? []).flatMap(({ index, error }) => {
    const recipient = recipients[index];
    return recipient ? [{ to: recipient.to, error }] : [];
  });
  return named.length > 0 ? { failed: named } : {};
}
