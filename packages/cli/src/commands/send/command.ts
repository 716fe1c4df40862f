import { createMailer, isAuthmailError, type SendResult, type VariablesOf } from '@authmail/core';
import { sampleVariables } from '@authmail/core/tooling';
import { parseCommandArgs } from '../../args.js';
import { type Command, exitCodes, UsageError } from '../../command.js';
import type { CliIo } from '../../io.js';
import { stylesFor } from '../../style.js';
import { closeTransport } from '../../transport/close-transport.js';
import { type EmailSettings, emailSettingsFromEnv } from '../../transport/index.js';
import { type LoadedTemplates, loadTemplates } from './load-templates.js';
import { printFailure } from './print-failure.js';
import { printReceipt } from './print-receipt.js';
import { readVariablesFile, VariablesFileError } from './read-variables.js';
import { recordReceipts } from './receipt-recorder.js';
import { usageTypeOption } from './usage-type-option.js';

const options = {
  to: { type: 'string' },
  'usage-type': { type: 'string' },
  language: { type: 'string' },
  vars: { type: 'string' },
  templates: { type: 'string' },
  from: { type: 'string' },
} as const;

/** The sender of outbox emails when neither `--from` nor `AUTHMAIL_FROM` names one. */
const outboxFrom = 'authmail test <no-reply@example.com>';

const help = `Usage: authmail send --to <address> --usage-type <UsageType> [options]

Sends one email through the transport the environment names (the local
outbox by default) and prints the receipt: message id, provider, template,
language and subject; for the outbox, the file to open.

Options:
  --to <address>          the recipient, ann@example.com or "Ann <ann@example.com>"
  --usage-type <type>     SignIn, Register, ForgotPassword, OrganizationInvitation, Welcome, …
  --language <tag>        the language to send in (de, pt-BR…); falls back like a
                          real send when no template has it (default en)
  --vars <file.json>      the variables, one JSON object (default: realistic sample
                          variables for the usage type)
  --templates <dir>       your templates, <dir>/<language>/<UsageType>.html; the
                          built-in templates fill in the rest
  --from <sender>         "Name <address>" (default AUTHMAIL_FROM; for the outbox,
                          ${outboxFrom})
  -h, --help              this help

Environment:
  AUTHMAIL_PROVIDER       outbox (default), mailgun, sendgrid, smtp, resend, ses or postmark
  AUTHMAIL_OUTBOX_DIR     the outbox folder (default ./outbox)
  AUTHMAIL_FROM           the sender
  and the chosen provider's own variables (MAILGUN_API_KEY, SMTP_HOST, …): see
  the README of @authmail/cli. A provider's package must be installed
  (npm install @authmail/mailgun).

Examples:
  authmail send --to ann@example.com --usage-type SignIn
  authmail send --to ann@example.com --usage-type SignIn --language de --templates templates
  AUTHMAIL_PROVIDER=mailgun MAILGUN_API_KEY=… MAILGUN_DOMAIN=mg.acme.com \\
    authmail send --to ann@example.com --usage-type OrganizationInvitation \\
    --vars invitation.json --from "Acme <no-reply@mg.acme.com>"

Exit codes:
  0  sent
  1  not sent: the error's code and message (invalid_variables lists the
     paths; a provider's refusal says whether trying again may help), or a
     --vars file that is not JSON (named as file:line:column)
  2  wrong usage: an unknown option or usage type, a missing --to, a --vars
     file that cannot be read
`;

/** What `authmail send` was asked to send. */
interface SendArgs {
  to: string;
  usageType: ReturnType<typeof usageTypeOption>;
  language: string | undefined;
  varsFile: string | undefined;
  templatesDir: string | undefined;
  from: string | undefined;
}

/** `authmail send`: one email through the transport the environment names, with its receipt. */
export const sendCommand: Command = {
  name: 'send',
  summary: 'send one email through the configured provider (the local outbox by default)',
  help,
  async run(args, io) {
    const sendArgs = parseSendArgs(args);
    try {
      const variables = sendArgs.varsFile
        ? await readVariablesFile(sendArgs.varsFile, io.cwd)
        : sampleVariables(sendArgs.usageType);
      const settings = await emailSettingsFromEnv(io.env, { cwd: io.cwd });
      try {
        return await send(io, sendArgs, settings, variables);
      } finally {
        closeTransport(settings.transport);
      }
    } catch (error) {
      if (error instanceof VariablesFileError) {
        io.err(`${stylesFor(io).red('error')} ${error.message}\n`);
      } else if (isAuthmailError(error)) {
        printFailure(io, error, sendArgs.varsFile);
      } else {
        throw error;
      }
      return exitCodes.failed;
    }
  },
};

function parseSendArgs(args: readonly string[]): SendArgs {
  const { values } = parseCommandArgs(args, options, 0);
  if (values.to === undefined) throw new UsageError('--to <address> is required.');
  if (values['usage-type'] === undefined) {
    throw new UsageError('--usage-type <UsageType> is required (SignIn, for instance).');
  }
  return {
    to: values.to,
    usageType: usageTypeOption(values['usage-type']),
    language: values.language,
    varsFile: values.vars,
    templatesDir: values.templates,
    from: values.from,
  };
}

async function send(
  io: CliIo,
  args: SendArgs,
  settings: EmailSettings,
  variables: unknown,
): Promise<number> {
  const from = senderOf(args, settings);
  const templates = args.templatesDir ? await loadTemplates(args.templatesDir, io.cwd) : undefined;
  const recorder = recordReceipts(settings.transport);
  const mailer = createMailer({
    transport: recorder.transport,
    from,
    builtins: true,
    ...(templates ? { templates: templates.store } : {}),
  });
  if (io.interactive) {
    const style = stylesFor(io);
    io.out(style.dim(`Sending ${args.usageType} to ${args.to} through ${settings.destination}…\n`));
  }
  const result = await mailer.send(
    {
      to: args.to,
      usageType: args.usageType,
      variables: variables as VariablesOf<typeof args.usageType>,
      ...(args.language === undefined ? {} : { locale: args.language }),
    },
    { signal: io.signal },
  );
  printReceipt(io, {
    to: args.to,
    result,
    receipt: recorder.receipts.at(-1),
    askedLanguage: args.language,
    templateFile: templateFileOf(templates, result),
  });
  return exitCodes.ok;
}

/** The file of `--templates` the email was rendered from, when it came from there. */
function templateFileOf(
  templates: LoadedTemplates | undefined,
  result: SendResult,
): string | undefined {
  if (result.templateSource !== 'store') return undefined;
  return templates?.fileOf(result.languageTag, result.templateUsageType);
}

/** `--from`, else `AUTHMAIL_FROM`, else (for the outbox only) a placeholder. */
function senderOf(args: SendArgs, settings: EmailSettings): string {
  const from = args.from ?? settings.from;
  if (from !== undefined) return from;
  if (settings.destination === 'outbox') return outboxFrom;
  throw new UsageError(
    `--from or AUTHMAIL_FROM is required when AUTHMAIL_PROVIDER=${settings.destination}: a sender your ${settings.destination} account may send from, like "Acme <no-reply@mail.acme.com>".`,
  );
}
