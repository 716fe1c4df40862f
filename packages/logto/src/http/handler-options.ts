import type { Mailer } from '@authmail/core';
import { checkOptionKeys, parseConfig } from '@authmail/core/provider';
import { z } from 'zod';
import type { ErrorReporter } from './report.js';

/** The options both handlers take besides their secret, as zod checks them. */
export const handlerOptionsShape = {
  mailer: z.custom<Mailer>(
    (value) => typeof (value as { send?: unknown } | undefined)?.send === 'function',
    'must be a mailer (createMailer)',
  ),
  maxBodyBytes: z.number().int().positive().optional(),
  onError: z.custom<ErrorReporter>((value) => typeof value === 'function').optional(),
};

/**
 * Checks a handler's options: an unknown key is refused by name (with the
 * option it most likely meant), then every field is checked by `schema`.
 *
 * @throws AuthmailError `invalid_config` naming each failing option.
 */
export function parseHandlerOptions<S extends z.ZodObject>(
  schema: S,
  options: unknown,
  what: string,
): z.output<S> {
  checkOptionKeys(options, Object.keys(schema.shape), what);
  return parseConfig(schema, options, what);
}
