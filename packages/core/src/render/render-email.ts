import { AuthmailError } from '../errors.js';
import type { Partials } from './compile-ast.js';
import { plainTextTemplateFor } from './plain-text.js';
import { compileTemplate } from './render-template.js';
import { describeThrown, isAuthmailError } from './thrown.js';

/**
 * A template with Logto's `EmailTemplateDetails` shape, plus an optional
 * hand-written plain-text body.
 */
export interface EmailTemplate {
  /** Subject line; a template, rendered as text. */
  subject: string;
  /** Body; a template in `contentType`. */
  content: string;
  /** `text/html` (default, as in Logto) or `text/plain`. */
  contentType?: 'text/html' | 'text/plain';
  /** Plain-text body for an HTML `content`; derived from the HTML when absent. */
  text?: string;
  /** Reply-To header; a template, rendered as text. */
  replyTo?: string;
  /** Sender: `Name <address>`, or a display name alone; a template, rendered as text. */
  sendFrom?: string;
  /** Templates the parts include with `{{> name}}` (a shared layout, say). */
  partials?: Partials;
}

/** The output of {@link renderEmail}: ready to hand to a transport. */
export interface RenderedEmail {
  subject: string;
  /** Present when the template's content type is HTML. */
  html?: string;
  /** Always present: the given or derived plain-text body. */
  text: string;
  replyTo?: string;
  from?: string;
}

/** Options for {@link renderEmail}. */
export interface RenderEmailOptions {
  /** Names the template in `template_syntax` errors, e.g. `store:de/SignIn`. */
  name?: string;
  /**
   * Most characters each part's render may produce, and most `{{#each}}`
   * iterations it may run; past either, rendering throws `invalid_variables`.
   * Default `maxRenderedLength` (1,048,576).
   */
  maxRenderedLength?: number;
}

/** A template whose parts are all compiled: variables in, rendered email out. */
export type PreparedEmail = (variables: object) => RenderedEmail;

/**
 * Compiles every part of an email template (subject, bodies, headers), so a
 * template that does not parse fails when it is loaded, not when it is sent.
 *
 * @throws AuthmailError `template_syntax` naming the part, line and column;
 * `invalid_config` for a template whose parts are not strings, or whose
 * getters throw.
 */
export function prepareEmail(
  template: EmailTemplate,
  options: RenderEmailOptions = {},
): PreparedEmail {
  try {
    const limit = options.maxRenderedLength;
    const cached = preparedEmails.get(template);
    if (cached && cached.limit === limit && sameParts(cached.parts, template)) {
      return cached.prepared;
    }
    const prepared = compileEmail(template, options.name ?? 'email', limit);
    preparedEmails.set(template, { parts: { ...template }, limit, prepared });
    return prepared;
  } catch (error) {
    throw unreadableTemplate(error);
  }
}

/** A failure reading the template object itself (a getter, a Proxy), as an {@link AuthmailError}. */
function unreadableTemplate(error: unknown): AuthmailError {
  if (isAuthmailError(error)) return error;
  return new AuthmailError(
    'invalid_config',
    `The email template could not be read: ${describeThrown(error)}. Pass plain data: { subject, content, … } as strings.`,
  );
}

/**
 * Prepared emails by template object, with the parts they were prepared from:
 * rendering the same object again skips every lookup, and a template object
 * changed in place is prepared anew.
 */
const preparedEmails = new WeakMap<
  EmailTemplate,
  { parts: EmailTemplate; limit: number | undefined; prepared: PreparedEmail }
>();

function sameParts(a: EmailTemplate, b: EmailTemplate): boolean {
  return (
    a.content === b.content &&
    a.subject === b.subject &&
    a.contentType === b.contentType &&
    a.text === b.text &&
    a.replyTo === b.replyTo &&
    a.sendFrom === b.sendFrom &&
    a.partials === b.partials
  );
}

function compileEmail(
  template: EmailTemplate,
  name: string,
  maxRenderedLength: number | undefined,
): PreparedEmail {
  const isHtml = (template.contentType ?? 'text/html') === 'text/html';
  const partials = template.partials;
  const compile = (source: string, format: 'html' | 'text', part: string) =>
    compileTemplate(source, {
      format,
      name: `${name}.${part}`,
      ...(partials ? { partials } : {}),
      ...(maxRenderedLength === undefined ? {} : { maxRenderedLength }),
    });
  const html = isHtml ? compile(template.content, 'html', 'content') : undefined;
  const textSource = isHtml
    ? (template.text ??
      plainTextTemplateFor(inlinePartials(template.content, partials), `${name}.content`))
    : template.content;
  const text = compile(textSource, 'text', isHtml ? 'text' : 'content');
  const header = (source: string, part: string) => {
    const render = compile(source, 'text', part);
    return (variables: object) => collapseLineBreaks(render(variables));
  };
  const subject = header(template.subject, 'subject');
  const replyTo = template.replyTo === undefined ? undefined : header(template.replyTo, 'replyTo');
  const from = template.sendFrom === undefined ? undefined : header(template.sendFrom, 'sendFrom');
  return (variables) => {
    const rendered: RenderedEmail = { subject: subject(variables), text: text(variables) };
    if (html) rendered.html = html(variables);
    if (replyTo) rendered.replyTo = replyTo(variables);
    if (from) rendered.from = from(variables);
    return rendered;
  };
}

/**
 * Renders a whole email: headers as text with CR and LF turned into spaces (so
 * no value can add a header), an HTML body escaped, and a plain-text body,
 * derived once per template from the HTML source when none is given.
 *
 * @example
 * ```ts
 * const email = renderEmail(
 *   { subject: '{{code}} is your code', content: '<p>Your code: <b>{{code}}</b></p>' },
 *   { code: '123456' },
 * );
 * // email.text === 'Your code: 123456'
 * ```
 * @throws AuthmailError `template_syntax` when a part does not parse;
 * `invalid_variables` when a part's output would pass `maxRenderedLength` or
 * the variables throw when read.
 */
export function renderEmail(
  template: EmailTemplate,
  variables: object,
  options: RenderEmailOptions = {},
): RenderedEmail {
  return prepareEmail(template, options)(variables);
}

/**
 * The source with `{{> name}}` replaced by the partials' text (a few levels
 * deep), so a plain-text part derived from it sees the whole document.
 */
function inlinePartials(source: string, partials: Partials | undefined, depth = 0): string {
  if (!partials || depth > 8) return source;
  // No `{` in the name: the search from one `{{>` stops at the next `{`, so it stays linear.
  return source.replace(/\{\{>\s*([^\s{}]+)\s*\}\}/g, (whole, partialName: string) => {
    const partial = Object.hasOwn(partials, partialName) ? partials[partialName] : undefined;
    return partial === undefined ? whole : inlinePartials(partial, partials, depth + 1);
  });
}

/** Turns every run of CR/LF into one space: a header value stays on one line. */
export function collapseLineBreaks(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}
