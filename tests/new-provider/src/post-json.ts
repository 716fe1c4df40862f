import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { ProviderRequestContext } from '@authmail/core/provider';

/** An HTTP answer: its status, headers and (the start of) its body. */
export interface HttpAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** How much of an answer's body is kept; the rest is read and dropped. */
const keptBodyBytes = 64 * 1024;

/** An answer that ended before its body did: a dropped connection. */
function cutShort(): Error {
  return Object.assign(new Error('the answer was cut short'), { code: 'ECONNRESET' });
}

/**
 * POSTs `body` as JSON through the transport's connection pools (the
 * context's agents, so at most `maxInFlight` sockets) and its signal (an
 * abort or the deadline destroys the request). Settles only once the
 * request has ended: with the answer, whatever its status, or with the
 * error that ended it (which carries Node's `code`).
 */
export function postJson(
  url: URL,
  headers: Record<string, string>,
  body: string,
  context: ProviderRequestContext,
): Promise<HttpAnswer> {
  const secure = url.protocol === 'https:';
  const send = secure ? httpsRequest : httpRequest;
  const options = {
    method: 'POST',
    agent: secure ? context.httpsAgent : context.httpAgent,
    signal: context.signal,
    headers: {
      ...headers,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
    },
  };
  return new Promise((resolve, reject) => {
    const request = send(url, options, (answer) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      answer.on('data', (chunk: Buffer) => {
        if (kept >= keptBodyBytes) return;
        chunks.push(chunk);
        kept += chunk.length;
      });
      answer.on('error', reject);
      answer.on('close', () => (answer.complete ? undefined : reject(cutShort())));
      answer.on('end', () =>
        resolve({
          status: answer.statusCode ?? 0,
          headers: answer.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    request.on('error', reject);
    request.end(body);
  });
}
