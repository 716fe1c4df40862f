import type { IncomingMessage, ServerResponse } from 'node:http';

/** The server-sent events the page listens to. */
export interface EventStream {
  /** Keeps `response` open as an event stream until the page goes away. */
  connect(request: IncomingMessage, response: ServerResponse): void;
  /** Sends `event` to every open page. */
  broadcast(event: string): void;
  /** Ends every stream, so the server can close. */
  close(): void;
}

/**
 * A server-sent events channel. A page gets `ready` as soon as it
 * connects, then `templates` whenever a template file changes.
 */
export function createEventStream(): EventStream {
  const open = new Set<ServerResponse>();
  const write = (response: ServerResponse, event: string) =>
    response.write(`event: ${event}\ndata: {}\n\n`);
  return {
    connect(request, response) {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      open.add(response);
      request.once('close', () => open.delete(response));
      write(response, 'ready');
    },
    broadcast(event) {
      for (const response of open) write(response, event);
    },
    close() {
      for (const response of open) response.end();
      open.clear();
    },
  };
}
