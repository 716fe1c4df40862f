import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCommandArgs } from '../../args.js';
import { type Command, exitCodes, UsageError } from '../../command.js';
import { stylesFor } from '../../style.js';
import { compiledTemplates } from './compiled-templates.js';
import { shownPath, systemErrorCode } from './file-error-text.js';
import { type LogtoTemplatesBody, logtoRows } from './logto-rows.js';

const options = {
  logto: { type: 'boolean' },
  out: { type: 'string' },
} as const;

/** Where templates kept as files live when no folder is named. */
export const defaultTemplatesDir = 'templates';

const help = `Usage: authmail export --logto [dir] [--out rows.json]

Reads the templates kept as files in dir (default ./${defaultTemplatesDir}),
<dir>/<languageTag>/<UsageType>.html with front matter and an optional
<UsageType>.txt beside it, checks that every one compiles, and writes them
as the body of Logto's Management API call PUT /api/email-templates:

  { "templates": [ { "languageTag": "de", "templateType": "SignIn",
                     "details": { "subject": …, "content": …, "contentType": "text/html" } } ] }

A hand-written text part is written as details.text: authmail's stores read
it, Logto drops it (its details have no text).

Options:
  --logto            write Logto rows (the only format for now; required)
  --out <file>       write the JSON to this file instead of standard output
  -h, --help         this help

Examples:
  authmail export --logto > rows.json
  authmail export --logto emails/templates --out rows.json
  curl -X PUT "$LOGTO_ENDPOINT/api/email-templates" \\
    -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \\
    --data @rows.json

Exit codes:
  0  written
  1  a template does not read or compile (each named as file:line:column
     with the fix), or the folder holds no templates
  2  wrong usage: --logto missing, an unknown option, an --out file that
     cannot be written
`;

/** `authmail export --logto`: templates kept as files → Logto rows JSON. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'write templates kept as files as Logto email template rows (JSON)',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, options, 1);
    if (!values.logto) {
      throw new UsageError('say which format to write: --logto (the only one for now)');
    }
    const dir = path.resolve(io.cwd, positionals[0] ?? defaultTemplatesDir);
    const files = await compiledTemplates(dir, io);
    if (files === undefined) return exitCodes.failed;
    const style = stylesFor(io);
    if (files.length === 0) {
      io.err(
        `${style.red('error')} ${shownPath(dir, io.cwd)} holds no templates: add <languageTag>/<UsageType>.html files (de/SignIn.html).\n`,
      );
      return exitCodes.failed;
    }
    const body: LogtoTemplatesBody = { templates: logtoRows(files) };
    const json = `${JSON.stringify(body, null, 2)}\n`;
    if (values.out === undefined) {
      io.out(json);
      return exitCodes.ok;
    }
    const out = path.resolve(io.cwd, values.out);
    await writeOut(out, json);
    io.out(
      `${style.green('wrote')} ${files.length} template${files.length === 1 ? '' : 's'} to ${shownPath(out, io.cwd)}\n`,
    );
    return exitCodes.ok;
  },
};

async function writeOut(out: string, json: string): Promise<void> {
  try {
    await writeFile(out, json);
  } catch (error) {
    throw new UsageError(`cannot write ${out} (${systemErrorCode(error)})`);
  }
}
