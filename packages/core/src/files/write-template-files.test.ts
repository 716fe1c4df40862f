import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuthmailError } from '../errors.js';
import type { EmailTemplateRow } from '../template-store.js';
import { readTemplateFiles } from './read-template-files.js';
import { rejectionOf, templateFolder, writeFiles } from './test-folder.js';
import { writeTemplateFiles } from './write-template-files.js';

/** One character, leaning on those front matter and line endings treat specially. */
const character = fc.oneof(
  fc.constantFrom(
    ':',
    '"',
    "'",
    '#',
    ' ',
    '\t',
    '-',
    '\u00a0',
    '\u2028',
    '\uFEFF',
    'é',
    '日',
    '🙂',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);
const headerValue = fc
  .string({ unit: character, maxLength: 24 })
  .filter((value) => !/[\r\n]/.test(value));
const body = fc.string({
  unit: fc.oneof(character, fc.constantFrom('\n', '\r', '\r\n', '---', '<p>')),
  maxLength: 40,
});

const row = fc.record(
  {
    languageTag: fc.constantFrom('de', 'en', 'pt-BR', 'zh-Hant-TW'),
    templateType: fc.constantFrom('SignIn', 'Register', 'My_Custom2'),
    details: fc.record(
      {
        subject: headerValue,
        content: body,
        replyTo: headerValue,
        sendFrom: headerValue,
        text: body,
      },
      { requiredKeys: ['subject', 'content'] },
    ),
  },
  { noNullPrototype: true },
);

/** The rows as `readTemplateFiles` reports them. */
function asRead(rows: readonly EmailTemplateRow[]) {
  return rows.map(({ languageTag, templateType, details }) => ({
    languageTag,
    usageType: templateType,
    details: { ...details, contentType: 'text/html' },
  }));
}

async function writeError(dir: string, rows: readonly unknown[]): Promise<AuthmailError> {
  const error = await rejectionOf(writeTemplateFiles(dir, rows as EmailTemplateRow[]));
  expect(error.code).toBe('invalid_config');
  return error;
}

describe('writeTemplateFiles', () => {
  it('writes rows that readTemplateFiles reads back to exactly the same details', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(row, {
          selector: (r) => `${r.languageTag}/${r.templateType}`,
          maxLength: 4,
        }),
        async (rows) => {
          const dir = await templateFolder();
          await writeTemplateFiles(dir, rows);
          const read = await readTemplateFiles(dir);
          const sorted = [...rows].sort((a, b) =>
            `${a.languageTag}/${a.templateType}` < `${b.languageTag}/${b.templateType}` ? -1 : 1,
          );
          expect(read).toMatchObject(asRead(sorted));
          expect(read.map((t) => t.details)).toEqual(asRead(sorted).map((t) => t.details));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('writes the layout a person would: plain values bare, odd ones quoted, a final newline', async () => {
    const dir = await templateFolder();
    const written = await writeTemplateFiles(dir, [
      {
        languageTag: 'de',
        templateType: 'SignIn',
        details: {
          subject: 'Ihr Code: {{code}}',
          replyTo: ' padded ',
          sendFrom: '"quoted"',
          content: '<p>{{code}}</p>',
          text: 'Code: {{code}}',
        },
      },
    ]);
    expect(written).toEqual([
      path.join(dir, 'de', 'SignIn.html'),
      path.join(dir, 'de', 'SignIn.txt'),
    ]);
    expect(await readFile(path.join(dir, 'de', 'SignIn.html'), 'utf8')).toBe(
      '---\nsubject: Ihr Code: {{code}}\nreplyTo: " padded "\nsendFrom: ""quoted""\n---\n<p>{{code}}</p>\n',
    );
    expect(await readFile(path.join(dir, 'de', 'SignIn.txt'), 'utf8')).toBe('Code: {{code}}\n');
  });

  it.each([
    ['../evil', 'SignIn'],
    ['de/../../evil', 'SignIn'],
    ['/etc', 'SignIn'],
    ['..', 'SignIn'],
    ['de', '../SignIn'],
    ['de', 'a/b'],
    ['de', '..'],
    ['de', 'C:\\x'],
    ['', 'SignIn'],
    ['de', ''],
  ])(
    'refuses a row whose path would leave the folder: %j / %j',
    async (languageTag, templateType) => {
      const parent = await templateFolder();
      const dir = path.join(parent, 'templates');
      const error = await writeError(dir, [
        { languageTag, templateType, details: { subject: 's', content: 'c' } },
      ]);
      expect(error.message).toContain(JSON.stringify(languageTag));
      expect(await readdir(parent)).toEqual([]);
    },
  );

  it.each(['subject', 'replyTo', 'sendFrom'])('refuses a %s with a line break', async (field) => {
    const dir = await templateFolder();
    const details = { subject: 's', content: 'c', [field]: 'one\r\nBcc: two' };
    const error = await writeError(dir, [{ languageTag: 'de', templateType: 'SignIn', details }]);
    expect(error.message).toContain(`de/SignIn: details.${field} has a line break`);
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    [{ subject: 's', content: 'c', contentType: 'text/plain' }, 'only text/html'],
    [{ subject: 's', content: 'c', partials: { layout: 'x' } }, 'partials: not an option'],
    [{ subject: 's', content: 'c', subjet: 'x' }, 'did you mean `subject`?'],
    [{ subject: 's' }, 'details.content must be a string'],
    [{ content: 'c' }, 'details.subject must be a string'],
  ])('refuses details it cannot keep as files: %j', async (details, problem) => {
    const dir = await templateFolder();
    const error = await writeError(dir, [{ languageTag: 'de', templateType: 'SignIn', details }]);
    expect(error.message).toContain(problem);
  });

  it('refuses two rows for one template', async () => {
    const dir = await templateFolder();
    const details = { subject: 's', content: 'c' };
    const error = await writeError(dir, [
      { languageTag: 'en-us', templateType: 'SignIn', details },
      { languageTag: 'en-US', templateType: 'SignIn', details },
    ]);
    expect(error.message).toContain('given twice');
  });

  it('writes nothing when a file exists, unless told to overwrite, and then drops a stale text part', async () => {
    const dir = await templateFolder();
    await writeFiles(dir, { 'de/SignIn.html': 'old', 'de/SignIn.txt': 'old text' });
    const rows = [
      { languageTag: 'de', templateType: 'Register', details: { subject: 'r', content: 'r' } },
      { languageTag: 'de', templateType: 'SignIn', details: { subject: 's', content: 'c' } },
    ];
    const error = await writeError(dir, rows);
    expect(error.message).toContain(path.join(dir, 'de', 'SignIn.html'));
    expect(error.details).toEqual({ existing: [path.join(dir, 'de', 'SignIn.html')] });
    expect(await readdir(path.join(dir, 'de'))).toEqual(['SignIn.html', 'SignIn.txt']);

    await writeTemplateFiles(dir, rows, { overwrite: true });
    expect((await readdir(path.join(dir, 'de'))).sort()).toEqual(['Register.html', 'SignIn.html']);
    expect((await readTemplateFiles(dir)).map((t) => t.details.subject)).toEqual(['r', 's']);
  });
});
