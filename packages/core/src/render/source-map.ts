import { compileWork, countedIndexOf } from './work-meter.js';

/** A position in a template: line from 1, column from 1. */
export interface SourcePosition {
  line: number;
  column: number;
}

/**
 * Prepares a template for Handlebars' parser, keeping every position:
 *
 * - Logto writes array indexes as plain segments (`{{ list.1 }}`), which
 *   Handlebars reads as a number and refuses. Inside every `{{…}}` such a
 *   segment is rewritten to Handlebars' literal form (`list.[1]`).
 * - Handlebars' lexer copies the whole rest of the template for every
 *   `{{!-- … --}}` comment it meets (quadratic: ten seconds for 256 KiB of
 *   them). Each is turned into the short form, `{{!` and spaces, line breaks
 *   kept, which it reads in one step; comments render nothing either way.
 *
 * The returned `SourceText` maps positions in the rewritten text back to what
 * the author wrote.
 */
export function rewriteNumericSegments(original: string): SourceText {
  const bracketOffsets: number[] = [];
  let rewritten = '';
  let copiedUpTo = 0;
  for (const [start, end, kind] of mustaches(original)) {
    const mustache = original.slice(start, end);
    compileWork.characters += mustache.length;
    rewritten += original.slice(copiedUpTo, start);
    copiedUpTo = end;
    if (kind === 'comment') {
      rewritten += shortComment(mustache);
      continue;
    }
    let copied = 0;
    for (const segment of mustache.matchAll(/(?<=[^\s.{}~&#/^>!])\.(\d+)(?=[.\s}~])/g)) {
      const digits = segment[1] ?? '';
      const digitsOffset = (segment.index ?? 0) + 1;
      rewritten += mustache.slice(copied, digitsOffset);
      bracketOffsets.push(rewritten.length);
      rewritten += `[${digits}`;
      bracketOffsets.push(rewritten.length);
      rewritten += ']';
      copied = digitsOffset + digits.length;
    }
    rewritten += mustache.slice(copied);
  }
  rewritten += original.slice(copiedUpTo);
  return new SourceText(original, rewritten, bracketOffsets);
}

/** `{{!-- a }} b --}}` → `{{!      b   }}`: same length and lines, no `}}` inside. */
function shortComment(comment: string): string {
  const bang = comment.indexOf('!');
  const close = comment.endsWith('~}}') ? comment.length - 3 : comment.length - 2;
  const inside = comment.slice(bang + 1, close).replace(/[^\r\n]/g, ' ');
  return `${comment.slice(0, bang + 1)}${inside}${comment.slice(close)}`;
}

type MustacheKind = 'mustache' | 'comment';

/**
 * Every `{{…}}` as Handlebars' lexer meets it, in one pass: `{{!-- … --}}`
 * comments up to the first `--}}`, else up to the first `}}` with no `}`
 * inside (as `/\{\{[^}]*\}\}/g` finds them; that regex itself retries from
 * every `{{` up to the next `}`: quadratic on a run of `{{` that never
 * closes, so the search goes on after that `}`). A `{{` escaped as `\{{` is text.
 */
function* mustaches(text: string): Generator<[number, number, MustacheKind]> {
  let open = countedIndexOf(text, '{{', 0);
  while (open !== -1) {
    if (text[open - 1] === '\\' && text[open - 2] !== '\\') {
      open = countedIndexOf(text, '{{', open + 2);
      continue;
    }
    const commentEnd = longCommentEnd(text, open);
    if (commentEnd !== undefined) {
      if (commentEnd === -1) return;
      yield [open, commentEnd, 'comment'];
      open = countedIndexOf(text, '{{', commentEnd);
      continue;
    }
    const close = countedIndexOf(text, '}', open + 2);
    if (close === -1) return;
    if (text[close + 1] === '}') {
      yield [open, close + 2, 'mustache'];
      open = countedIndexOf(text, '{{', close + 2);
    } else {
      open = countedIndexOf(text, '{{', close + 1);
    }
  }
}

/**
 * Where the `{{!-- … --}}` comment opening at `open` ends (after its `}}`),
 * `-1` when it never does, `undefined` when none opens there.
 */
function longCommentEnd(text: string, open: number): number | undefined {
  const bang = text[open + 2] === '~' ? open + 3 : open + 2;
  if (!text.startsWith('!--', bang)) return undefined;
  for (let dashes = countedIndexOf(text, '--', bang + 1); dashes !== -1; ) {
    const after = text[dashes + 2] === '~' ? dashes + 3 : dashes + 2;
    if (text.startsWith('}}', after)) return after + 2;
    dashes = countedIndexOf(text, '--', dashes + 1);
  }
  return -1;
}

/** A template's text as written and as handed to the Handlebars parser. */
export class SourceText {
  readonly #rewrittenLineStarts: number[];

  constructor(
    /** The template as its author wrote it. */
    readonly original: string,
    /** The same template with numeric segments bracketed. */
    readonly rewritten: string,
    /** Offsets in `rewritten` of the bracket characters the rewrite added. */
    private readonly bracketOffsets: readonly number[],
  ) {
    this.#rewrittenLineStarts = lineStarts(rewritten);
  }

  /** Author's offset for a 1-based line and 0-based column of the rewritten text. */
  originalOffset(line: number, column: number): number {
    const rewrittenOffset = (this.#rewrittenLineStarts[line - 1] ?? this.rewritten.length) + column;
    return rewrittenOffset - countBelow(this.bracketOffsets, rewrittenOffset);
  }

  /** The author's text between two rewritten-text positions (Handlebars `loc`). */
  originalSlice(start: HandlebarsPosition, end: HandlebarsPosition): string {
    return this.original.slice(
      this.originalOffset(start.line, start.column),
      this.originalOffset(end.line, end.column),
    );
  }

  /** The author's line and column (both from 1) for a rewritten-text position. */
  originalPosition(line: number, column: number): SourcePosition {
    return this.positionAt(this.originalOffset(line, column));
  }

  /** The author's line and column (both from 1) for an offset in the author's text. */
  positionAt(offset: number): SourcePosition {
    let line = 1;
    let lineStart = 0;
    for (let at = countedIndexOf(this.original, '\n', 0); at !== -1 && at < offset; ) {
      line += 1;
      lineStart = at + 1;
      at = countedIndexOf(this.original, '\n', at + 1);
    }
    return { line, column: offset - lineStart + 1 };
  }
}

/** A Handlebars AST position: line from 1, column from 0. */
export interface HandlebarsPosition {
  line: number;
  column: number;
}

/** How many of the ascending `offsets` are below `limit` (binary search: templates may have thousands). */
function countBelow(offsets: readonly number[], limit: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((offsets[middle] ?? limit) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (
    let index = countedIndexOf(text, '\n', 0);
    index !== -1;
    index = countedIndexOf(text, '\n', index + 1)
  ) {
    starts.push(index + 1);
  }
  return starts;
}
