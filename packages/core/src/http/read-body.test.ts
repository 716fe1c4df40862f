import { describe, expect, it } from 'vitest';
import { readBody } from './read-body.js';

/** A streamed request (no Content-Length) whose body arrives in `chunks`. */
function streamed(chunks: readonly string[]): Request {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Request('http://localhost/', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

describe('readBody', () => {
  it('reads a body of up to maxBytes, in one piece', async () => {
    const body = await readBody(streamed(['ab', 'cd', 'é']), 6);
    expect(new TextDecoder().decode(body)).toBe('abcdé');
  });

  it('gives undefined once a streamed body passes maxBytes', async () => {
    expect(await readBody(streamed(['abcd', 'efgh']), 7)).toBeUndefined();
  });

  it('gives undefined for a Content-Length over maxBytes without reading', async () => {
    const request = new Request('http://localhost/', {
      method: 'POST',
      body: 'x'.repeat(10),
      headers: { 'content-length': '10' },
    });
    expect(await readBody(request, 9)).toBeUndefined();
    expect(request.bodyUsed).toBe(false);
  });

  it('reads no body as empty', async () => {
    expect(await readBody(new Request('http://localhost/'), 0)).toEqual(new Uint8Array());
  });
});
