import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ConnectionCounts, countConnections } from './connections.js';
import { createDelays } from './delays.js';
import {
  assertValidFault,
  type FailOptions,
  type Fault,
  type FaultEffect,
  faultEffect,
} from './fault.js';
import { readBody } from './read-body.js';
import { type Reply, textReply } from './reply.js';

/** Every request a fake API received, answered or not. */
export interface RecordedRequest {
  method: string;
  /** The request target as sent, query string included (e.g. `/v3/mg.example.com/messages`). */
  path: string;
  /** Request headers, names in lower case. */
  headers: IncomingHttpHeaders;
  /** The raw body (inflated if it was gzip-encoded; empty if it was too large). */
  body: Buffer;
  /** The status answered, or `null` when the connection was dropped without an answer. */
  status: number | null;
  /** The fault that shaped the answer, if one was queued. */
  fault: Fault | undefined;
  receivedAt: Date;
  /**
   * Whether the client closed the connection before the fake answered: an
   * aborted or timed-out request that the client cancelled. It can turn
   * `true` after the request was recorded (while a delayed answer waits).
   */
  closedBeforeAnswer: boolean;
}

/** What every recorded, accepted message carries. */
export interface RecordedMessage {
  /** The message id the fake API answered with. */
  id: string;
  method: string;
  /** The request target as sent, query string included. */
  path: string;
  /** Request headers, names in lower case. */
  headers: IncomingHttpHeaders;
  receivedAt: Date;
}

/**
 * A fake provider API listening on 127.0.0.1: what it recorded, and how to steer it.
 *
 * @typeParam M - the recorded message type.
 * @typeParam F - the faults it can inject.
 */
export interface FakeApi<M extends RecordedMessage, F = Fault> {
  /** Base URL to give the client, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  /** The API key the fake accepts. */
  readonly apiKey: string;
  /**
   * Accepted messages, oldest first. Faulted requests are never here, except those with a
   * `DelayFault` alone, which are accepted normally.
   */
  readonly messages: readonly M[];
  /** Every request, oldest first: accepted, rejected, faulted and dropped ones alike. */
  readonly requests: readonly RecordedRequest[];
  /**
   * TCP connections counted on the fake's side: open now, the most open at
   * once and how many were accepted (both since the start or `clear()`).
   */
  readonly connections: ConnectionCounts;
  /**
   * Queues `fault` for the next `times` requests (default 1), whatever they are: faults apply
   * before authentication and validation. Faults queued earlier are used up first.
   * A faulted request is recorded in `requests` only, never in `messages`, except a
   * `DelayFault` alone, which answers (and records) normally after the delay.
   *
   * @throws RangeError when `times` is not a positive integer, a status is outside 100–599 or
   * `delayMs` is negative.
   */
  fail(fault: F, options?: FailOptions): void;
  /**
   * Forgets recorded messages and requests, drops queued faults and restarts the connection
   * counts. A request that arrived before the call and is still being read or answered is
   * not recorded afterwards and takes no fault queued after it, so one test's stragglers never
   * show up in the next.
   */
  clear(): void;
  /**
   * Every form an API key takes on this provider's wire: the key itself and the
   * header value that carries it (Mailgun: Base64 of `api:<key>`; SendGrid:
   * `Bearer <key>`). None of them, nor their Base64, may appear in an error or a log.
   */
  secretForms(key: string): string[];
  /**
   * Stops listening and destroys every open connection (keep-alive ones included), so a test
   * process can exit. Pending delayed answers are abandoned. Safe to call more than once.
   */
  close(): Promise<void>;
}

/** A request as the provider-specific handler sees it. */
export interface IncomingCall {
  method: string;
  path: string;
  /** `path` without its query string. */
  pathname: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The body exceeded the server's limit; `body` is then empty. */
  tooLarge: boolean;
  receivedAt: Date;
}

/** The provider-specific handler's answer, and the message to record if it accepted one. */
export interface Outcome<M> {
  reply: Reply;
  message?: M;
}

/** What a provider fake plugs into the shared server. */
export interface FakeServerOptions<M> {
  apiKey: string;
  /** Largest body (uncompressed) handed to `handle` in full; larger ones set `tooLarge`. */
  maxBodyBytes: number;
  handle(call: IncomingCall): Outcome<M> | Promise<Outcome<M>>;
  /** How a key appears on this provider's wire; see {@link FakeApi.secretForms}. */
  secretForms(key: string): string[];
}

function write(response: ServerResponse, { status, headers, body }: Reply): void {
  response.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
  response.end(body);
}

interface QueuedFault {
  fault: Fault;
  remaining: number;
}

/** Starts the HTTP server shared by the fake APIs on 127.0.0.1, on a free port. */
export async function startFakeServer<M extends RecordedMessage>(
  options: FakeServerOptions<M>,
): Promise<FakeApi<M>> {
  const messages: M[] = [];
  const requests: RecordedRequest[] = [];
  const faults: QueuedFault[] = [];
  const stopped = new AbortController();
  const delays = createDelays();

  /** Bumped by `clear()`: what a request started before it does is not recorded. */
  let generation = 0;

  const takeFault = (): Fault | undefined => {
    const next = faults[0];
    if (next === undefined) return undefined;
    next.remaining -= 1;
    if (next.remaining === 0) faults.shift();
    return next.fault;
  };

  const answer = async (
    request: IncomingMessage,
    recorded: (record: RecordedRequest) => void,
  ): Promise<Reply | undefined> => {
    const receivedAt = new Date();
    // A request still in flight when `clear()` runs belongs to the test before: never recorded.
    const startedIn = generation;
    const { body, tooLarge } = await readBody(request, options.maxBodyBytes);
    // A straggler from before `clear()` must not take a fault queued for the next test.
    const fault = startedIn === generation ? takeFault() : undefined;
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    const effect: FaultEffect = faultEffect(fault);
    let reply: Reply | undefined;
    if (effect.kind === 'reply') {
      reply = effect.reply;
    } else if (effect.kind === 'normal') {
      const pathname = path.split('?')[0] ?? path;
      const call = { method, path, pathname, headers: request.headers, body, tooLarge, receivedAt };
      const outcome = await options.handle(call);
      reply = outcome.reply;
      if (outcome.message !== undefined && startedIn === generation) messages.push(outcome.message);
    }
    const status = reply?.status ?? null;
    const { headers } = request;
    const record = {
      method,
      path,
      headers,
      body,
      status,
      fault,
      receivedAt,
      closedBeforeAnswer: false,
    };
    if (startedIn === generation) requests.push(record);
    recorded(record);
    if (fault?.delayMs) await delays.wait(fault.delayMs);
    return reply;
  };

  const server = createServer((request, response) => {
    let answered = false;
    let record: RecordedRequest | undefined;
    response.once('close', () => {
      if (!answered && record && !stopped.signal.aborted) record.closedBeforeAnswer = true;
    });
    answer(request, (recorded) => {
      record = recorded;
    }).then(
      (reply) => {
        answered = true;
        if (reply === undefined) {
          request.socket.destroy();
          return;
        }
        write(response, reply);
      },
      (error: unknown) => {
        if (!stopped.signal.aborted) {
          write(response, textReply(500, `fake server error: ${String(error)}`));
        }
      },
    );
  });

  const connections = countConnections(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey: options.apiKey,
    messages,
    requests,
    connections,
    secretForms: options.secretForms,
    fail(fault, { times = 1 } = {}) {
      assertValidFault(fault, times);
      faults.push({ fault, remaining: times });
    },
    clear() {
      generation += 1;
      messages.length = 0;
      requests.length = 0;
      faults.length = 0;
      connections.reset();
    },
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        stopped.abort();
        delays.cancelAll();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
