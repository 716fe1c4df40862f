import type { FetchHandler, NodeHandlerOptions } from '@authmail/core/http';
import { type FetchServer, serveFetchHandler } from '@authmail/testkit';

const servers: FetchServer[] = [];

/** Serves `handler` on 127.0.0.1 through `toNodeHandler`; resolves with its URL. */
export async function serve(handler: FetchHandler, options?: NodeHandlerOptions): Promise<string> {
  const server = await serveFetchHandler(handler, options);
  servers.push(server);
  return server.url;
}

/** Closes every server {@link serve} started. */
export async function closeServers(): Promise<void> {
  await Promise.all(servers.splice(0).map((server) => server.close()));
}
