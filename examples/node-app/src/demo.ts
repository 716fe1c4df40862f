import { createMailer, createMemoryTransport } from '@authmail/core';
import { sendEveryUsageType } from './send-every-usage-type.js';

/**
 * Sends every usage type in English and Korean through a mailer with the
 * built-in templates, and prints what went out.
 */
const transport = createMemoryTransport();
const mailer = createMailer({
  transport,
  from: 'Acme Notes <no-reply@notes.acme.test>',
  builtins: true,
});
const sent = await sendEveryUsageType(mailer, 'minjun@example.com', [
  'en-US,en;q=0.9',
  'ko-KR,ko;q=0.9,en;q=0.5',
]);

const rows = [
  ['usage type', 'language', 'source', 'subject', 'sent to'],
  ...sent.map((row, index) => [
    row.usageType,
    row.languageTag,
    row.templateSource,
    transport.messages[index]?.subject ?? '',
    `${row.provider} ${row.messageId}`,
  ]),
];
printTable(rows);
console.log(
  `\n${transport.messages.length} emails rendered and sent through the memory transport.`,
);

function printTable(table: string[][]): void {
  const header = table[0] ?? [];
  const widths = header.map((_, column) =>
    Math.max(...table.map((row) => displayWidth(row[column] ?? ''))),
  );
  for (const [index, row] of table.entries()) {
    console.log(
      row
        .map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - displayWidth(cell)))
        .join('  '),
    );
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}

/** Hangul and other wide characters take two terminal columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(character)
      ? 2
      : 1;
  }
  return width;
}
