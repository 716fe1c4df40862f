import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuthmailError } from '@authmail/core';
import { handleApiRequest, type PreviewApiContext } from './api.js';
import { createEventStream } from './event-stream.js';
import { sendJson } from './http-exchange.js';
import { isLoopback, requestRefusal } from './request-guard.js';

/** Options for {@link startPreviewServer}. */
export interface PreviewServerOptions extends Omit<PreviewApiContext, 'events'> {
  /** The address to listen on; `127.0.0.1` keeps the preview to this machine. */
  host: string;
  /** The port; `0` picks a free one. */
  port: number;
}

/** A running preview. */
export interface PreviewServer {
  /** Where the page is: `http://127.0.0.1:3000/`. */
  readonly url: string;
  /** Stops watching templates, ends the event streams and closes the server. */
  close(): Promise<void>;
}

/**
 * Starts the preview's web server (the page, its JSON API and its event
 * stream) and watches the templates, telling open pages when they change.
 *
 * @throws AuthmailError `invalid_config` when the port is taken or the
 * address cannot be listened on, naming `--port` / `--host`.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const events = createEventStream();
  const context: PreviewApiContext = { ...options, events };
  const loopbackOnly = isLoopback(options.host);
  const server = createServer((request, response) => {
    const refusal = requestRefusal(request, loopbackOnly);
    if (refusal !== undefined) return sendJson(response, 403, { error: refusal });
    handleApiRequest(context, request, response).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (response.headersSent) response.end();
      else sendJson(response, 500, { error: `the preview failed: ${message}` });
    });
  });
  await listen(server, options.host, options.port);
  const watching = new AbortController();
  options.templates.watch(() => events.broadcast('templates'), watching.signal);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${urlHost(options.host)}:${port}/`,
    async close() {
      watching.abort();
      events.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, host, port)));
    server.listen(port, host, () => resolve());
  });
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): AuthmailError {
  const message =
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use: pass another with --port (--port 0 picks a free one).`
      : `Cannot listen on ${host}:${port} (${error.code ?? error.message}): check --host and --port.`;
  return new AuthmailError('invalid_config', message, { details: { host, port } });
}

/** The host as a URL writes it: `localhost` for every address, brackets around IPv6. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
