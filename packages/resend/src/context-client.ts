import type { ProviderRequestContext } from '@authmail/core/provider';
import { Resend, type Response as ResendResponse } from 'resend';
import { ResendAnswerError } from './errors.js';
import { type HttpCall, httpPost } from './http-post.js';

/** Where the request options carry the transport's request context to {@link ContextResend}. */
const contextKey = Symbol('authmail.resend.requestContext');

/** The `resend` client's request options, carrying `context` for {@link ContextResend}. */
export function withContext<O extends object>(options: O, context: ProviderRequestContext): O {
  return Object.assign({ ...options, signal: context.signal }, { [contextKey]: context });
}

/**
 * A `resend` client whose requests take the transport's request context:
 * its `AbortSignal` and its connection pools.
 *
 * The client (6.x) sends with the global `fetch` and takes neither an agent
 * nor a `fetch` of its own; it does pass the request options a call is given
 * (`signal` included) to `fetchRequest(path, init)`, a public method, with
 * the method, its headers (the API key as `Authorization: Bearer`,
 * `Idempotency-Key`, `x-batch-validation`) and the JSON body it built. The
 * override sends exactly that through Node's `http`/`https` with the
 * context's agent and signal, and keeps what the client's `fetch` path
 * loses: the HTTP status of an error whose body has no `statusCode`, and
 * the cause of a failure below HTTP (`ECONNREFUSED`, a certificate error),
 * which the client turns into "Unable to fetch data". A failure rejects
 * with a {@link ResendAnswerError} or Node's error instead of resolving to
 * the client's `{ error }`.
 */
export class ContextResend extends Resend {
  override async fetchRequest<T>(path: string, options: object = {}): Promise<ResendResponse<T>> {
    const call = options as HttpCall & { [contextKey]?: ProviderRequestContext };
    const context = call[contextKey];
    if (context === undefined) throw new TypeError('ContextResend: a request without its context');
    const answer = await httpPost(`${this.baseUrl}${path}`, call, context);
    if (answer.status < 200 || answer.status > 299) throw new ResendAnswerError(answer);
    let data: T;
    try {
      data = JSON.parse(answer.body) as T;
    } catch {
      throw new ResendAnswerError(answer);
    }
    return { data, error: null, headers: answer.headers };
  }
}
