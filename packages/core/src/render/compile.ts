import type { AuthmailError } from '../errors.js';
import { addTemplateBytes, maxTemplateNesting, templateNestingError } from '../limits.js';
import { type ParsedTemplate, parseTemplate, templateSyntaxError } from './parse.js';
import { HtmlScanner, joinStates, type UrlSlot } from './url-context.js';
import {
  escapeHtml,
  isEmptyValue,
  ownProperty,
  stringifyValue,
  type TemplateFormat,
} from './values.js';

/** A compiled template: variables in, rendered text out. Never throws. */
export type CompiledTemplate = (variables: object) => string;

interface LoopData {
  readonly index: number;
  readonly key: string | number;
  readonly first: boolean;
  readonly last: boolean;
}

/** Where a path is looked up: the current context, the variables and the enclosing frames. */
interface Frame {
  readonly context: unknown;
  readonly root: unknown;
  readonly parent: Frame | undefined;
  readonly data: LoopData | undefined;
}

type Render = (frame: Frame) => string;
type Resolve = (frame: Frame) => unknown;
type Statement = hbs.AST.Statement;

const emptyFrame: Frame = {
  context: undefined,
  root: undefined,
  parent: undefined,
  data: undefined,
};

/**
 * Turns a parsed template into a function of static chunks and own-property
 * lookups, following authmail's rendering semantics:
 * a root that is not an own property of the variables is left as written, a
 * missing deeper step renders `''`, values are escaped in `html` format only,
 * and the only helpers are the blocks `#if`, `#unless`, `#each` and `#with`.
 *
 * In `html` format, an escaped placeholder that lands at the start of a URL
 * attribute value (`href="{{link}}"`) also goes through the URL sanitiser;
 * where that is the case is decided here, once, from the static HTML around it.
 *
 * @throws AuthmailError `template_syntax` for anything outside that language;
 * `invalid_config` past {@link maxTemplateNesting} or the template size limit.
 */
export function compileParsedTemplate(
  parsed: ParsedTemplate,
  name: string,
  format: TemplateFormat,
  partials: Partials = {},
): CompiledTemplate {
  const context: CompileContext = {
    html: format === 'html' ? new HtmlScanner() : undefined,
    bytes: addTemplateBytes(parsed.source.original, name),
    rootName: name,
  };
  const compiler = new Compiler(parsed, name, format, partials, [], context, 0);
  const render = compiler.program(parsed.program, true);
  return (variables) => render({ ...emptyFrame, context: variables, root: variables });
}

/** Named templates that `{{> name}}` includes, rendered with the including template's context. */
export type Partials = Readonly<Record<string, string>>;

/** How deeply partials may include each other. */
const maxPartialDepth = 8;

/** What the compilers of one template and its partials share. */
interface CompileContext {
  /** Tracks the HTML around placeholders (`html` format only). */
  readonly html: HtmlScanner | undefined;
  /** UTF-8 bytes of the template and the partials included so far. */
  bytes: number;
  /** The including template's name, for limit errors. */
  readonly rootName: string;
}

class Compiler {
  constructor(
    private readonly parsed: ParsedTemplate,
    private readonly name: string,
    private readonly format: TemplateFormat,
    private readonly partials: Partials,
    private readonly including: readonly string[],
    private readonly context: CompileContext,
    /** Blocks around the code being compiled, partials' includers' included. */
    private readonly nesting: number,
  ) {}

  /** `atRoot`: the context is still the variables themselves (no `#each` / `#with` around). */
  program(program: hbs.AST.Program | undefined, atRoot: boolean): Render {
    if (program === undefined) return () => '';
    const parts = program.body.map((statement) => this.statement(statement, atRoot));
    const statics = parts.every((part) => typeof part === 'string');
    if (statics) {
      const text = parts.join('');
      return () => text;
    }
    return (frame) => {
      let out = '';
      for (const part of parts) out += typeof part === 'string' ? part : part(frame);
      return out;
    };
  }

  private statement(statement: Statement, atRoot: boolean): string | Render {
    switch (statement.type) {
      case 'ContentStatement': {
        const text = (statement as hbs.AST.ContentStatement).value;
        this.context.html?.text(text);
        return text;
      }
      case 'CommentStatement':
        return '';
      case 'MustacheStatement':
        return this.mustache(statement as hbs.AST.MustacheStatement, atRoot);
      case 'BlockStatement':
        return this.block(statement as hbs.AST.BlockStatement, atRoot);
      case 'PartialStatement':
        return this.partial(statement as hbs.AST.PartialStatement, atRoot);
      case 'PartialBlockStatement':
        throw this.error(statement, 'partial blocks ({{#> name}}) are not supported');
      default:
        throw this.error(statement, `${statement.type} is not supported`);
    }
  }

  private mustache(node: hbs.AST.MustacheStatement, atRoot: boolean): Render {
    const written = this.parsed.source.originalSlice(node.loc.start, node.loc.end);
    const path = node.path;
    if (path.type !== 'PathExpression' || node.params.length > 0 || hasHash(node.hash)) {
      throw this.error(
        node,
        `${written} is not a placeholder: write a variable path such as {{code}} or {{application.name}}`,
      );
    }
    const slot = this.context.html?.placeholder(node.escaped);
    const emit = this.format === 'html' && node.escaped ? htmlEmitter(slot) : stringifyValue;
    const pathNode = path as hbs.AST.PathExpression;
    const [head, ...rest] = pathNode.parts;
    const keepsUnknownRoot = atRoot && !pathNode.data && pathNode.depth === 0 && head !== undefined;
    if (!keepsUnknownRoot) {
      const resolve = resolver(pathNode);
      return (frame) => emit(resolve(frame));
    }
    return (frame) => {
      const variables = frame.context;
      if (typeof variables !== 'object' || variables === null || !Object.hasOwn(variables, head)) {
        return written;
      }
      return emit(walk((variables as Record<string, unknown>)[head], rest));
    };
  }

  /** `{{> name}}`: the named partial, compiled in place, sharing the context. */
  private partial(node: hbs.AST.PartialStatement, atRoot: boolean): Render {
    const partialName =
      node.name.type === 'PathExpression' ? (node.name as hbs.AST.PathExpression).original : '';
    if (!partialName || node.params.length > 0 || hasHash(node.hash)) {
      throw this.error(node, 'a partial is included by name alone, as {{> name}}');
    }
    const source = Object.hasOwn(this.partials, partialName)
      ? this.partials[partialName]
      : undefined;
    if (source === undefined) throw this.error(node, `unknown partial "${partialName}"`);
    if (this.including.includes(partialName) || this.including.length >= maxPartialDepth) {
      throw this.error(node, `partial "${partialName}" includes itself`);
    }
    const name = `${this.name}>${partialName}`;
    this.context.bytes = addTemplateBytes(source, this.context.rootName, this.context.bytes);
    const parsed = parseTemplate(source, name);
    const including = [...this.including, partialName];
    const compiler = new Compiler(
      parsed,
      name,
      this.format,
      this.partials,
      including,
      this.context,
      this.nesting,
    );
    return compiler.program(parsed.program, atRoot);
  }

  private block(node: hbs.AST.BlockStatement, atRoot: boolean): Render {
    const helper = node.path.type === 'PathExpression' ? node.path.original : '';
    const [subject] = node.params;
    if (node.params.length !== 1 || hasHash(node.hash) || subject?.type !== 'PathExpression') {
      throw this.error(node, `{{#${helper}}} takes exactly one variable path`);
    }
    if (node.program.blockParams && node.program.blockParams.length > 0) {
      throw this.error(node, 'block parameters (as |x|) are not supported');
    }
    if (!['if', 'unless', 'with', 'each'].includes(helper)) {
      throw this.error(node, `unknown block helper "#${helper}": use #if, #unless, #each or #with`);
    }
    if (this.nesting >= maxTemplateNesting) throw templateNestingError(this.context.rootName);
    const resolve = resolver(subject as hbs.AST.PathExpression);
    const inner = new Compiler(
      this.parsed,
      this.name,
      this.format,
      this.partials,
      this.including,
      this.context,
      this.nesting + 1,
    );
    const atRootInside = atRoot && (helper === 'if' || helper === 'unless');
    const [whenTrue, whenFalse] = inner.branches(node, atRootInside);
    if (helper === 'if' || helper === 'unless') {
      return conditional(resolve, helper === 'unless', whenTrue, whenFalse);
    }
    return helper === 'with'
      ? withBlock(resolve, whenTrue, whenFalse)
      : eachBlock(resolve, whenTrue, whenFalse);
  }

  /**
   * A block's two programs. Each starts from the HTML context before the
   * block; the context after it joins where both ended.
   */
  branches(node: hbs.AST.BlockStatement, atRoot: boolean): [Render, Render] {
    const html = this.context.html;
    const before = html?.snapshot();
    const whenTrue = this.program(node.program, atRoot);
    if (!html || !before) return [whenTrue, this.program(node.inverse, atRoot)];
    const afterTrue = html.snapshot();
    html.restore(before);
    const whenFalse = this.program(node.inverse, atRoot);
    html.restore(joinStates(afterTrue, html.snapshot()));
    return [whenTrue, whenFalse];
  }

  private error(node: hbs.AST.Node, reason: string): AuthmailError {
    const { line, column } = node.loc.start;
    return templateSyntaxError(
      this.name,
      this.parsed.source.originalPosition(line, column),
      reason,
    );
  }
}

function conditional(
  resolve: Resolve,
  negate: boolean,
  whenTrue: Render,
  whenFalse: Render,
): Render {
  return (frame) => (isEmptyValue(resolve(frame)) === negate ? whenTrue : whenFalse)(frame);
}

function withBlock(resolve: Resolve, inner: Render, otherwise: Render): Render {
  return (frame) => {
    const value = resolve(frame);
    if (isEmptyValue(value)) return otherwise(frame);
    return inner({ context: value, root: frame.root, parent: frame, data: frame.data });
  };
}

function eachBlock(resolve: Resolve, inner: Render, otherwise: Render): Render {
  return (frame) => {
    const collection = resolve(frame);
    if (typeof collection !== 'object' || collection === null) return otherwise(frame);
    const keys: (string | number)[] = Array.isArray(collection)
      ? collection.map((_, index) => index)
      : Object.keys(collection);
    if (keys.length === 0) return otherwise(frame);
    let out = '';
    keys.forEach((key, index) => {
      const data = { index, key, first: index === 0, last: index === keys.length - 1 };
      const context = ownProperty(collection, String(key));
      out += inner({ context, root: frame.root, parent: frame, data });
    });
    return out;
  };
}

function escapedText(value: unknown): string {
  return escapeHtml(stringifyValue(value));
}

/** Escaping alone, or, at the start of a URL attribute, the URL sanitiser then escaping. */
function htmlEmitter(slot: UrlSlot | undefined): (value: unknown) => string {
  if (!slot) return escapedText;
  return (value) => escapeHtml(slot.filter(stringifyValue(value)));
}

function hasHash(hash: hbs.AST.Hash | undefined): boolean {
  return hash !== undefined && hash.pairs.length > 0;
}

/** A lookup for a path expression: `@root.x`, `@index`, `../x`, `this`, `a.b.0`. */
function resolver(path: hbs.AST.PathExpression): Resolve {
  const { parts, depth } = path;
  if (!path.data) return (frame) => walk(ancestor(frame, depth).context, parts);
  const [head, ...rest] = parts;
  if (head === 'root') return (frame) => walk(frame.root, rest);
  return (frame) => walk(ownProperty(ancestor(frame, depth).data, head ?? ''), rest);
}

function ancestor(frame: Frame, depth: number): Frame {
  let current: Frame | undefined = frame;
  for (let step = 0; step < depth && current !== undefined; step++) current = current.parent;
  return current ?? emptyFrame;
}

/** Steps through own properties only; anything else ends the walk with `undefined`. */
function walk(start: unknown, segments: readonly string[]): unknown {
  let value = start;
  for (const segment of segments) value = ownProperty(value, segment);
  return value;
}
