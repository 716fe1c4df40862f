import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkOptionKeys } from '../shape/option-keys.js';
import { defaultMaxBodyBytes, type FetchHandler } from './fetch-handler.js';
import { jsonAnswer } from './json-answer.js';

/** Options for {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /**
   * The largest body read; a larger one gets 413 `{ error: 'body_too_large',
   * message }` without reaching the handler. Default 1 MiB.
   */
  maxBodyBytes?: number;
}

/**
 * Serves a Fetch-standard handler from `node:http` (and Express, Koa's
 * `app.callback()` style, or anything else that hands out
 * `IncomingMessage` / `ServerResponse`). The body is read up to
 * `maxBodyBytes`; a handler that throws gets a bare 500 `internal error`,
 * never the error itself.
 *
 * @example
 * ```ts
 * createServer(toNodeHandler(handler)).listen(3000);
 * ```
 * @throws AuthmailError `invalid_config` naming an unknown option.
 */
export function toNodeHandler(
  handler: FetchHandler,
  options: NodeHandlerOptions = {},
): (request: IncomingMessage, response: ServerResponse) => void {
  checkOptionKeys(options, ['maxBodyBytes'], 'node handler options');
  const { maxBodyBytes = defaultMaxBodyBytes } = options;
  return (request, response) => {
    serve(handler, request, response, maxBodyBytes).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('internal error');
    });
  };
}

async function serve(
  handler: FetchHandler,
  request: IncomingMessage,
  response: ServerResponse,
  maxBodyBytes: number,
): Promise<void> {
  const body = await readNodeBody(request, maxBodyBytes);
  const answer = body ? await handler(toRequest(request, body)) : tooLarge();
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(new Uint8Array(await answer.arrayBuffer()));
}

function tooLarge(): Response {
  const body = { error: 'body_too_large', message: 'The request body is too large.' };
  return jsonAnswer(413, body, { connection: 'close' });
}

async function readNodeBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  if (Number(request.headers['content-length']) > maxBytes) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Uint8Array).byteLength;
    if (size > maxBytes) return undefined;
    chunks.push(chunk as Uint8Array);
  }
  return Buffer.concat(chunks);
}

function toRequest(request: IncomingMessage, body: Uint8Array): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    for (const one of [value ?? []].flat()) headers.append(name, one);
  }
  const method = request.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(request.url ?? '/', 'http://localhost'), {
    method,
    headers,
    ...(hasBody ? { body } : {}),
  });
}
