import { loadHandlebarsParser } from '#lazy-modules';
import { AuthmailError } from '../errors.js';
import { templateNestingError } from '../limits.js';
import { type CompactProgram, decodeProgram } from './compact-ast.js';
import { assertBlockNesting } from './nesting.js';
import { rewriteNumericSegments, type SourcePosition, type SourceText } from './source-map.js';

/** A parsed template: its Handlebars AST and the text it came from. */
export interface ParsedTemplate {
  program: hbs.AST.Program;
  source: SourceText;
}

/**
 * ASTs made ahead of time (the built-in emails', at build time), by the exact
 * text they were parsed from. Only ever holds what Handlebars' parser makes of
 * that text, so using one changes nothing but the time it takes.
 */
const parsedAhead = new Map<string, CompactProgram>();

/**
 * Adds `[source, compact AST]` pairs made ahead of time: {@link parseTemplate}
 * then returns the AST for exactly that source without loading the parser.
 * Each AST must be what Handlebars' parser makes of the source as
 * {@link parseTemplate} prepares it (see `builtins/parses-module.ts`).
 */
export function addParsedAhead(pairs: Iterable<readonly [string, CompactProgram]>): void {
  for (const [source, compact] of pairs) {
    if (!parsedAhead.has(source)) parsedAhead.set(source, compact);
  }
}

/**
 * Parses a template the way Handlebars does, after bracketing Logto's numeric
 * path segments.
 *
 * @throws AuthmailError `template_syntax` naming the template, line and column;
 * `invalid_config` when its blocks nest deeper than `maxTemplateNesting`.
 */
export function parseTemplate(text: string, name: string): ParsedTemplate {
  assertBlockNesting(text, name);
  const source = rewriteNumericSegments(text);
  const compact = parsedAhead.get(text);
  const ahead = compact && decodeProgram(compact, source.rewritten);
  if (ahead) return { program: ahead, source };
  try {
    // Handlebars' parser alone (compiler/base): the same `parse` as `Handlebars.parse`.
    return { program: loadHandlebarsParser().parse(source.rewritten), source };
  } catch (error) {
    if (error instanceof RangeError) throw templateNestingError(name);
    throw templateSyntaxError(name, errorPosition(error, source), describeParseError(error));
  }
}

/** A `template_syntax` error pointing at a position in the author's text. */
export function templateSyntaxError(
  name: string,
  position: SourcePosition,
  reason: string,
): AuthmailError {
  return new AuthmailError(
    'template_syntax',
    `Template "${name}" has a syntax error at line ${position.line}, column ${position.column}: ${reason}`,
    { details: { template: name, line: position.line, column: position.column, reason } },
  );
}

/** Handlebars' own exceptions carry a position; the jison parser leaves it on its lexer. */
function errorPosition(error: unknown, source: SourceText): SourcePosition {
  const { lineNumber, column } = (error ?? {}) as { lineNumber?: unknown; column?: unknown };
  if (typeof lineNumber === 'number' && typeof column === 'number') {
    return source.originalPosition(lineNumber, column);
  }
  // After a failed parse, the jison parser's lexer still points at the culprit.
  const location = loadHandlebarsParser().parser.lexer.yylloc;
  return source.originalPosition(location?.first_line ?? 1, location?.first_column ?? 0);
}

const tokenNames: Record<string, string> = {
  CLOSE: '"}}" (a placeholder needs a variable path such as {{code}})',
  CLOSE_UNESCAPED: '"}}}" (a placeholder needs a variable path such as {{{code}}})',
  SEP: '"." (a path has no empty segments)',
  NUMBER: 'number',
  INVALID: 'character',
};

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const expecting = /Expecting (.+), got '([^']+)'/.exec(message);
  if (expecting?.[2] === 'EOF') return 'the template ends inside a block: a {{/…}} is missing';
  if (expecting) return `unexpected ${tokenNames[expecting[2] ?? ''] ?? expecting[2]} here`;
  return message.split('\n')[0] ?? message;
}
