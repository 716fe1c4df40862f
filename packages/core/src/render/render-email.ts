import type { Partials } from './compile.js';
import { compileTemplate } from './compile-template.js';
import { plainTextTemplateFor } from './plain-text.js';

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
}

/** A template whose parts are all compiled: variables in, rendered email out. */
export type PreparedEmail = (variables: object) => RenderedEmail;

/**
 * Compiles every part of an email template (subject, bodies, headers), so a
 * template that does not parse fails when it is loaded, not when it is sent.
 *
 * @throws AuthmailError `template_syntax` naming the part, line and column.
 */
export function prepareEmail(
  template: EmailTemplate,
  options: RenderEmailOptions = {},
): PreparedEmail {
  const cached = preparedEmails.get(template);
  if (cached && sameParts(cached.parts, template)) return cached.prepared;
  const prepared = compileEmail(template, options.name ?? 'email');
  preparedEmails.set(template, { parts: { ...template }, prepared });
  return prepared;
}

/**
 * Prepared emails by template object, with the parts they were prepared from:
 * rendering the same object again skips every lookup, and a template object
 * changed in place is prepared anew.
 */
const preparedEmails = new WeakMap<
  EmailTemplate,
  { parts: EmailTemplate; prepared: PreparedEmail }
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

function compileEmail(template: EmailTemplate, name: string): PreparedEmail {
  const isHtml = (template.contentType ?? 'text/html') === 'text/html';
  const partials = template.partials;
  const compile = (source: string, format: 'html' | 'text', part: string) =>
    compileTemplate(source, { format, name: `${name}.${part}`, ...(partials ? { partials } : {}) });
  const html = isHtml ? compile(template.content, 'html', 'content') : undefined;
  const textSource = isHtml
    ? (template.text ?? plainTextTemplateFor(inlinePartials(template.content, partials)))
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
 * @throws AuthmailError `template_syntax` when a part does not parse.
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
  return source.replace(/\{\{>\s*([^\s}]+)\s*\}\}/g, (whole, partialName: string) => {
    const partial = Object.hasOwn(partials, partialName) ? partials[partialName] : undefined;
    return partial === undefined ? whole : inlinePartials(partial, partials, depth + 1);
  });
}

/** Turns every run of CR/LF into one space: a header value stays on one line. */
export function collapseLineBreaks(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}
