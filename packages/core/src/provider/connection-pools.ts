import { type AgentOptions, Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { Duplex } from 'node:stream';

/**
 * What a provider client's `send` is handed for one request: pass all three
 * to the HTTP client (axios takes them as `signal`, `httpAgent` and
 * `httpsAgent`).
 */
export interface ProviderRequestContext {
  /** Aborts when the caller gives up or the deadline passes: the client cancels the request. */
  readonly signal: AbortSignal;
  /** The transport's own pool for `http:` URLs: at most `maxInFlight` sockets. */
  readonly httpAgent: HttpAgent;
  /** The transport's own pool for `https:` URLs: at most `maxInFlight` sockets. */
  readonly httpsAgent: HttpsAgent;
}

/** A transport's connection pools, and how many of their sockets are busy or closing. */
export interface ConnectionPools {
  readonly httpAgent: HttpAgent;
  readonly httpsAgent: HttpsAgent;
  /** Sockets carrying a request or not yet closed; idle keep-alive ones are not counted. */
  busy(): number;
}

type Agent = HttpAgent | HttpsAgent;
type Connect = (options: object, callback: (error: Error | null, socket: Duplex) => void) => Duplex;

/** Calls `released` (after the agent has counted it) whenever one of `agent`'s sockets closes or comes free. */
function watch<A extends Agent>(agent: A, released: () => void): A {
  const later = () => queueMicrotask(released);
  const connect = (agent.createConnection as Connect).bind(agent);
  const keepAlive = agent.keepSocketAlive.bind(agent);
  Object.assign(agent, {
    createConnection: (
      options: object,
      callback: (error: Error | null, socket: Duplex) => void,
    ) => {
      const socket = connect(options, callback);
      socket?.once('close', later);
      return socket;
    },
    keepSocketAlive: (socket: Duplex) => {
      later();
      return keepAlive(socket);
    },
  });
  return agent;
}

function busySockets(agent: Agent): number {
  let count = 0;
  for (const sockets of Object.values(agent.sockets)) count += sockets?.length ?? 0;
  return count;
}

/**
 * One transport's connection pools, keep-alive like Node's global agents,
 * but holding at most `maxSockets` sockets in all: a request that finds them
 * all taken waits for one to close or come free, so a socket still closing
 * after a timeout keeps its place until it is gone. `released` is told each
 * time a socket closes or comes free.
 */
export function createConnectionPools(maxSockets: number, released: () => void): ConnectionPools {
  const options: AgentOptions = {
    keepAlive: true,
    scheduling: 'lifo',
    timeout: 5000,
    maxSockets,
    maxTotalSockets: maxSockets,
  };
  const httpAgent = watch(new HttpAgent(options), released);
  const httpsAgent = watch(new HttpsAgent(options), released);
  return { httpAgent, httpsAgent, busy: () => busySockets(httpAgent) + busySockets(httpsAgent) };
}
