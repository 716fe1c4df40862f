import { escapeHtml } from '@authmail/core/provider';
import type { IndexedRecord } from './record.js';

/**
 * Marks an index page in the append-only format; an `index.html` without it
 * (written by an older version) is rebuilt once from the `.json` records.
 */
export const indexFormatMarker =
  '<!-- authmail outbox index, format 2: one row appended per message -->';

/** Sorts records oldest first (by time, then by file name, which starts with the time). */
export function oldestFirst(records: readonly IndexedRecord[]): IndexedRecord[] {
  return [...records].sort(
    (a, b) => compare(a.time, b.time) || compare(a.files.json, b.files.json),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function link(fileName: string, label: string): string {
  return `<a href="${escapeHtml(encodeURIComponent(fileName))}">${label}</a>`;
}

// Rows are the body's last children, appended as messages arrive; the body is
// a reversed flex column, so the newest shows first without rewriting the page.
// A CSS counter after the last row counts them. `</body>` and `</html>` are
// optional in HTML, so the page is complete after every append.
const style = [
  'body{font:14px/1.5 system-ui,sans-serif;margin:0;padding:8.5rem 2rem 2rem;display:flex;flex-direction:column-reverse;justify-content:flex-end;counter-reset:messages}',
  'header{position:absolute;top:0;left:2rem;right:2rem}',
  '.row{display:grid;grid-template-columns:15rem minmax(8rem,1fr) minmax(12rem,2fr) 7rem;gap:0 1rem;padding:.35rem .6rem;border-bottom:1px solid #ddd;overflow-wrap:anywhere}',
  '.message{counter-increment:messages}',
  'header .row{font-weight:600}',
  'body::after{content:counter(messages) " messages, newest first.";padding:.35rem .6rem}',
  'time{white-space:nowrap;font-family:ui-monospace,monospace}',
].join('');

/**
 * The start of the outbox's `index.html`: everything but the rows, which
 * {@link indexRow} appends one message at a time. Every value is HTML-escaped.
 */
export function indexHeader(title = 'authmail outbox'): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    indexFormatMarker,
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    '<div class="row"><span>Time</span><span>To</span><span>Subject</span><span>Files</span></div>',
    '</header>',
    '',
  ].join('\n');
}

/**
 * One message's row in the index: its time, recipient, subject and links to
 * the `.html` preview, the `.eml` and the `.json` record. Every value is
 * HTML-escaped.
 */
export function indexRow(record: IndexedRecord): string {
  const template = record.message.providerTemplate
    ? ` <small>(provider template ${escapeHtml(record.message.providerTemplate.name)})</small>`
    : '';
  const subject = escapeHtml(record.message.subject) || '(no subject)';
  return [
    '<div class="row message">',
    `<span><time datetime="${escapeHtml(record.time)}">${escapeHtml(record.time)}</time></span>`,
    `<span>${escapeHtml(record.message.to)}</span>`,
    `<span>${link(record.files.html, subject)}${template}</span>`,
    `<span>${link(record.files.eml, '.eml')} ${link(record.files.json, '.json')}</span>`,
    '</div>\n',
  ].join('');
}

/** A whole index page for `records` (used once, to rebuild an index that is missing its format). */
export function renderIndexPage(records: readonly IndexedRecord[], title?: string): string {
  return indexHeader(title) + oldestFirst(records).map(indexRow).join('');
}
