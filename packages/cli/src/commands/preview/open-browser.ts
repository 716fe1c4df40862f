import { spawn } from 'node:child_process';
import type { CliIo } from '../../io.js';

/** The program that opens a URL in the default browser, by platform. */
function opener(url: string): [string, string[]] {
  if (process.platform === 'darwin') return ['open', [url]];
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}

/** Opens `url` in the default browser; when that fails, says to open it by hand. */
export function openInBrowser(url: string, io: CliIo): void {
  const [command, args] = opener(url);
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.once('error', () => io.err(`Could not open a browser: open ${url} yourself.\n`));
  child.unref();
}
