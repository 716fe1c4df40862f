import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../../command.js';

/** A `--vars` file that was read but holds no JSON object: named with the line and column. */
export class VariablesFileError extends Error {
  override readonly name = 'VariablesFileError';
}

/**
 * Reads the variables of `--vars <file>` (resolved against `cwd`): one JSON
 * object.
 *
 * @throws UsageError naming a file that cannot be read;
 * VariablesFileError naming a file that is not JSON (with the line and
 * column) or not an object.
 */
export async function readVariablesFile(
  file: string,
  cwd: string,
): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const reason = (error as { code?: unknown }).code === 'ENOENT' ? 'no such file' : String(error);
    throw new UsageError(`--vars ${file}: cannot read it (${reason}).`);
  }
  const value = parseJson(text, file);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new VariablesFileError(
      `--vars ${file}: must hold one JSON object of variables, like {"code": "123456"}.`,
    );
  }
  return value as Record<string, unknown>;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const { line, column } = lineAndColumn(text, jsonErrorPosition(message, text));
    throw new VariablesFileError(
      `${file}:${line}:${column}: ${jsonProblem(message)}; the --vars file must be valid JSON.`,
    );
  }
}

/** Where `JSON.parse` stopped: the position its message states, else the end of the text. */
function jsonErrorPosition(message: string, text: string): number {
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined ? text.length : Number(position);
}

/** The parser's message without the position, which the caller gives as line and column. */
function jsonProblem(message: string): string {
  return message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '')
    .replace(/^Unexpected end of JSON input$/, 'the JSON ends too early');
}

/** 1-based line and column of `position` in `text`. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
