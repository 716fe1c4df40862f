import { parseCommandArgs } from '../../args.js';
import { jsonReport, textReport } from '../../check/report.js';
import { runCheck } from '../../check/run-check.js';
import { type Command, exitCodes, UsageError } from '../../command.js';
import { stylesFor } from '../../style.js';

const options = {
  format: { type: 'string' },
  strict: { type: 'boolean' },
} as const;

const help = `Usage: authmail check [dir | config.json] [--format text|json] [--strict]

Checks email templates before they reach a user, for CI: a templates folder
(<dir>/<languageTag>/<UsageType>.html, default ./templates) or a Logto
connector config (Mailgun or Resend "deliveries"; SMTP, SendGrid, SES or
Postmark "templates"). Prints one line per problem,

  file:line:col  rule  message

then a summary. Rules:
  syntax              the template does not parse or compile, or its front matter is broken
  layout              a file the templates folder cannot hold (misplaced, misnamed)
  unknown-variable    a placeholder or block the usage type's variables do not have,
                      with a "did you mean"; a root is an error, a member a warning
  unknown-usage-type  a file not named after a built-in usage type (warning;
                      its variables are not checked)
  missing-essential   a code-or-link email without {{code}} or {{link}},
                      an invitation without {{link}}
  unsafe              a placeholder in a tag or attribute name, {{{raw}}} in a URL
                      attribute, a static link that is not https
  size                a template over the 256 KB template limit, or an email whose
                      HTML, rendered with sample variables, is over Gmail's 102 KB
  html                unclosed, misnested or misplaced elements (html-validate)
  coverage            a usage type that one language has and another lacks (warning)

Options:
  --format text|json  text (default), or a JSON array of
                      { file, line, column, rule, severity, message }
  --strict            fail on warnings too
  -h, --help          this help

Examples:
  authmail check
  authmail check emails --strict
  authmail check logto-mailgun-config.json --format json

Exit codes:
  0  no errors (warnings allowed unless --strict)
  1  errors found (or warnings, with --strict)
  2  wrong usage: an unknown option, a folder or file that does not exist,
     a config with neither "deliveries" nor "templates"
`;

/** `authmail check`: every rule over a templates folder or a Logto connector config. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'check templates (a folder or a Logto connector config) for CI',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, options, 1);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') {
      throw new UsageError(`--format must be text or json, not "${format}".`);
    }
    const result = await runCheck(positionals[0] ?? 'templates', io.cwd);
    io.out(format === 'json' ? jsonReport(result) : textReport(result, stylesFor(io)));
    const errors = result.findings.some((finding) => finding.severity === 'error');
    const failed = errors || (values.strict === true && result.findings.length > 0);
    return failed ? exitCodes.failed : exitCodes.ok;
  },
};
