import { AuthmailError } from '../errors.js';
import { addTemplateBytes, templateCacheLimit } from '../limits.js';
import { type CachedFailure, computeOrFail } from './cached-outcome.js';
import { type CompiledTemplate, compileParsedTemplate, type Partials } from './compile-ast.js';
import { LruCache } from './lru-cache.js';
import { parseTemplate } from './parse.js';
import { describeThrown, isAuthmailError } from './thrown.js';
import type { TemplateFormat } from './values.js';

/**
 * Compiled functions, and failures, by source, then by format, partials and
 * limit. The source string itself is the key, so a hit costs a lookup of a
 * string whose hash V8 has already computed, not the hashing of a new key
 * built around it. A failure is cached like a success: a template store that
 * hands out the same bad template on every send (a database, say) pays for
 * compiling it once.
 */
const compiledTemplates = new LruCache<string, Map<string, CompiledTemplate | CachedFailure>>(
  templateCacheLimit,
);

/** Options for {@link compileTemplate} and {@link renderTemplate}. */
export interface CompileOptions {
  /** `html` escapes every `{{value}}`; `text` inserts values as they are. */
  format: TemplateFormat;
  /** Names the template in `template_syntax` errors, e.g. `SignIn.subject`. */
  name?: string;
  /**
   * Templates `{{> name}}` includes. Keep the object and reuse it: compiled
   * templates are cached per partials object, not per its contents.
   */
  partials?: Partials;
  /**
   * Most characters one render may produce, and most `{{#each}}` iterations
   * it may run; past either, the render throws `invalid_variables`.
   * Default `maxRenderedLength` (1,048,576).
   */
  maxRenderedLength?: number;
}

const partialsIds = new WeakMap<Partials, number>();
let nextPartialsId = 1;

function partialsKey(partials: Partials | undefined): number {
  if (!partials) return 0;
  let id = partialsIds.get(partials);
  if (id === undefined) {
    id = nextPartialsId++;
    partialsIds.set(partials, id);
  }
  return id;
}

/**
 * Parses and compiles a template once; later calls with the same source and
 * format return the cached function (bounded LRU, {@link templateCacheLimit}).
 * A template that fails to compile is cached too, and fails again at once.
 *
 * Use it to check a template when it is loaded: a template that does not parse
 * throws here, never at send time. Compiling takes time linear in the
 * template's size, whatever its shape.
 *
 * In `html` format a placeholder at the start of a URL attribute value
 * (`href`, `src`, `action`, `formaction`, `xlink:href`…) renders through
 * the URL sanitiser: anything but an http, https, mailto, tel or relative URL
 * becomes `about:invalid#authmail-unsafe-url`. Decided here, once per template.
 * Placeholders that could change where the HTML's tags and attributes are
 * (in a tag or attribute name, inside `<script>`, in an event handler…) are
 * refused here.
 *
 * @throws AuthmailError `template_syntax` with the template's name, line and column;
 * `invalid_config` over `maxTemplateBytes` or `maxTemplateNesting`, or for
 * arguments that are not a source string and options.
 */
export function compileTemplate(source: string, options: CompileOptions): CompiledTemplate {
  try {
    return cachedOrNew(source, options);
  } catch (error) {
    // Options a getter or a Proxy makes throw.
    throw compileFailure(error, 'template');
  }
}

function cachedOrNew(source: string, options: CompileOptions): CompiledTemplate {
  if (typeof source !== 'string' || typeof options !== 'object' || options === null) {
    throw invalidArguments(source, options);
  }
  const variants = compiledTemplates.getOrCreate(source, () => new Map());
  const variant = variantOf(source, options);
  const cached = variants.get(variant);
  if (typeof cached === 'function') return cached;
  const name = typeof options.name === 'string' ? options.name : 'template';
  return computeOrFail(
    cached,
    name,
    () => compileNew(source, options, name),
    (outcome) => variants.set(variant, outcome),
    (error) => compileFailure(error, name),
  );
}

function compileNew(source: string, options: CompileOptions, name: string): CompiledTemplate {
  const { format, partials, maxRenderedLength } = options;
  if (format !== 'html' && format !== 'text') throw invalidArguments(source, options);
  if (maxRenderedLength !== undefined && !(maxRenderedLength >= 0)) {
    throw invalidArguments(source, options);
  }
  addTemplateBytes(source, name);
  return compileParsedTemplate(
    parseTemplate(source, name),
    name,
    format,
    partials,
    maxRenderedLength,
  );
}

/** Format, partials and limit, as a short key (just the format in the common case). */
function variantOf(source: string, options: CompileOptions): string {
  const { format, partials, maxRenderedLength } = options;
  if (partials !== undefined && (typeof partials !== 'object' || partials === null)) {
    throw invalidArguments(source, options);
  }
  const withPartials = partials ? `${format}:${partialsKey(partials)}` : format;
  return maxRenderedLength === undefined ? withPartials : `${withPartials}|${maxRenderedLength}`;
}

/** Anything thrown while compiling, as an {@link AuthmailError} (a partials getter, say). */
function compileFailure(error: unknown, name: string): AuthmailError {
  if (isAuthmailError(error)) return error;
  return new AuthmailError(
    'invalid_config',
    `Template "${name}" could not be compiled: ${describeThrown(error)}`,
    { details: { template: name } },
  );
}

function invalidArguments(source: unknown, options: unknown): AuthmailError {
  const problem =
    typeof source !== 'string'
      ? `the template source must be a string, not ${typeof source}`
      : "the options must be an object with format 'html' or 'text' (partials, if given, an object; maxRenderedLength a number of at least 0)";
  const given = (options as { name?: unknown } | null | undefined)?.name;
  const name = typeof given === 'string' ? given : 'template';
  return new AuthmailError('invalid_config', `Cannot compile template "${name}": ${problem}.`, {
    details: { template: name },
  });
}

/**
 * Renders a template with Logto's dot-notation semantics on Handlebars.
 *
 * - `{{path}}` whose root is not an own property of `variables` stays as written.
 * - A missing deeper step, `null` and `undefined` render as `''`.
 * - `html` format escapes `& < > " ' \` =` in every value; `{{{path}}}` is raw.
 * - In `html` format a value at the start of an `href` / `src` (and other URL
 *   attributes) that is not an http, https, mailto, tel or relative URL
 *   renders as `about:invalid#authmail-unsafe-url`.
 * - `#if`, `#unless`, `#each` and `#with` blocks work; nothing else is a helper.
 *
 * @example
 * ```ts
 * renderTemplate('Hi {{ user.name }}, code {{code}}', { code: '123456', user: { name: 'Ann' } }, { format: 'text' });
 * // → 'Hi Ann, code 123456'
 * ```
 * @throws AuthmailError `template_syntax` when the template does not parse;
 * `invalid_config` over `maxTemplateBytes` or `maxTemplateNesting`;
 * `invalid_variables` when the output would pass `maxRenderedLength` or the
 * variables throw when read.
 */
export function renderTemplate(source: string, variables: object, options: CompileOptions): string {
  return compileTemplate(source, options)(variables);
}

/** Forgets every compiled template (tests and hot-reloading template editors use it). */
export function clearTemplateCache(): void {
  compiledTemplates.clear();
}
