import { expect } from 'vitest';

/**
 * Checks that `answer` is an error in Supabase's hook shape,
 * `{ error: { http_code, message } }`, with `status` as both the HTTP
 * status and `http_code`; resolves with the message.
 */
export async function errorMessageOf(answer: Response, status: number): Promise<string> {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const body = (await answer.json()) as { error?: { http_code?: unknown; message?: unknown } };
  expect(body).toEqual({ error: { http_code: status, message: expect.any(String) } });
  return body.error?.message as string;
}
