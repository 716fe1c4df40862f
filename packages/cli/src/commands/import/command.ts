import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isAuthmailError } from '@authmail/core';
import { writeTemplateFiles } from '@authmail/core/files';
import { parseCommandArgs } from '../../args.js';
import { type Command, exitCodes, UsageError } from '../../command.js';
import { stylesFor } from '../../style.js';
import { defaultTemplatesDir } from '../export/command.js';
import { compiledTemplates } from '../export/compiled-templates.js';
import { fileErrorText, shownPath, systemErrorCode } from '../export/file-error-text.js';
import { readLogtoRows } from './read-logto-rows.js';

const options = {
  logto: { type: 'boolean' },
  force: { type: 'boolean' },
} as const;

const help = `Usage: authmail import --logto <rows.json> [dir] [--force]

Writes Logto email template rows as template files in dir (default
./${defaultTemplatesDir}): <dir>/<languageTag>/<templateType>.html, with the
subject, replyTo and sendFrom as front matter and the content as the body,
and <templateType>.txt for a row with a details.text. rows.json is either
what Logto's GET /api/email-templates answers (an array of rows) or the
{ "templates": [...] } body of its PUT (what authmail export --logto writes).
Prints every file written, then checks that each template compiles.

Options:
  --logto            read Logto rows (the only format for now; required)
  --force            overwrite files that exist (a row without text also
                     removes its old .txt)
  -h, --help         this help

Examples:
  curl "$LOGTO_ENDPOINT/api/email-templates" -H "Authorization: Bearer $TOKEN" > rows.json
  authmail import --logto rows.json
  authmail import --logto rows.json emails/templates --force

Exit codes:
  0  written, and every template compiles
  1  nothing written (a row that cannot be kept as a file, files that exist
     without --force, rows.json not JSON) or a written template does not
     compile (named as file:line:column)
  2  wrong usage: --logto or rows.json missing, an unknown option, a rows
     file that cannot be read
`;

/** `authmail import --logto`: Logto rows JSON → templates kept as files. */
export const importCommand: Command = {
  name: 'import',
  summary: 'write Logto email template rows (JSON) as template files',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, options, 2);
    if (!values.logto) {
      throw new UsageError('say which format to read: --logto (the only one for now)');
    }
    const [rowsFile, dirArgument] = positionals;
    if (rowsFile === undefined)
      throw new UsageError('name the rows file: authmail import --logto rows.json');
    const dir = path.resolve(io.cwd, dirArgument ?? defaultTemplatesDir);
    const style = stylesFor(io);
    const report = (text: string) => io.err(`${style.red('error')} ${text}\n`);
    const rowsPath = path.resolve(io.cwd, rowsFile);
    const json = await readRowsFile(rowsPath, io.cwd);
    let written: string[];
    try {
      const rows = readLogtoRows(json, shownPath(rowsPath, io.cwd));
      written = await writeTemplateFiles(dir, rows, { overwrite: values.force === true });
    } catch (error) {
      report(importErrorText(error, io.cwd));
      return exitCodes.failed;
    }
    for (const file of written) io.out(`${style.green('wrote')} ${shownPath(file, io.cwd)}\n`);
    io.out(
      `${written.length} file${written.length === 1 ? '' : 's'} written to ${shownPath(dir, io.cwd)}\n`,
    );
    return (await compiledTemplates(dir, io)) ? exitCodes.ok : exitCodes.failed;
  },
};

/** The rows file's text; one that cannot be read is a usage mistake. */
async function readRowsFile(file: string, cwd: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${shownPath(file, cwd)} (${systemErrorCode(error)})`);
  }
}

/** The error in words; for files that exist, each on its own line and the fix. */
function importErrorText(error: unknown, cwd: string): string {
  const existing = isAuthmailError(error)
    ? (error.details as { existing?: unknown } | undefined)?.existing
    : undefined;
  if (!Array.isArray(existing)) return fileErrorText(error, cwd);
  const files = existing.map((file) => `  ${shownPath(String(file), cwd)}`);
  return [
    'these files exist already (nothing was written):',
    ...files,
    'Run again with --force to overwrite them.',
  ].join('\n');
}
