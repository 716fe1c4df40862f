/**
 * A compact, JSON-safe form of the Handlebars ASTs the renderer compiles, for
 * templates parsed ahead of time (the built-in emails', at build time). It
 * keeps exactly what `compile-ast.ts` reads: node types, positions (as
 * offsets into the parsed text), placeholder paths, escaping, and blocks'
 * programs. Text is never stored: content is a range of the parsed text, so
 * the form is tied to that text and checked against its length.
 */

/**
 * A path: its text when that is all there is to it (`application.name`),
 * else `[original, depth, data (0 or 1), ...parts]`.
 */
type CompactPath = string | [original: string, depth: number, data: number, ...parts: string[]];

/**
 * A statement: `[kind, start, end, ...]`, offsets into the parsed text.
 * Content: `[0, start, end]`, or `[0, start, end, valueStart, valueEnd]` when
 * whitespace control trimmed it; placeholder:
 * `[1, start, end, escaped, path]`; block: `[2, start, end, helper, subject,
 * body, inverse or 0]`; partial: `[3, start, end, name]`; comment: `[4, start, end]`.
 */
type CompactStatement =
  | [0, number, number]
  | [0, number, number, number, number]
  | [1, number, number, number, CompactPath]
  | [2, number, number, CompactPath, CompactPath, CompactStatement[], CompactStatement[] | 0]
  | [3, number, number, CompactPath]
  | [4, number, number];

/** A template's AST: the length of the text it was parsed from, and its statements. */
export type CompactProgram = [length: number, body: CompactStatement[]];

/** Offsets of the starts of each line of `text` (line 1 first). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    starts.push(at + 1);
  }
  return starts;
}

/**
 * The compact form of `program`, parsed by Handlebars from `text`.
 *
 * @throws Error for anything the built-in emails do not use (parameters
 * beyond a block's subject, hashes, block parameters, literal values).
 */
export function encodeProgram(program: hbs.AST.Program, text: string): CompactProgram {
  const starts = lineStarts(text);
  const offset = (position: hbs.AST.Position) => (starts[position.line - 1] ?? 0) + position.column;
  const path = (node: hbs.AST.Node): CompactPath => {
    if (node.type !== 'PathExpression') throw new Error(`cannot encode ${node.type}`);
    const { original, depth, data, parts } = node as hbs.AST.PathExpression;
    const plain = depth === 0 && !data && parts.join('.') === original;
    return plain ? original : [original, depth, data ? 1 : 0, ...parts];
  };
  const statement = (node: hbs.AST.Statement): CompactStatement => {
    const start = offset(node.loc.start);
    const end = offset(node.loc.end);
    const extra = node as Partial<hbs.AST.BlockStatement>;
    if ((extra.hash?.pairs.length ?? 0) > 0 || extra.program?.blockParams?.length) {
      throw new Error('cannot encode hashes or block parameters');
    }
    switch (node.type) {
      case 'ContentStatement': {
        // Handlebars' types call `original` strip flags; it is the text as written.
        const { original, value } = node as unknown as { original: string; value: string };
        const valueStart = start + original.indexOf(value);
        if (text.slice(start, end) !== original || !original.includes(value)) {
          throw new Error('cannot encode content that is not a range of the text');
        }
        if (value === original) return [0, start, end];
        return [0, start, end, valueStart, valueStart + value.length];
      }
      case 'MustacheStatement': {
        const mustache = node as hbs.AST.MustacheStatement;
        if (mustache.params.length > 0) throw new Error('cannot encode placeholder parameters');
        return [1, start, end, mustache.escaped ? 1 : 0, path(mustache.path)];
      }
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        const [subject, ...more] = block.params;
        if (!subject || more.length > 0) throw new Error('cannot encode block parameters');
        const inverse = block.inverse ? block.inverse.body.map(statement) : 0;
        return [
          2,
          start,
          end,
          path(block.path),
          path(subject),
          block.program.body.map(statement),
          inverse,
        ];
      }
      case 'PartialStatement': {
        const partial = node as hbs.AST.PartialStatement;
        if (partial.params.length > 0) throw new Error('cannot encode partial parameters');
        return [3, start, end, path(partial.name)];
      }
      case 'CommentStatement':
        return [4, start, end];
      default:
        throw new Error(`cannot encode ${node.type}`);
    }
  };
  return [text.length, program.body.map(statement)];
}

/**
 * The AST `compact` stands for, over the `text` it was parsed from; undefined
 * when `compact` was made from another text.
 */
export function decodeProgram(compact: CompactProgram, text: string): hbs.AST.Program | undefined {
  const [length, body] = compact;
  if (length !== text.length) return undefined;
  const starts = lineStarts(text);
  const position = (offset: number): hbs.AST.Position => {
    let line = starts.length;
    while ((starts[line - 1] ?? 0) > offset) line -= 1;
    return { line, column: offset - (starts[line - 1] ?? 0) };
  };
  const location = (start: number, end: number): hbs.AST.SourceLocation => ({
    source: '',
    start: position(start),
    end: position(end),
  });
  const path = (compact: CompactPath): hbs.AST.PathExpression => {
    const [original, depth, data, ...parts] =
      typeof compact === 'string' ? [compact, 0, 0, ...compact.split('.')] : compact;
    return {
      type: 'PathExpression',
      original,
      depth,
      data: data === 1,
      parts,
    } as hbs.AST.PathExpression;
  };
  const program = (statements: CompactStatement[]): hbs.AST.Program =>
    ({ type: 'Program', body: statements.map(statement) }) as unknown as hbs.AST.Program;
  const statement = (node: CompactStatement): hbs.AST.Statement => {
    const loc = location(node[1], node[2]);
    // Handlebars' own node shapes, with the fields the renderer reads.
    const made = (type: string, fields: object) => ({ type, ...fields, loc }) as hbs.AST.Statement;
    switch (node[0]) {
      case 0: {
        const [, start, end, valueStart = start, valueEnd = end] = node;
        const value = text.slice(valueStart, valueEnd);
        return made('ContentStatement', { original: text.slice(start, end), value });
      }
      case 1:
        return made('MustacheStatement', {
          path: path(node[4]),
          params: [],
          escaped: node[3] === 1,
        });
      case 2: {
        const inverse = node[6] === 0 ? undefined : program(node[6]);
        const params = [path(node[4])];
        return made('BlockStatement', {
          path: path(node[3]),
          params,
          program: program(node[5]),
          inverse,
        });
      }
      case 3:
        return made('PartialStatement', { name: path(node[3]), params: [] });
      case 4:
        return made('CommentStatement', {});
    }
  };
  return program(body);
}
