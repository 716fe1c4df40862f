import { describeIssues } from '@authmail/core/provider';
import type { z } from 'zod';

/** A parsed body, or the reason it was refused. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Parses a UTF-8 JSON body with `schema`. The reason names every failing
 * field (`payload.code: …`) and never echoes a value.
 */
export function parseJsonBody<S extends z.ZodType>(
  body: Uint8Array,
  schema: S,
): Parsed<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return { ok: false, reason: 'The body is not JSON.' };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, reason: describeIssues(result.error.issues).join('; ') };
}
