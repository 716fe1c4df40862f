import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { isAuthmailError } from '@authmail/core';
import { parseCommandArgs } from '../../args.js';
import { type Command, exitCodes, UsageError } from '../../command.js';
import type { CliIo } from '../../io.js';
import { fileTemplateSource, noTemplateSource } from '../../preview/file-source.js';
import type { TestSendTarget } from '../../preview/send-test.js';
import { startPreviewServer } from '../../preview/server.js';
import { stylesFor } from '../../style.js';
import { closeTransport } from '../../transport/close-transport.js';
import { emailSettingsFromEnv } from '../../transport/index.js';
import { openInBrowser } from './open-browser.js';

const options = {
  port: { type: 'string' },
  host: { type: 'string' },
  open: { type: 'boolean' },
} as const;

/** The folder previewed when none is given. */
const defaultDir = 'templates';

/** The sender the page shows (and test sends use) when `AUTHMAIL_FROM` names none. */
export const previewSender = 'Acme Notes <no-reply@acme.example>';

const help = `Usage: authmail preview [dir] [--port 3000] [--host 127.0.0.1] [--open]

Serves a live preview of your email templates on a local web page: pick a
usage type, a language and the variables (realistic defaults, editable as
JSON and checked against the usage type's schema), and see the email as it
is sent: 600 and 375 px wide, light and dark, its plain-text part, subject
and headers, and its size against Gmail's 102 KB clipping limit. The page
reloads when a template file changes, and "Send test" sends the email
through the transport the environment names (the local outbox by default).

dir holds one file per language and usage type, <dir>/<language>/<UsageType>.html
(default ./templates); the built-in templates fill in the rest, as in a
mailer created with builtins: true.

Options:
  --port <number>   the port to listen on (default 3000; 0 picks a free one)
  --host <address>  the address to listen on (default 127.0.0.1: this machine
                    only; 0.0.0.0 opens the page and its test sends to your network)
  --open            open the page in your browser
  -h, --help        this help

Environment (for "Send test"):
  AUTHMAIL_PROVIDER     outbox (default), mailgun, sendgrid, smtp, resend, ses or postmark
  AUTHMAIL_OUTBOX_DIR   the outbox folder (default ./outbox)
  AUTHMAIL_FROM         the sender (default ${previewSender})
  and the chosen provider's own variables: see the README of @authmail/cli.

Examples:
  authmail preview
  authmail preview emails --port 4000 --open

Stop it with Ctrl-C.

Exit codes:
  0  stopped with Ctrl-C
  1  the server could not start (the port is in use, say)
  2  wrong usage: an unknown option, a bad --port, a folder that does not exist
`;

/** `authmail preview`: the live preview page. */
export const previewCommand: Command = {
  name: 'preview',
  summary: 'live preview of every usage type and language, light and dark, with test sends',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, options, 1);
    const port = portOption(values.port);
    const host = values.host ?? '127.0.0.1';
    const dir = resolve(io.cwd, positionals[0] ?? defaultDir);
    const shownDir = relative(io.cwd, dir) || '.';
    const templates = templateSourceFor(dir, shownDir, positionals[0] !== undefined, io);
    const testSends = await testSendTarget(io);
    const server = await startPreviewServer({
      templates,
      from: io.env.AUTHMAIL_FROM?.trim() || previewSender,
      testSends,
      host,
      port,
    });
    const style = stylesFor(io);
    io.out(`${style.bold('authmail preview')} of ${shownDir} at ${style.cyan(server.url)}\n`);
    io.out(style.dim('Press Ctrl-C to stop.\n'));
    if (values.open) openInBrowser(server.url, io);
    await aborted(io.signal);
    await server.close();
    if ('transport' in testSends) closeTransport(testSends.transport);
    io.out('Preview stopped.\n');
    return exitCodes.ok;
  },
};

function portOption(value: string | undefined): number {
  if (value === undefined) return 3000;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${value}".`);
  }
  return port;
}

/**
 * The folder's templates; with no folder given and no `./templates`, the
 * built-ins alone (said so). A folder given that does not exist is a usage
 * mistake.
 */
function templateSourceFor(dir: string, shownDir: string, given: boolean, io: CliIo) {
  if (existsSync(dir)) return fileTemplateSource(dir, io.cwd);
  if (given) {
    throw new UsageError(
      `${shownDir}: no such folder. Pass the folder that holds <language>/<UsageType>.html files.`,
    );
  }
  io.err(
    `No ${shownDir} folder here: showing the built-in templates. Add yours as ${shownDir}/<language>/<UsageType>.html (templates/en/SignIn.html) and restart.\n`,
  );
  return noTemplateSource();
}

/** The transport test sends go through, or why the environment gives none (the preview runs either way). */
async function testSendTarget(io: CliIo): Promise<TestSendTarget> {
  try {
    const settings = await emailSettingsFromEnv(io.env, { cwd: io.cwd });
    if (settings.destination !== 'outbox' && settings.from === undefined) {
      closeTransport(settings.transport);
      const problem = `set AUTHMAIL_FROM to a sender your ${settings.destination} account may send from, like "Acme <no-reply@mail.acme.com>", and restart.`;
      io.err(`Test sends are off: ${problem}\n`);
      return { problem };
    }
    const destination =
      settings.destination === 'outbox'
        ? `the outbox in ${relative(io.cwd, settings.outboxDir ?? '') || '.'}`
        : settings.destination;
    return { transport: settings.transport, destination };
  } catch (error) {
    if (!isAuthmailError(error)) throw error;
    io.err(`Test sends are off: ${error.message}\n`);
    return { problem: error.message };
  }
}

function aborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) =>
    signal.addEventListener('abort', () => resolve(), { once: true }),
  );
}
