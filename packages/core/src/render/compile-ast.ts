import type { AuthmailError } from '../errors.js';
import {
  addTemplateBytes,
  maxRenderedLength,
  maxTemplateNesting,
  templateNestingError,
} from '../limits.js';
import { conditional, eachBlock, type Render, resolver, walk, withBlock } from './blocks.js';
import { escaperFor, htmlEmitter } from './emit.js';
import { HtmlRefusal, HtmlScanner, type PlaceholderContext } from './html-scanner.js';
import { type ParsedTemplate, parseTemplate, templateSyntaxError } from './parse.js';
import { checkLength, renderBudget, renderFailure } from './render-budget.js';
import { stringifyValue, type TemplateFormat } from './values.js';

/**
 * A compiled template: variables in, rendered text out.
 *
 * @throws AuthmailError `invalid_variables` when the output would pass
 * `maxRenderedLength`, or when reading the variables throws (a getter, a Proxy).
 */
export type CompiledTemplate = (variables: object) => string;

type Statement = hbs.AST.Statement;

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
 * Placeholders the HTML could read two ways are refused (see {@link HtmlScanner}).
 *
 * @throws AuthmailError `template_syntax` for anything outside that language;
 * `invalid_config` past {@link maxTemplateNesting} or the template size limit.
 */
export function compileParsedTemplate(
  parsed: ParsedTemplate,
  name: string,
  format: TemplateFormat,
  partials: Partials = {},
  limit = maxRenderedLength,
): CompiledTemplate {
  const context: CompileContext = {
    html: format === 'html' ? new HtmlScanner() : undefined,
    bytes: addTemplateBytes(parsed.source.original, name),
    rootName: name,
  };
  const compiler = new Compiler(parsed, name, format, partials, [], context, 0);
  const render = compiler.program(parsed.program, true);
  return (variables) => {
    const budget = renderBudget(name, limit);
    let output: string;
    try {
      output = render({
        context: variables,
        root: variables,
        parent: undefined,
        data: undefined,
        budget,
      });
    } catch (error) {
      throw renderFailure(error, name);
    }
    checkLength(budget, output);
    return output;
  };
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
        const content = statement as hbs.AST.ContentStatement;
        this.scanText(content);
        return content.value;
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
    const html = this.format === 'html' && node.escaped;
    const context = this.scanPlaceholder(node);
    const emit = html ? htmlEmitter(context) : stringifyValue;
    const shownAsWritten = html ? escaperFor(context)(written) : written;
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
        return shownAsWritten;
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
    const [whenTrue, whenFalse] = inner.branches(node, atRootInside, helper === 'each');
    if (helper === 'if' || helper === 'unless') {
      return conditional(resolve, helper === 'unless', whenTrue, whenFalse);
    }
    return helper === 'with'
      ? withBlock(resolve, whenTrue, whenFalse)
      : eachBlock(resolve, whenTrue, whenFalse);
  }

  /**
   * A block's two programs. Each starts from the HTML context before the
   * block; the context after it joins where both ended. A loop's body must
   * end where it began, so that every iteration reads the same.
   */
  branches(node: hbs.AST.BlockStatement, atRoot: boolean, loop: boolean): [Render, Render] {
    const html = this.context.html;
    if (!html) return [this.program(node.program, atRoot), this.program(node.inverse, atRoot)];
    const before = html.snapshot();
    const start = loop ? html.enterLoop() : before;
    const whenTrue = this.program(node.program, atRoot);
    if (loop) this.refuseHere(node, () => html.exitLoop(start));
    const afterTrue = html.snapshot();
    html.restore(before);
    const whenFalse = this.program(node.inverse, atRoot);
    const afterFalse = html.snapshot();
    html.restore(this.refuseHere(node, () => html.join(afterTrue, afterFalse)));
    return [whenTrue, whenFalse];
  }

  /** Feeds static text to the HTML scanner; a refusal points at the character. */
  private scanText(content: hbs.AST.ContentStatement): void {
    try {
      this.context.html?.text(content.value);
    } catch (error) {
      if (!(error instanceof HtmlRefusal)) throw error;
      const { line, column } = content.loc.start;
      const original = String(content.original);
      const offset =
        this.parsed.source.originalOffset(line, column) +
        Math.max(0, original.indexOf(content.value)) +
        Math.max(0, error.at - error.back);
      throw templateSyntaxError(this.name, this.parsed.source.positionAt(offset), error.reason);
    }
  }

  /** How an escaped placeholder renders where the HTML puts it. */
  private scanPlaceholder(node: hbs.AST.MustacheStatement): PlaceholderContext | undefined {
    return this.refuseHere(node, () => this.context.html?.placeholder(node.escaped));
  }

  /** Runs a scanner step; a refusal becomes a `template_syntax` error at `node`. */
  private refuseHere<T>(node: hbs.AST.Node, run: () => T): T {
    try {
      return run();
    } catch (error) {
      if (error instanceof HtmlRefusal) throw this.error(node, error.reason);
      throw error;
    }
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

function hasHash(hash: hbs.AST.Hash | undefined): boolean {
  return hash !== undefined && hash.pairs.length > 0;
}
