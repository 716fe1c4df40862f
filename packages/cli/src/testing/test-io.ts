import type { CliIo } from '../io.js';

/** A {@link CliIo} that records what a command printed: for tests. */
export interface TestIo extends CliIo {
  /** Everything written to standard output so far. */
  readonly stdout: string;
  /** Everything written to standard error so far. */
  readonly stderr: string;
  /** Stops a long-running command, as Ctrl-C would. */
  abort(): void;
}

/** A recording {@link CliIo} in `cwd`, with no colour unless `env` asks for it. */
export function testIo(cwd: string, env: Record<string, string | undefined> = {}): TestIo {
  const controller = new AbortController();
  let stdout = '';
  let stderr = '';
  return {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    env,
    cwd,
    interactive: false,
    signal: controller.signal,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    abort: () => controller.abort(),
  };
}
