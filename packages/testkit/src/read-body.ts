import type { IncomingMessage } from 'node:http';
import { gunzipSync } from 'node:zlib';

/** A request body, read whole; `tooLarge` when it (uncompressed) exceeds the limit. */
export interface ReadBody {
  body: Buffer;
  tooLarge: boolean;
}

/**
 * Reads a request body, keeping at most `maxBytes` (the rest is drained, not kept), and
 * inflates it when it was sent with `Content-Encoding: gzip`.
 */
export async function readBody(request: IncomingMessage, maxBytes: number): Promise<ReadBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= maxBytes) chunks.push(chunk as Buffer);
  }
  if (size > maxBytes) return { body: Buffer.alloc(0), tooLarge: true };
  const raw = Buffer.concat(chunks);
  if (request.headers['content-encoding']?.toLowerCase() !== 'gzip') {
    return { body: raw, tooLarge: false };
  }
  try {
    return { body: gunzipSync(raw, { maxOutputLength: maxBytes }), tooLarge: false };
  } catch (error) {
    if (error instanceof RangeError) return { body: Buffer.alloc(0), tooLarge: true };
    return { body: raw, tooLarge: false };
  }
}
