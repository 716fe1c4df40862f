import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { ProviderRequestContext } from '@authmail/core/provider';

/** The `fetch` the postmark client takes in its options (`ClientOptions.FetchImplementation`). */
export type FetchImplementation = (
  input: string | URL | Request,
  init?: RequestInit,
) => Promise<Response>;

/** Largest answer read: a 500-message batch answers about 100 KB. */
export const maxAnswerBytes = 4 * 1024 * 1024;

/** What one request through {@link contextFetch} saw, for the error mapping. */
export interface FetchTrace {
  /** The failure below HTTP, with its Node code (`ECONNREFUSED`…), which the client's error drops. */
  failure?: unknown;
  /** The answer's headers (`Retry-After`), which the client's error drops. */
  headers?: Headers;
}

/** Statuses whose answer has no body (`new Response` refuses one). */
const bodiless = new Set([101, 204, 205, 304]);

/**
 * A `fetch` for the postmark client (its `fetch` option) that sends on Node's
 * `http`/`https` with the context's agents (the transport's connection pools,
 * at most `maxInFlight` sockets) and aborts on the context's signal as well as
 * the client's own timeout. Node's global `fetch` takes neither agent, so this
 * is the only way to bound the client's sockets. The request settles only once
 * the request has ended (answered, failed or destroyed). What it saw goes in
 * `trace`.
 */
export function contextFetch(
  context: ProviderRequestContext,
  trace: FetchTrace,
): FetchImplementation {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const https = url.protocol === 'https:';
      const signal = init.signal ? AbortSignal.any([context.signal, init.signal]) : context.signal;
      const fail = (error: unknown) => {
        trace.failure = error;
        reject(error);
      };
      const send = https ? httpsRequest : httpRequest;
      const request = send(
        url,
        {
          method: init.method ?? 'GET',
          headers: plainHeaders(init.headers),
          agent: https ? context.httpsAgent : context.httpAgent,
          signal,
        },
        (answer) => readAnswer(answer, request.destroy.bind(request)).then(resolveWith, fail),
      );
      const resolveWith = ({ status, headers, body }: Answer) => {
        try {
          trace.headers = headers;
          resolve(new Response(bodiless.has(status) ? null : body, { status, headers }));
        } catch (error) {
          fail(error);
        }
      };
      request.once('error', fail);
      request.end(typeof init.body === 'string' ? init.body : undefined);
    });
}

interface Answer {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** Reads an answer whole, at most {@link maxAnswerBytes}; past it the request is destroyed. */
function readAnswer(answer: IncomingMessage, destroy: (error: Error) => void): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    answer.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length <= maxAnswerBytes) chunks.push(chunk);
      else destroy(new Error(`the answer is longer than ${maxAnswerBytes} bytes`));
    });
    answer.once('error', reject);
    answer.once('end', () => {
      try {
        const headers = headersOf(answer.rawHeaders);
        resolve({ status: answer.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** Node's raw header pairs as `Headers` (throws for a value `Headers` refuses). */
function headersOf(raw: readonly string[]): Headers {
  const headers = new Headers();
  for (let index = 0; index + 1 < raw.length; index += 2) {
    headers.append(raw[index] as string, raw[index + 1] as string);
  }
  return headers;
}

/** The client's headers (a plain object) as Node takes them. */
function plainHeaders(headers: RequestInit['headers']): Record<string, string> {
  return Object.fromEntries(new Headers(headers).entries());
}
