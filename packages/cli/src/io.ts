/** Where a command reads its environment and writes its output: the process, or a test's buffers. */
export interface CliIo {
  /** Writes to standard output, as given (add your own line breaks). */
  out(text: string): void;
  /** Writes to standard error, as given. */
  err(text: string): void;
  /** The environment variables (`AUTHMAIL_PROVIDER`, `NO_COLOR`, …). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The working directory relative paths are read from. */
  readonly cwd: string;
  /** Whether standard output is a terminal: progress lines and colour only then. */
  readonly interactive: boolean;
  /** Aborts when the user presses Ctrl-C: long-running commands (preview) stop cleanly. */
  readonly signal: AbortSignal;
}

/** The real process's {@link CliIo}, aborted on SIGINT and SIGTERM. */
export function processIo(): CliIo {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    interactive: process.stdout.isTTY === true,
    signal: controller.signal,
  };
}
