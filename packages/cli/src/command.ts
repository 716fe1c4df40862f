import type { CliIo } from './io.js';

/**
 * What every command exits with: `0` done (and, for `check`, clean); `1`
 * the command ran and found errors or failed (a template error, a refused
 * send); `2` it could not run as asked (unknown option, missing argument,
 * unreadable file). Documented in the CLI's README.
 */
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

/** One `authmail <name>` command. */
export interface Command {
  /** The word after `authmail`. */
  readonly name: string;
  /** One line for `authmail --help`. */
  readonly summary: string;
  /** The whole `authmail <name> --help` text: usage line, options, examples, exit codes. */
  readonly help: string;
  /** Runs with the arguments after the name; resolves with the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** A usage mistake (an unknown option, a missing argument): printed with the command's help hint, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
