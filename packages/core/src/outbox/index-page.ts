import { escapeHtml } from './html.js';
import type { IndexedRecord } from './record.js';

/** Sorts records newest first (by time, then by file name, which starts with the time). */
export function newestFirst(records: readonly IndexedRecord[]): IndexedRecord[] {
  return [...records].sort(
    (a, b) => compare(b.time, a.time) || compare(b.files.json, a.files.json),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function link(fileName: string, label: string): string {
  return `<a href="${escapeHtml(encodeURIComponent(fileName))}">${label}</a>`;
}

/**
 * The outbox's `index.html`: one row per message, newest first, with its
 * time, recipient, subject and links to the `.html` preview, the `.eml` and
 * the `.json` record. Every value is HTML-escaped.
 */
export function renderIndexPage(
  records: readonly IndexedRecord[],
  title = 'authmail outbox',
): string {
  const rows = newestFirst(records).map((record) => {
    const template = record.message.providerTemplate
      ? ` <small>(provider template ${escapeHtml(record.message.providerTemplate.name)})</small>`
      : '';
    return [
      '<tr>',
      `<td><time datetime="${escapeHtml(record.time)}">${escapeHtml(record.time)}</time></td>`,
      `<td>${escapeHtml(record.message.to)}</td>`,
      `<td>${link(record.files.html, escapeHtml(record.message.subject) || '(no subject)')}${template}</td>`,
      `<td>${link(record.files.eml, '.eml')} ${link(record.files.json, '.json')}</td>`,
      '</tr>',
    ].join('');
  });
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}time{white-space:nowrap;font-family:ui-monospace,monospace}</style>',
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${records.length} ${records.length === 1 ? 'message' : 'messages'}, newest first.</p>`,
    '<table>',
    '<thead><tr><th>Time</th><th>To</th><th>Subject</th><th>Files</th></tr></thead>',
    `<tbody>${rows.length > 0 ? `\n${rows.join('\n')}\n` : ''}</tbody>`,
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
