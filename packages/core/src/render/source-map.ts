/** A position in a template: line from 1, column from 1. */
export interface SourcePosition {
  line: number;
  column: number;
}

/**
 * Logto writes array indexes as plain segments (`{{ list.1 }}`), which
 * Handlebars reads as a number and refuses. Inside every `{{…}}` such a segment
 * is rewritten to Handlebars' literal form (`list.[1]`). The returned
 * `SourceText` maps positions in the rewritten text back to what the author wrote.
 */
export function rewriteNumericSegments(original: string): SourceText {
  const bracketOffsets: number[] = [];
  let rewritten = '';
  let copiedUpTo = 0;
  for (const mustache of original.matchAll(/\{\{[^}]*\}\}/g)) {
    for (const segment of mustache[0].matchAll(/(?<=[^\s.{}~&#/^>!])\.(\d+)(?=[.\s}~])/g)) {
      const digits = segment[1] ?? '';
      const digitsOffset = (mustache.index ?? 0) + (segment.index ?? 0) + 1;
      rewritten += original.slice(copiedUpTo, digitsOffset);
      bracketOffsets.push(rewritten.length);
      rewritten += `[${digits}`;
      bracketOffsets.push(rewritten.length);
      rewritten += ']';
      copiedUpTo = digitsOffset + digits.length;
    }
  }
  rewritten += original.slice(copiedUpTo);
  return new SourceText(original, rewritten, bracketOffsets);
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
    const offset = this.originalOffset(line, column);
    const before = this.original.slice(0, offset);
    const lastBreak = before.lastIndexOf('\n');
    return { line: before.split('\n').length, column: offset - lastBreak };
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
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  return starts;
}
