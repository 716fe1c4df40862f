import type { AuthmailError } from '@authmail/core';
import type { CliIo } from '../../io.js';
import { stylesFor } from '../../style.js';

/** The codes of a provider (or the way to it) refusing or failing the send. */
const deliveryCodes: ReadonlySet<string> = new Set([
  'provider_rejected',
  'unauthorized',
  'rate_limited',
  'provider_unavailable',
  'timeout',
  'network',
]);

/**
 * Prints why the send failed: `error <code>: <message>`; for
 * `invalid_variables` each failed path on a line of its own and the fix;
 * for a provider's refusal whether trying again may help.
 */
export function printFailure(io: CliIo, error: AuthmailError, varsFile: string | undefined): void {
  const style = stylesFor(io);
  if (error.code !== 'invalid_variables') {
    io.err(`${style.red('error')} ${error.code}: ${error.message}\n`);
  } else {
    const { heading, issues } = variableIssues(error.message);
    io.err(`${style.red('error')} ${error.code}: ${heading}\n`);
    for (const issue of issues) io.err(`  ${issue}\n`);
    const fix =
      varsFile === undefined ? 'pass them with --vars file.json' : `fix them in ${varsFile}`;
    io.err(`  ${style.dim(`The variables must fit the usage type's schema: ${fix}.`)}\n`);
  }
  if (deliveryCodes.has(error.code)) {
    const advice = error.retryable
      ? 'retryable: the same send may succeed later'
      : 'not retryable: sending it again will fail the same way';
    io.err(`  ${style.dim(advice)}\n`);
  }
}

/**
 * `Invalid variables for SignIn: a: …; b.c: …` as its heading and one
 * `path: problem` line a path (the whole message when it has another shape).
 */
function variableIssues(message: string): { heading: string; issues: string[] } {
  const split = /^(Invalid variables for [^:]+:) (.*)$/s.exec(message);
  if (!split?.[1] || !split[2]) return { heading: message, issues: [] };
  return { heading: split[1], issues: split[2].split(/; (?=[\w$.[\]()-]+: )/) };
}
