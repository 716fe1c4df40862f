import { AuthmailError } from '@authmail/core';
import { checkOptionKeys } from '@authmail/core/provider';

/** Options of `createOutboxTransport`. */
export interface OutboxOptions {
  /** Directory the messages are written to; created when missing. */
  dir: string;
  /** Transport name in receipts and errors. Default `outbox`. */
  name?: string;
}

/** Options with their defaults applied. */
export interface ResolvedOutboxOptions {
  dir: string;
  name: string;
}

const optionKeys = ['dir', 'name'] as const;

/**
 * Validates the options and applies defaults.
 *
 * @throws AuthmailError `invalid_config` naming the field: an unknown key
 * (with the closest known one), or `dir` / `name` that is not a non-empty string.
 */
export function resolveOutboxOptions(options: OutboxOptions): ResolvedOutboxOptions {
  checkOptionKeys(options, optionKeys, 'outbox options');
  const dir = nonEmptyText(options.dir, 'dir');
  const name = options.name === undefined ? 'outbox' : nonEmptyText(options.name, 'name');
  return { dir, name };
}

function nonEmptyText(value: unknown, field: string): string {
  if (typeof value === 'string' && value !== '') return value;
  throw new AuthmailError(
    'invalid_config',
    `Invalid outbox options: ${field}: must be a non-empty string`,
    { details: { issues: [`${field}: must be a non-empty string`] } },
  );
}
