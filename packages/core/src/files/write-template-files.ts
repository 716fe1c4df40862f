import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AuthmailError } from '../errors.js';
import { checkOptionKeys } from '../shape/option-keys.js';
import type { EmailTemplateRow } from '../template-store.js';
import { isQuoted } from './front-matter.js';
import {
  canonicalLanguageTag,
  compareNames,
  htmlExtension,
  isLanguageTag,
  isUsageTypeName,
  textExtension,
} from './path-names.js';

/** Options for {@link writeTemplateFiles}. */
export interface WriteTemplateFilesOptions {
  /**
   * Replace files that exist (and remove a `.txt` text part a row no longer
   * has). Default `false`: nothing is written when any target file exists.
   */
  overwrite?: boolean;
}

/** What each row's `details` may hold to be kept as files. */
const detailKeys = ['subject', 'content', 'contentType', 'text', 'replyTo', 'sendFrom'];

/** A row checked and turned into the files that keep it. */
interface PlannedTemplate {
  htmlPath: string;
  html: string;
  textPath: string;
  text: string | undefined;
}

/**
 * Writes Logto-shaped template rows as files, in the layout
 * {@link readTemplateFiles} reads back to the same details:
 * `<dir>/<languageTag>/<templateType>.html` (front matter, then `content`)
 * and `<templateType>.txt` for a row with a `text` part. Every row is
 * checked before anything is written.
 *
 * @returns The absolute paths written, ordered by language tag, then usage type.
 * @throws AuthmailError `invalid_config` naming the row for a `languageTag`
 * that is not a BCP 47 tag or a `templateType` that is not a usage type name
 * (so neither can leave `dir`), a header with a line break, a
 * `contentType` other than `text/html`, `partials`, two rows for one
 * template; naming the files when some exist and `overwrite` is not set.
 * @example
 * ```ts
 * await writeTemplateFiles('templates', [
 *   { languageTag: 'de', templateType: 'SignIn', details: { subject: 'Ihr Code: {{code}}', content: '<p>{{code}}</p>' } },
 * ]);
 * ```
 */
export async function writeTemplateFiles(
  dir: string,
  rows: readonly EmailTemplateRow[],
  options: WriteTemplateFilesOptions = {},
): Promise<string[]> {
  const root = path.resolve(dir);
  const planned = planTemplates(root, rows);
  if (!options.overwrite) await refuseExisting(planned);
  for (const template of planned) {
    await mkdir(path.dirname(template.htmlPath), { recursive: true });
    await writeFile(template.htmlPath, template.html);
    if (template.text !== undefined) await writeFile(template.textPath, template.text);
    else if (options.overwrite) await rm(template.textPath, { force: true });
  }
  return planned.flatMap((template) =>
    template.text === undefined ? [template.htmlPath] : [template.htmlPath, template.textPath],
  );
}

/** Every row checked and laid out, sorted by language tag, then usage type. */
function planTemplates(root: string, rows: readonly EmailTemplateRow[]): PlannedTemplate[] {
  const seen = new Map<string, string>();
  const named = rows.map((row) => ({ row, name: checkRowPath(row) }));
  named.sort(
    (a, b) =>
      compareNames(a.row.languageTag, b.row.languageTag) ||
      compareNames(a.row.templateType, b.row.templateType),
  );
  return named.map(({ row, name }) => {
    const key = `${canonicalLanguageTag(row.languageTag)}/${row.templateType}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new AuthmailError(
        'invalid_config',
        `Template ${name} is given twice (also as ${earlier}): keep one row per language and usage type.`,
      );
    }
    seen.set(key, name);
    const base = path.join(root, row.languageTag, row.templateType);
    const text = checkRowDetails(row, name);
    return {
      htmlPath: `${base}${htmlExtension}`,
      html: templateFileText(row, name),
      textPath: `${base}${textExtension}`,
      text: text === undefined ? undefined : withFinalLineBreak(text),
    };
  });
}

/** Refuses a row whose tag or type is not a safe folder or file name; its name for messages. */
function checkRowPath(row: EmailTemplateRow): string {
  if (typeof row !== 'object' || row === null) {
    throw new AuthmailError(
      'invalid_config',
      'Every template row must be an object: { languageTag, templateType, details }.',
    );
  }
  const { languageTag, templateType } = row;
  const name = `${JSON.stringify(languageTag)}/${JSON.stringify(templateType)}`;
  if (typeof languageTag !== 'string' || !isLanguageTag(languageTag)) {
    throw new AuthmailError(
      'invalid_config',
      `Template ${name}: languageTag must be a BCP 47 language tag (\`en\`, \`pt-BR\`); it names a folder.`,
    );
  }
  if (typeof templateType !== 'string' || !isUsageTypeName(templateType)) {
    throw new AuthmailError(
      'invalid_config',
      `Template ${name}: templateType must be letters, digits and _, starting with a letter (\`SignIn\`); it names a file.`,
    );
  }
  return `${languageTag}/${templateType}`;
}

/** Checks what the files can keep; the text part, if any. */
function checkRowDetails(row: EmailTemplateRow, name: string): string | undefined {
  const { details } = row;
  if (typeof details !== 'object' || details === null) {
    throw new AuthmailError('invalid_config', `Template ${name}: details must be an object.`);
  }
  checkOptionKeys(details, detailKeys, `template ${name}`, 'details');
  if ((details.contentType ?? 'text/html') !== 'text/html') {
    throw new AuthmailError(
      'invalid_config',
      `Template ${name}: details.contentType ${JSON.stringify(details.contentType)} cannot be kept as a file: only text/html templates can.`,
    );
  }
  checkString(details.content, `${name}: details.content`);
  if (details.text !== undefined) checkString(details.text, `${name}: details.text`);
  return details.text;
}

/** The `.html` file: front matter, then the content and a final line break. */
function templateFileText(row: EmailTemplateRow, name: string): string {
  const { subject, replyTo, sendFrom, content } = row.details;
  const lines = ['---', `subject: ${frontMatterValue(subject, `${name}: details.subject`)}`];
  if (replyTo !== undefined) {
    lines.push(`replyTo: ${frontMatterValue(replyTo, `${name}: details.replyTo`)}`);
  }
  if (sendFrom !== undefined) {
    lines.push(`sendFrom: ${frontMatterValue(sendFrom, `${name}: details.sendFrom`)}`);
  }
  lines.push('---', withFinalLineBreak(content));
  return lines.join('\n');
}

/**
 * A front-matter value that reads back as itself: in double quotes when it
 * is empty, has spaces at either end, starts with `#` or is itself wrapped
 * in quotes (the reader removes one pair).
 */
function frontMatterValue(value: unknown, what: string): string {
  checkString(value, what);
  if (/[\r\n]/.test(value)) {
    throw new AuthmailError(
      'invalid_config',
      `Template ${what} has a line break: a header is one line; remove it.`,
    );
  }
  const needsQuotes =
    value === '' || value !== value.trim() || value.startsWith('#') || isQuoted(value);
  return needsQuotes ? `"${value}"` : value;
}

function checkString(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new AuthmailError('invalid_config', `Template ${what} must be a string.`);
  }
}

/**
 * The text and the line break the reader removes: `\r\n` after a final
 * `\r` (so that `\r` survives), else `\n`.
 */
function withFinalLineBreak(text: string): string {
  return text.endsWith('\r') ? `${text}\r\n` : `${text}\n`;
}

/** Refuses to write when any target file exists, naming them all. */
async function refuseExisting(planned: readonly PlannedTemplate[]): Promise<void> {
  const targets = planned.flatMap((template) =>
    template.text === undefined ? [template.htmlPath] : [template.htmlPath, template.textPath],
  );
  const existing: string[] = [];
  for (const target of targets) {
    if (await exists(target)) existing.push(target);
  }
  if (existing.length === 0) return;
  throw new AuthmailError(
    'invalid_config',
    `These files exist already: ${existing.join(', ')}. Move them away, or overwrite them (\`overwrite: true\`, \`--force\`).`,
    { details: { existing } },
  );
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
