import { addTemplateBytes } from '../limits.js';
import { type CompiledTemplate, compileParsedTemplate, type Partials } from './compile.js';
import { LruCache } from './lru-cache.js';
import { parseTemplate } from './parse.js';
import type { TemplateFormat } from './values.js';

/**
 * How many distinct template sources keep their compiled functions; the least
 * recently used beyond that are dropped. An HTML email uses three (subject,
 * HTML, derived text), so this holds well over a thousand emails.
 */
export const templateCacheLimit = 4096;

/**
 * Compiled functions by source, then by format and partials. The source string
 * itself is the key, so a hit costs a lookup of a string whose hash V8 has
 * already computed, not the hashing of a new key built around it.
 */
const compiledTemplates = new LruCache<string, Map<string, CompiledTemplate>>(templateCacheLimit);

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
 *
 * Use it to check a template when it is loaded: a template that does not parse
 * throws here, never at send time.
 *
 * In `html` format a placeholder at the start of a URL attribute value
 * (`href`, `src`, `action`, `formaction`, `xlink:href`…) renders through
 * the URL sanitiser: anything but an http, https, mailto, tel or relative URL
 * becomes `about:invalid#authmail-unsafe-url`. Decided here, once per template.
 *
 * @throws AuthmailError `template_syntax` with the template's name, line and column;
 * `invalid_config` over `maxTemplateBytes` or `maxTemplateNesting`.
 */
export function compileTemplate(source: string, options: CompileOptions): CompiledTemplate {
  const variant = options.partials
    ? `${options.format}:${partialsKey(options.partials)}`
    : options.format;
  const variants = compiledTemplates.getOrCreate(source, () => new Map());
  const cached = variants.get(variant);
  if (cached) return cached;
  const name = options.name ?? 'template';
  addTemplateBytes(source, name);
  const compiled = compileParsedTemplate(
    parseTemplate(source, name),
    name,
    options.format,
    options.partials,
  );
  variants.set(variant, compiled);
  return compiled;
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
 * `invalid_config` over `maxTemplateBytes` or `maxTemplateNesting`.
 */
export function renderTemplate(source: string, variables: object, options: CompileOptions): string {
  return compileTemplate(source, options)(variables);
}

/** Forgets every compiled template (tests and hot-reloading template editors use it). */
export function clearTemplateCache(): void {
  compiledTemplates.clear();
}
