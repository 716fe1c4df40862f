import { escapeHtml } from '@authmail/core/provider';

/**
 * The `.html` preview of a message: its HTML body as is, or else `text`
 * escaped in a `<pre>`. It starts with a byte order mark so browsers read it
 * as UTF-8 even when the body declares no charset.
 */
export function previewHtml(subject: string, html: string | undefined, text: string): string {
  if (html !== undefined) return `\uFEFF${html}`;
  return [
    '\uFEFF<!doctype html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title>`,
    '</head>',
    '<body>',
    `<pre style="white-space: pre-wrap; font: 14px/1.5 ui-monospace, monospace">${escapeHtml(text)}</pre>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
