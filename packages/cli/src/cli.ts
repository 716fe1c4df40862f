import { closestName } from '@authmail/core/tooling';
import { type Command, exitCodes, UsageError } from './command.js';
import { commands } from './commands/index.js';
import type { CliIo } from './io.js';
import { stylesFor } from './style.js';

/** What `runCli` needs besides the arguments. */
export interface RunCliOptions {
  /** The version `--version` prints. */
  version: string;
}

/**
 * Runs `authmail` with `argv` (the arguments after the program name) and
 * resolves with the exit code: see `exitCodes`. Never throws: a usage
 * mistake prints what to do and gives `2`; anything unexpected prints one
 * line and gives `1`.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  options: RunCliOptions,
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview(io));
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${options.version}\n`);
    return exitCodes.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) return unknownCommand(name, io);
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.help);
    return exitCodes.ok;
  }
  return runCommand(command, args, io);
}

async function runCommand(command: Command, args: readonly string[], io: CliIo): Promise<number> {
  const style = stylesFor(io);
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(
        `${style.red('error')} ${error.message}\nRun ${style.bold(`authmail ${command.name} --help`)} for usage.\n`,
      );
      return exitCodes.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`${style.red('error')} ${message}\n`);
    return exitCodes.failed;
  }
}

function unknownCommand(name: string, io: CliIo): number {
  const style = stylesFor(io);
  const guess = closestName(
    name,
    commands.map((command) => command.name),
  );
  const hint = guess ? ` Did you mean ${style.bold(`authmail ${guess}`)}?` : '';
  io.err(
    `${style.red('error')} unknown command "${name}".${hint}\nRun ${style.bold('authmail --help')} for the commands.\n`,
  );
  return exitCodes.usage;
}

function overview(io: CliIo): string {
  const style = stylesFor(io);
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map(
    (command) => `  ${style.bold(command.name.padEnd(width))}  ${command.summary}`,
  );
  return [
    `${style.bold('authmail')}: design, check and send authentication emails`,
    '',
    `Usage: authmail <command> [options]`,
    '',
    'Commands:',
    ...lines,
    '',
    'Run authmail <command> --help for its options.',
    'Exit codes: 0 done, 1 errors found or the send failed, 2 wrong usage.',
    '',
  ].join('\n');
}
