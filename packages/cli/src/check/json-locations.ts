import type { Place } from './finding.js';

/** A key of an object or an index of an array, from the document's root. */
export type JsonPath = readonly (string | number)[];

/**
 * Where each value of a JSON document starts, so findings about a config
 * can point at `config.json:<line>:<column>`, inside template strings too.
 * Reads a document that `JSON.parse` accepted.
 */
export class JsonLocations {
  readonly #starts = new Map<string, number>();
  readonly #lineStarts: number[];

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.#lineStarts = lineStarts(text);
    this.#value(0, []);
  }

  /** Where the value at `path` starts (its `{`, `[` or opening quote). */
  place(path: JsonPath): Place {
    const start = this.#starts.get(key(path));
    return start === undefined ? { file: this.file } : this.#placeAt(start);
  }

  /**
   * For the string at `path`: the place of a line and column (from 1) of its
   * decoded value, escapes (`\n`, `\"`, `\u00e9`) counted as written.
   */
  stringPlace(path: JsonPath): (line: number, column: number) => Place {
    const quote = this.#starts.get(key(path));
    if (quote === undefined || this.text[quote] !== '"') return () => ({ file: this.file });
    const rawOffsets: number[] = [];
    const valueLineStarts = [0];
    let at = quote + 1;
    while (at < this.text.length && this.text[at] !== '"') {
      const escaped = this.text[at] === '\\';
      if (escaped && this.text[at + 1] === 'n') valueLineStarts.push(rawOffsets.length + 1);
      rawOffsets.push(at);
      at += !escaped ? 1 : this.text[at + 1] === 'u' ? 6 : 2;
    }
    rawOffsets.push(at);
    return (line, column) => {
      const index = (valueLineStarts[line - 1] ?? 0) + column - 1;
      return this.#placeAt(rawOffsets[Math.min(index, rawOffsets.length - 1)] ?? quote);
    };
  }

  #placeAt(offset: number): Place {
    let line = this.#lineStarts.length;
    while (line > 1 && (this.#lineStarts[line - 1] ?? 0) > offset) line -= 1;
    return { file: this.file, line, column: offset - (this.#lineStarts[line - 1] ?? 0) + 1 };
  }

  /** Records the value starting at or after `from`; returns the offset after it. */
  #value(from: number, path: JsonPath): number {
    const start = skipSpace(this.text, from);
    this.#starts.set(key(path), start);
    const opening = this.text[start];
    if (opening === '"') return stringEnd(this.text, start);
    if (opening === '{') return this.#members(start, path, '}');
    if (opening === '[') return this.#members(start, path, ']');
    let end = start;
    while (end < this.text.length && !/[\s,\]}]/.test(this.text[end] ?? '')) end += 1;
    return end;
  }

  /** An object's members or an array's elements, after the opening bracket at `start`. */
  #members(start: number, path: JsonPath, closing: '}' | ']'): number {
    let at = skipSpace(this.text, start + 1);
    for (let index = 0; this.text[at] !== closing && at < this.text.length; index++) {
      let name: string | number = index;
      if (closing === '}') {
        const keyEnd = stringEnd(this.text, at);
        name = JSON.parse(this.text.slice(at, keyEnd)) as string;
        at = skipSpace(this.text, keyEnd) + 1; // past the `:`
      }
      at = skipSpace(this.text, this.#value(at, [...path, name]));
      if (this.text[at] === ',') at = skipSpace(this.text, at + 1);
    }
    return at + 1;
  }
}

function key(path: JsonPath): string {
  return JSON.stringify(path);
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at] ?? '')) at += 1;
  return at;
}

/** The offset after the string whose opening quote is at `start`. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
  return at + 1;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}
