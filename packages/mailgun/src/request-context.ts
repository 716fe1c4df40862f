import type { ProviderRequestContext } from '@authmail/core/provider';
import type Mailgun from 'mailgun.js';

type MailgunClient = ReturnType<InstanceType<typeof Mailgun>['client']>;
type MessagesClient = MailgunClient['messages'];

/** mailgun.js' `IRequestProvider`, the part used here. */
interface RequestProvider {
  makeRequest(url: string, method: string, data: object, config?: object): Promise<unknown>;
}

/** `MessagesClient.request` (public on the class, not on `IMessagesClient`). */
interface WithRequest {
  request?: { requestProvider?: RequestProvider };
}

/**
 * `client.messages` for one send, whose HTTP request carries the context's
 * `signal` (axios, inside mailgun.js, destroys the request when it aborts)
 * and goes through the transport's connection pools.
 *
 * mailgun.js 14 takes no signal, cancel token or agent, neither in
 * `messages.create` nor in its client options, but every request goes
 * through the client's public `request.requestProvider`
 * (`IRequestProvider.makeRequest(url, method, data, config)`), which spreads
 * `data` into the axios config. The view made here, for this send only, adds
 * `signal`, `httpAgent` and `httpsAgent` to that `data`; the client itself is
 * not changed. If a mailgun.js version lacks that provider, the send goes
 * out on Node's global agent and cannot be cancelled (the client's own
 * `timeout` still ends it).
 */
export function messagesFor(
  client: MailgunClient,
  context: ProviderRequestContext,
): MessagesClient {
  const messages = client.messages;
  const request = (messages as MessagesClient & WithRequest).request;
  const provider = request?.requestProvider;
  if (request === undefined || typeof provider?.makeRequest !== 'function') return messages;
  const withSignal: RequestProvider = Object.create(provider, {
    makeRequest: {
      value: (url: string, method: string, data: object, config?: object) =>
        provider.makeRequest(url, method, { ...data, ...context }, config),
    },
  });
  return Object.create(messages, {
    request: { value: Object.create(request, { requestProvider: { value: withSignal } }) },
  });
}
