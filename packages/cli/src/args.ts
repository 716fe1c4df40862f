import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './command.js';

/** The options a command takes, as `node:util`'s `parseArgs` describes them. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Parsed arguments: the options by name and the positional arguments. */
export interface ParsedArgs<O extends OptionSpec> {
  values: { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };
  positionals: string[];
}

/**
 * Parses a command's arguments strictly: an unknown option, a missing value
 * or more than `maxPositionals` positional arguments is a {@link UsageError}
 * saying which.
 */
export function parseCommandArgs<O extends OptionSpec>(
  args: readonly string[],
  options: O,
  maxPositionals: number,
): ParsedArgs<O> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? firstLine(error.message) : String(error));
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals.slice(maxPositionals).join(' ');
    throw new UsageError(`unexpected argument: ${extra}`);
  }
  return parsed as ParsedArgs<O>;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
