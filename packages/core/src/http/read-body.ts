/**
 * Reads a request body of at most `maxBytes` bytes, or `undefined` when it is
 * larger (by its `Content-Length`, or once more than that has arrived; the
 * rest is then not read). An absent body reads as empty.
 *
 * @example
 * ```ts
 * const body = await readBody(request, defaultMaxBodyBytes);
 * if (!body) return new Response('too large', { status: 413 });
 * ```
 */
export async function readBody(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  if (Number(request.headers.get('content-length')) > maxBytes) return undefined;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(read.value);
  }
  return concat(chunks, size);
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
