import { arrayText, isPlainArray } from './array-text.js';
import { isAuthmailError } from './thrown.js';

/** How a template's output is used: `html` escapes values, `text` inserts them as they are. */
export type TemplateFormat = 'html' | 'text';

/**
 * Logto's `String(value ?? '')`, made total: values whose conversion throws
 * (objects without a prototype, say) fall back to their `[object …]` tag, and
 * arrays are joined within `maxRenderedLength` (see {@link arrayText}).
 *
 * @throws AuthmailError `invalid_variables` for an array that renders longer.
 */
export function stringifyValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  try {
    return isPlainArray(value) ? arrayText(value) : String(value);
  } catch (error) {
    if (isAuthmailError(error)) throw error;
    return Object.prototype.toString.call(value);
  }
}

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\f': '&#xC;',
  '\r': '&#xD;',
  ' ': '&#x20;',
  '-': '&#x2D;',
  '!': '&#x21;',
};
const htmlSpecial = /[&<>"'`=]/g;
const hasHtmlSpecial = /[&<>"'`=]/;
const entityFor = (character: string) => htmlEntities[character] ?? character;

/**
 * Escapes `& < > " ' \` =` exactly as Handlebars' `escapeExpression` does, so
 * output matches Handlebars; kept here so rendering never loads Handlebars.
 */
export function escapeHtml(text: string): string {
  return hasHtmlSpecial.test(text) ? text.replace(htmlSpecial, entityFor) : text;
}

/**
 * {@link escapeHtml}, and whitespace too: for an unquoted attribute value,
 * which whitespace would end (`title={{name}}` with `Ann Lee`). The browser
 * decodes the references, so the attribute holds the value as it was.
 */
export function escapeUnquotedAttribute(text: string): string {
  return text.replace(/[&<>"'`=\t\n\f\r ]/g, entityFor);
}

/**
 * {@link escapeHtml}, and `-` and `!` too: inside a comment, where they could
 * close it (`--!>`). Comments are not shown, and Outlook, which reads
 * conditional comments as markup, decodes the references.
 */
export function escapeInComment(text: string): string {
  return text.replace(/[&<>"'`=!-]/g, entityFor);
}

/** The value under `key` when it is an own property of an object or array; else `undefined`. */
export function ownProperty(container: unknown, key: string): unknown {
  if (typeof container !== 'object' || container === null) return undefined;
  return Object.hasOwn(container, key) ? (container as Record<string, unknown>)[key] : undefined;
}

/** Handlebars' truthiness for `#if`: empty arrays and `0` are false too. */
export function isEmptyValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return !value;
}
