import { compileParsedTemplate } from '../render/compile-ast.js';
import { type ParsedTemplate, parseTemplate } from '../render/parse.js';
import { urlScheme } from '../render/safe-url.js';
import { type FoundLink, HtmlContextTracker, type PlaceholderHtml } from './html-context.js';

export type { PlaceholderHtml } from './html-context.js';

/** The blocks a template may use. */
export type BlockHelper = 'if' | 'unless' | 'each' | 'with';

const blockHelpers: readonly string[] = ['if', 'unless', 'each', 'with'];

/** A block around a placeholder. */
export interface EnclosingBlock {
  readonly helper: BlockHelper;
  /** Its subject, as written: `{{#each items}}` → `items`. */
  readonly path: string;
}

/** A variable path the template reads: a placeholder, or the subject of a block. */
export interface TemplatePlaceholder {
  /** As written: `application.name`, `list.1`, `this.name`, `../code`, `@index`. */
  readonly path: string;
  /**
   * Its steps from where it is looked up (`this`, `../`, `@root` and `@`
   * left out): `['application', 'name']`.
   */
  readonly segments: readonly string[];
  /**
   * What it is looked up in: `variables` (the email's variables, as at the
   * top level or through `@root`), `block` (the item of an enclosing
   * `{{#each}}` or `{{#with}}`), or `data` (`@index`, `@key`, `@first`, `@last`).
   */
  readonly scope: 'variables' | 'block' | 'data';
  /** Line of its `{{`, from 1, in the text given. */
  readonly line: number;
  /** Column of its `{{`, from 1. */
  readonly column: number;
  /** Written `{{{…}}}`: inserted without escaping or URL checks. */
  readonly raw: boolean;
  /** Set when this is a block's subject (`{{#if application}}`): the block. */
  readonly block?: BlockHelper;
  /** The blocks it is inside, outermost first. */
  readonly within: readonly EnclosingBlock[];
  /** Where it stands when inside an HTML tag (HTML templates only). */
  readonly html?: PlaceholderHtml;
}

/** A URL attribute (`href`, `src`…) whose whole value the template writes, with no placeholder. */
export interface StaticLink {
  /** The value, character references decoded, surrounding whitespace trimmed. */
  readonly url: string;
  /** Its scheme in lower case (`https`, `mailto`), `undefined` when relative (`/x`, `#top`). */
  readonly scheme: string | undefined;
  /** The element and attribute, in lower case. */
  readonly element: string;
  readonly attribute: string;
  /** Where the value starts, line and column from 1. */
  readonly line: number;
  readonly column: number;
}

/** What {@link inspectTemplate} finds in a template. */
export interface TemplateInspection {
  /** Every placeholder and block subject, in document order. */
  readonly placeholders: readonly TemplatePlaceholder[];
  /** Static URL attribute values, in document order (HTML templates only). */
  readonly links: readonly StaticLink[];
}

/** Options for {@link inspectTemplate}. */
export interface InspectOptions {
  /** `html` (default) for an HTML body; `text` for a subject, header or plain-text body. */
  format?: 'html' | 'text';
}

/**
 * Reads a template as the renderer does (Logto's numeric path segments
 * included) and lists the variable paths it reads, with their line and
 * column, whether raw, the blocks around them and, in HTML, the tag and
 * attribute they stand in; plus the static links. For tools: the `authmail
 * check` command, editors, linters.
 *
 * A placeholder where a tag or attribute name is written is listed (with
 * `html.part: 'name'`) rather than thrown, so a tool can point at each one;
 * the renderer refuses such a template.
 *
 * @example
 * ```ts
 * const { placeholders } = inspectTemplate('<a href="{{link}}">{{application.name}}</a>', 'SignIn');
 * placeholders.map(({ path, line, column }) => `${line}:${column} ${path}`);
 * // ['1:10 link', '1:20 application.name']
 * ```
 * @throws AuthmailError `template_syntax` naming `name`, the line and the
 * column, for every other error the renderer would throw; `invalid_config`
 * over `limits.maxTemplateBytes` or `limits.maxTemplateNesting`.
 */
export function inspectTemplate(
  text: string,
  name: string,
  options: InspectOptions = {},
): TemplateInspection {
  const format = options.format ?? 'html';
  const parsed = parseTemplate(text, name);
  const tracker = format === 'html' ? new HtmlContextTracker() : undefined;
  const inspector = new Inspector(parsed, tracker);
  inspector.program(parsed.program, 0, []);
  assertCompiles(parsed, name, format, inspector.namePlaceholders);
  return {
    placeholders: inspector.placeholders,
    links: (tracker?.links ?? []).map((link) => staticLink(link, parsed)),
  };
}

/**
 * Compiles the template as the renderer would, so its errors are thrown;
 * escaped placeholders in a name, already listed, are blanked out first.
 */
function assertCompiles(
  parsed: ParsedTemplate,
  name: string,
  format: 'html' | 'text',
  blanks: readonly (readonly [number, number])[],
): void {
  if (blanks.length === 0) {
    compileParsedTemplate(parsed, name, format);
    return;
  }
  let text = parsed.source.original;
  for (const [start, end] of blanks) {
    text = text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
  }
  compileParsedTemplate(parseTemplate(text, name), name, format);
}

function staticLink(link: FoundLink, parsed: ParsedTemplate): StaticLink {
  const { line, column } = parsed.source.positionAt(link.offset);
  const { url, element, attribute } = link;
  return { url, scheme: urlScheme(url), element, attribute, line, column };
}

/** Walks a parsed template in document order, collecting what it reads. */
class Inspector {
  readonly placeholders: TemplatePlaceholder[] = [];
  /** Offsets of escaped placeholders written where a name goes. */
  readonly namePlaceholders: (readonly [number, number])[] = [];

  constructor(
    private readonly parsed: ParsedTemplate,
    private readonly tracker: HtmlContextTracker | undefined,
  ) {}

  /** `frames`: how many `#each` / `#with` blocks are around (paths inside are relative). */
  program(
    program: hbs.AST.Program | undefined,
    frames: number,
    within: readonly EnclosingBlock[],
  ): void {
    for (const statement of program?.body ?? []) this.statement(statement, frames, within);
  }

  private statement(
    statement: hbs.AST.Statement,
    frames: number,
    within: readonly EnclosingBlock[],
  ): void {
    if (statement.type === 'ContentStatement') this.content(statement as hbs.AST.ContentStatement);
    else if (statement.type === 'MustacheStatement') {
      this.mustache(statement as hbs.AST.MustacheStatement, frames, within);
    } else if (statement.type === 'BlockStatement') {
      this.block(statement as hbs.AST.BlockStatement, frames, within);
    }
  }

  private content(content: hbs.AST.ContentStatement): void {
    if (!this.tracker) return;
    const { line, column } = content.loc.start;
    const offset =
      this.parsed.source.originalOffset(line, column) +
      Math.max(0, String(content.original).indexOf(content.value));
    this.tracker.text(content.value, offset);
  }

  private mustache(
    node: hbs.AST.MustacheStatement,
    frames: number,
    within: readonly EnclosingBlock[],
  ): void {
    if (node.path.type !== 'PathExpression') return;
    const source = this.parsed.source;
    const start = source.originalOffset(node.loc.start.line, node.loc.start.column);
    const html = this.tracker?.placeholder(start);
    if (html?.part === 'name' && node.escaped) {
      this.namePlaceholders.push([
        start,
        source.originalOffset(node.loc.end.line, node.loc.end.column),
      ]);
    }
    const path = node.path as hbs.AST.PathExpression;
    this.add(path, node, frames, within, { raw: !node.escaped, ...(html ? { html } : {}) });
  }

  private block(
    node: hbs.AST.BlockStatement,
    frames: number,
    within: readonly EnclosingBlock[],
  ): void {
    const helper = node.path.type === 'PathExpression' ? node.path.original : '';
    const [subject] = node.params;
    if (!isBlockHelper(helper) || subject?.type !== 'PathExpression') return;
    const path = subject as hbs.AST.PathExpression;
    this.add(path, node, frames, within, { raw: false, block: helper });
    const inner = [...within, { helper, path: this.written(path) }];
    const innerFrames = helper === 'each' || helper === 'with' ? frames + 1 : frames;
    const before = this.tracker?.snapshot();
    this.program(node.program, innerFrames, inner);
    const after = this.tracker?.snapshot();
    if (before) this.tracker?.restore(before);
    this.program(node.inverse, frames, inner);
    if (after) this.tracker?.restore(after);
  }

  private add(
    path: hbs.AST.PathExpression,
    node: hbs.AST.Node,
    frames: number,
    within: readonly EnclosingBlock[],
    extra: Pick<TemplatePlaceholder, 'raw' | 'block' | 'html'>,
  ): void {
    const { line, column } = this.parsed.source.originalPosition(
      node.loc.start.line,
      node.loc.start.column,
    );
    const [head, ...rest] = path.parts;
    const fromRoot = path.data && head === 'root';
    let scope: TemplatePlaceholder['scope'] = frames - path.depth > 0 ? 'block' : 'variables';
    if (path.data) scope = fromRoot ? 'variables' : 'data';
    this.placeholders.push({
      path: this.written(path),
      segments: fromRoot ? rest : path.parts,
      scope,
      line,
      column,
      within,
      ...extra,
    });
  }

  /** A path as the author wrote it (`list.1`, not the parser's `list.[1]`). */
  private written(path: hbs.AST.PathExpression): string {
    const loc = path.loc as hbs.AST.SourceLocation | undefined;
    return loc ? this.parsed.source.originalSlice(loc.start, loc.end) : path.original;
  }
}

function isBlockHelper(helper: string): helper is BlockHelper {
  return blockHelpers.includes(helper);
}
