import type { ProviderRequestContext } from '@authmail/core/provider';
import { Client } from '@sendgrid/client';

type ClientRequest = Parameters<Client['createRequest']>[0];

/**
 * A `@sendgrid/client` `Client` that gives one request the transport's
 * request context: its `AbortSignal` (axios, inside the client, destroys the
 * request when it aborts) and its connection pools as `httpAgent` and
 * `httpsAgent`.
 *
 * `MailService.send` takes neither, but it calls `client.request`, and so
 * `createRequest`, synchronously: {@link ContextClient.withContext} sets the
 * context for exactly that call, and the `createRequest` override (a public
 * method of `Client`) adds it to the axios config.
 */
export class ContextClient extends Client {
  #context: ProviderRequestContext | undefined;

  /** Runs `send`, whose request (made synchronously, as `MailService.send` does) carries `context`. */
  withContext<T>(context: ProviderRequestContext, send: () => T): T {
    this.#context = context;
    try {
      return send();
    } finally {
      this.#context = undefined;
    }
  }

  override createRequest(data: ClientRequest): ClientRequest {
    const request = super.createRequest(data);
    const context = this.#context;
    this.#context = undefined;
    return context ? ({ ...request, ...context } as ClientRequest) : request;
  }
}
