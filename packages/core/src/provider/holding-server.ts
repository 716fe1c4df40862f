// Test helper (not exported): an HTTP server on 127.0.0.1 that holds every
// request until the test answers it, and counts connections as it sees them.
import {
  type Agent,
  createServer,
  type IncomingMessage,
  request,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request the server is holding. */
export interface HeldRequest {
  path: string;
  /** Answers 200 with `body`. */
  answer(body?: string): void;
  /** Whether the client closed the connection before an answer. */
  readonly closedByClient: boolean;
}

/** The server and what it saw. */
export interface HoldingServer {
  url: string;
  held: HeldRequest[];
  /** Connections open now, and the most open at once. */
  readonly open: number;
  readonly peak: number;
  close(): Promise<void>;
}

/** Starts a {@link HoldingServer}. */
export async function startHoldingServer(): Promise<HoldingServer> {
  const held: HeldRequest[] = [];
  const sockets = new Set<Socket>();
  let peak = 0;
  const hold = (incoming: IncomingMessage, response: ServerResponse) => {
    let answered = false;
    let closedByClient = false;
    incoming.resume();
    response.on('close', () => {
      if (!answered) closedByClient = true;
    });
    held.push({
      path: incoming.url ?? '/',
      answer(body = 'ok') {
        answered = true;
        response.end(body);
      },
      get closedByClient() {
        return closedByClient;
      },
    });
  };
  const server = createServer(hold);
  server.on('connection', (socket) => {
    sockets.add(socket);
    peak = Math.max(peak, sockets.size);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    held,
    get open() {
      return sockets.size;
    },
    get peak() {
      return peak;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A bare `node:http` POST to `url` through `agent`, resolving to the answer's body; `signal` cancels it. */
export function post(url: string, options: { signal: AbortSignal; agent: Agent }): Promise<string> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', ...options }, (answer) => {
      let body = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk: string) => {
        body += chunk;
      });
      answer.on('end', () => resolve(body));
      answer.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end('{}');
  });
}
