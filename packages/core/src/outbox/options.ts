import { z } from 'zod';
import { parseConfig } from '../config.js';

/** Schema of the options of `createOutboxTransport`. */
export const outboxOptionsSchema = z.object({
  /** Directory the messages are written to; created when missing. */
  dir: z.string().min(1, 'the outbox directory must not be empty'),
  /** Transport name in receipts and errors. Default `outbox`. */
  name: z.string().min(1, 'the name must not be empty').optional(),
});

/** Options of `createOutboxTransport`. */
export type OutboxOptions = z.input<typeof outboxOptionsSchema>;

/** Options with their defaults applied. */
export interface ResolvedOutboxOptions {
  dir: string;
  name: string;
}

/**
 * Validates the options and applies defaults.
 *
 * @throws AuthmailError `invalid_config` naming the field.
 */
export function resolveOutboxOptions(options: OutboxOptions): ResolvedOutboxOptions {
  const parsed = parseConfig(outboxOptionsSchema, options, 'outbox options');
  return { dir: parsed.dir, name: parsed.name ?? 'outbox' };
}
