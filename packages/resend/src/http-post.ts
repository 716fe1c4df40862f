import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { ProviderRequestContext } from '@authmail/core/provider';

/** An HTTP answer, read whole (up to {@link maxAnswerBytes}). */
export interface HttpAnswer {
  status: number;
  /** Header names in lower case; a repeated header's values joined with `, `. */
  headers: Record<string, string>;
  body: string;
}

/** What the `resend` client hands its `fetch`: method, headers and a JSON body. */
export interface HttpCall {
  method: string;
  headers: Headers;
  body?: string | undefined;
}

/** Most of an answer's body kept: an error text is cut far shorter, a success is a few ids. */
export const maxAnswerBytes = 1024 * 1024;

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/**
 * Sends one request with Node's `http`/`https` through the transport's own
 * connection pool (`context.httpAgent` or `httpsAgent`), cancelled by
 * `context.signal`. Resolves once the answer has been read; rejects with
 * Node's error (its `code`: `ECONNREFUSED`, `ECONNRESET`, a certificate
 * code…) when there is none.
 */
export function httpPost(
  url: string,
  call: HttpCall,
  context: ProviderRequestContext,
): Promise<HttpAnswer> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const send = secure ? httpsRequest : httpRequest;
  const headers = Object.fromEntries(call.headers.entries());
  if (call.body !== undefined) headers['content-length'] = String(Buffer.byteLength(call.body));
  return new Promise((resolve, reject) => {
    const request = send(
      target,
      {
        method: call.method,
        headers,
        agent: secure ? context.httpsAgent : context.httpAgent,
        signal: context.signal,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= maxAnswerBytes) chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: flatHeaders(response.headers),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(call.body);
  });
}
