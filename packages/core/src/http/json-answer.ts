/**
 * A JSON answer that no cache keeps: `content-type: application/json;
 * charset=utf-8` and `cache-control: no-store`, plus `headers`.
 *
 * @example
 * ```ts
 * return jsonAnswer(405, { error: 'method_not_allowed' }, { allow: 'POST' });
 * ```
 */
export function jsonAnswer(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  });
}
