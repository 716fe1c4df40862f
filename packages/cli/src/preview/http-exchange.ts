import type { IncomingMessage, ServerResponse } from 'node:http';

/** The most a request body may hold: variables are small. */
const maxBodyBytes = 1024 * 1024;

/** A request the API refuses, with the HTTP status and what to fix. */
export class RequestProblem extends Error {
  override readonly name = 'RequestProblem';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The request's JSON body.
 *
 * @throws RequestProblem 415 unless it says `application/json`, 413 over
 * 1 MB, 400 when it does not parse.
 */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    throw new RequestProblem(415, 'send the body as application/json');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) throw new RequestProblem(413, 'the body is over 1 MB');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RequestProblem(400, 'the body is not JSON');
  }
}

/** Answers with `body` as JSON. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(text);
}

/** Answers with a fixed text: the page and its assets. */
export function sendText(
  response: ServerResponse,
  contentType: string,
  text: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(200, {
    'content-type': `${contentType}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(text);
}
