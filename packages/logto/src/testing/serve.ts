import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetchHandler } from '../http/fetch-handler.js';
import { type NodeHandlerOptions, toNodeHandler } from '../node-handler.js';

const servers: Server[] = [];

/** Serves `handler` on 127.0.0.1 through `toNodeHandler`; resolves with its URL. */
export async function serve(handler: FetchHandler, options?: NodeHandlerOptions): Promise<string> {
  const server = createServer(toNodeHandler(handler, options));
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Closes every server {@link serve} started. */
export async function closeServers(): Promise<void> {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
}
