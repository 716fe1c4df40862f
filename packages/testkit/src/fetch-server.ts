import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FetchHandler, type NodeHandlerOptions, toNodeHandler } from '@authmail/core/http';

/** A Fetch-standard handler served on 127.0.0.1 by {@link serveFetchHandler}. */
export interface FetchServer {
  /** Its base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  /** Stops the server, closing open connections too. */
  close(): Promise<void>;
}

/**
 * Serves `handler` on a free port of 127.0.0.1 through `toNodeHandler`
 * (`@authmail/core/http`), so a test drives it over real HTTP.
 *
 * @example
 * ```ts
 * const server = await serveFetchHandler(createHttpEmailHandler({ mailer, authorization }));
 * await fetch(server.url, { method: 'POST', body });
 * await server.close();
 * ```
 */
export async function serveFetchHandler(
  handler: FetchHandler,
  options?: NodeHandlerOptions,
): Promise<FetchServer> {
  const server = createServer(toNodeHandler(handler, options)).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    },
  };
}
