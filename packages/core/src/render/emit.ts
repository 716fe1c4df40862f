import { sanitizeCssValue } from './css-value.js';
import type { PlaceholderContext } from './html-scanner.js';
import { escapeHtml, escapeInComment, escapeUnquotedAttribute, stringifyValue } from './values.js';

function escapedText(value: unknown): string {
  return escapeHtml(stringifyValue(value));
}

const escapers = {
  text: escapeHtml,
  unquoted: escapeUnquotedAttribute,
  comment: escapeInComment,
} as const;

/** The escaping that keeps the HTML where it is around this placeholder. */
export function escaperFor(context: PlaceholderContext | undefined): (text: string) => string {
  return escapers[context?.escaping ?? 'text'];
}

/**
 * The value's text, checked (URL sanitiser or CSS filter) where the HTML
 * asks for it, then escaped for where it stands.
 */
export function htmlEmitter(context: PlaceholderContext | undefined): (value: unknown) => string {
  if (!context) return escapedText;
  const escapeValue = escaperFor(context);
  const { check, empty } = context;
  if (check === undefined && empty === undefined) {
    return escapeValue === escapeHtml ? escapedText : (value) => escapeValue(stringifyValue(value));
  }
  const filter =
    check === undefined
      ? (text: string) => text
      : check === 'css'
        ? sanitizeCssValue
        : (text: string) => check.filter(text);
  if (empty === undefined) return (value) => escapeValue(filter(stringifyValue(value)));
  return (value) => escapeValue(filter(stringifyValue(value))) || empty.text;
}
