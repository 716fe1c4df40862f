/** How a template's output is used: `html` escapes values, `text` inserts them as they are. */
export type TemplateFormat = 'html' | 'text';

/**
 * Logto's `String(value ?? '')`, made total: values whose conversion throws
 * (objects without a prototype, say) fall back to their `[object …]` tag.
 */
export function stringifyValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
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
};
const htmlSpecial = /[&<>"'`=]/g;
const hasHtmlSpecial = /[&<>"'`=]/;

/**
 * Escapes `& < > " ' \` =` exactly as Handlebars' `escapeExpression` does, so
 * output matches Handlebars; kept here so rendering never loads Handlebars.
 */
export function escapeHtml(text: string): string {
  return hasHtmlSpecial.test(text)
    ? text.replace(htmlSpecial, (character) => htmlEntities[character] ?? character)
    : text;
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
