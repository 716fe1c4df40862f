/** An HTTP answer the fake server writes: status, headers and a finished body. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Answers `value` as JSON (`Content-Type: application/json`). */
export function jsonReply(status: number, value: unknown): Reply {
  return {
    status,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(value),
  };
}

/** Answers `text` as is, `text/plain` unless another content type is given. */
export function textReply(
  status: number,
  text: string,
  contentType = 'text/plain; charset=utf-8',
): Reply {
  return { status, headers: { 'Content-Type': contentType }, body: text };
}

/** Answers with an empty body (`Content-Length: 0`). */
export function emptyReply(status: number, headers: Record<string, string> = {}): Reply {
  return { status, headers, body: '' };
}

/**
 * Adds `extra` headers to a reply; a header in `extra` replaces the reply's own header of the
 * same name, whatever the case of either.
 */
export function withHeaders(reply: Reply, extra: Record<string, string> = {}): Reply {
  const names = new Set(Object.keys(extra).map((name) => name.toLowerCase()));
  const kept = Object.entries(reply.headers).filter(([name]) => !names.has(name.toLowerCase()));
  return { ...reply, headers: { ...Object.fromEntries(kept), ...extra } };
}
