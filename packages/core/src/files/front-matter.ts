import { closestKey } from '../shape/option-keys.js';
import { fileSyntaxError } from './file-errors.js';
import { type FrontMatterKey, frontMatterKeys } from './template-file.js';

/** A template file split into its front matter and its body. */
export interface ParsedTemplateSource {
  /** Each key's value: the rest of its line, trimmed, one pair of surrounding quotes removed. */
  fields: Partial<Record<FrontMatterKey, string>> & { subject: string };
  /** Line (from 1) of each key. */
  fieldLines: Partial<Record<FrontMatterKey, number>>;
  /** Column (from 1) where each value starts, after an opening quote. */
  fieldColumns: Partial<Record<FrontMatterKey, number>>;
  /** The text after the closing `---` line, less one final line break. */
  body: string;
  /** Line (from 1) where the body starts. */
  bodyLine: number;
}

const fence = '---';
const keyValueLine = /^([A-Za-z][\w-]*)[ \t]*:(.*)$/s;

/**
 * Splits a template file into front matter and body:
 *
 * ```text
 * ---
 * subject: Your code is {{code}}
 * # a comment
 * replyTo: "support@example.com"
 * ---
 * <p>…</p>
 * ```
 *
 * @param file How errors name the file.
 * @throws AuthmailError `template_syntax`: `<file>:<line>:<column> <problem and fix>`.
 */
export function parseTemplateSource(source: string, file: string): ParsedTemplateSource {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lines = text.split('\n');
  if (lineText(lines[0]).trimEnd() !== fence) {
    throw fileSyntaxError(
      file,
      1,
      1,
      'the file must start with front matter: a line `---`, then `subject: …`, then a closing `---` line before the HTML.',
    );
  }
  const fields: Partial<Record<FrontMatterKey, string>> = {};
  const fieldLines: Partial<Record<FrontMatterKey, number>> = {};
  const fieldColumns: Partial<Record<FrontMatterKey, number>> = {};
  for (let index = 1; index < lines.length; index++) {
    const line = lineText(lines[index]);
    const lineNumber = index + 1;
    if (line.trimEnd() === fence) {
      if (fields.subject === undefined) {
        throw fileSyntaxError(
          file,
          lineNumber,
          1,
          'the front matter has no `subject`: add a line `subject: …` before this `---`.',
        );
      }
      return {
        fields: { ...fields, subject: fields.subject },
        fieldLines,
        fieldColumns,
        body: bodyAfter(lines, index + 1),
        bodyLine: lineNumber + 1,
      };
    }
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const entry = readEntry(line, lineNumber, file);
    if (fields[entry.key] !== undefined) {
      throw fileSyntaxError(
        file,
        lineNumber,
        entry.keyColumn,
        `\`${entry.key}\` is set twice (first on line ${fieldLines[entry.key]}): keep one.`,
      );
    }
    fields[entry.key] = entry.value;
    fieldLines[entry.key] = lineNumber;
    fieldColumns[entry.key] = entry.valueColumn;
  }
  throw fileSyntaxError(
    file,
    1,
    1,
    'the front matter opened here is never closed: add a line `---` after its last key, before the HTML.',
  );
}

interface Entry {
  key: FrontMatterKey;
  value: string;
  keyColumn: number;
  valueColumn: number;
}

/** One `key: value` line, checked. */
function readEntry(line: string, lineNumber: number, file: string): Entry {
  const keyColumn = line.length - line.trimStart().length + 1;
  const match = keyValueLine.exec(line.trim());
  if (!match && line.trimStart().startsWith('<')) {
    throw fileSyntaxError(
      file,
      lineNumber,
      keyColumn,
      'the front matter (opened on line 1) is not closed before the HTML: add a line `---` above this one.',
    );
  }
  if (!match) {
    throw fileSyntaxError(
      file,
      lineNumber,
      keyColumn,
      'expected `key: value` (subject, replyTo or sendFrom), a `# comment` or the closing `---`.',
    );
  }
  const name = match[1] ?? '';
  if (!isFrontMatterKey(name)) {
    const meant = closestKey(name, frontMatterKeys);
    const hint =
      meant === undefined
        ? `the keys are ${frontMatterKeys.join(', ')}`
        : `did you mean \`${meant}\`?`;
    throw fileSyntaxError(file, lineNumber, keyColumn, `unknown key \`${name}\`: ${hint}`);
  }
  const rawValue = match[2] ?? '';
  const colon = line.indexOf(':');
  const leading = rawValue.length - rawValue.trimStart().length;
  const trimmedValue = rawValue.trim();
  const quoted = isQuoted(trimmedValue);
  return {
    key: name,
    value: quoted ? trimmedValue.slice(1, -1) : trimmedValue,
    keyColumn,
    valueColumn: colon + 2 + leading + (quoted ? 1 : 0),
  };
}

/** Whether a value is wrapped in a pair of matching `"` or `'` (removed when read). */
export function isQuoted(value: string): boolean {
  const first = value[0];
  return value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first);
}

function isFrontMatterKey(name: string): name is FrontMatterKey {
  return (frontMatterKeys as readonly string[]).includes(name);
}

/** A line without the `\r` of a CRLF line ending. */
function lineText(line: string | undefined): string {
  return (line ?? '').replace(/\r$/, '');
}

/**
 * The lines from `start` on, joined as they were, less one final line break
 * (`\n` or `\r\n`): the one every editor adds.
 */
function bodyAfter(lines: readonly string[], start: number): string {
  const body = lines.slice(start).join('\n');
  if (body.endsWith('\r\n')) return body.slice(0, -2);
  if (body.endsWith('\n')) return body.slice(0, -1);
  return body;
}

/** The same for a whole text part file. */
export function withoutFinalLineBreak(text: string): string {
  return bodyAfter([text], 0);
}
