import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuthmailError } from '../errors.js';
import { readTemplateFiles } from './read-template-files.js';
import { rejectionOf, templateFolder, templateText } from './test-folder.js';

const signIn = templateText(['subject: Ihr Code: {{code}}'], '<p>{{code}}</p>\n');

/** The error `readTemplateFiles` rejects with. */
function readError(dir: string): Promise<AuthmailError> {
  return rejectionOf(readTemplateFiles(dir));
}

describe('readTemplateFiles', () => {
  it('with onError, hands over each file it cannot read and reads the others', async () => {
    const dir = await templateFolder({
      'de/SignIn.html': signIn,
      'de/Register.html': '<p>no front matter</p>\n',
      'en/Sign-In.html': signIn,
      'en/SignIn.html': signIn,
      'not a tag/SignIn.html': signIn,
    });
    const refused: AuthmailError[] = [];
    const templates = await readTemplateFiles(dir, { onError: (error) => refused.push(error) });

    expect(templates.map(({ languageTag, usageType }) => `${languageTag}/${usageType}`)).toEqual([
      'de/SignIn',
      'en/SignIn',
    ]);
    // The folders are checked first, then each language folder's files.
    expect(refused.map(({ code, details }) => [code, (details as { file: string }).file])).toEqual([
      ['invalid_config', path.join(dir, 'not a tag')],
      ['template_syntax', path.join(dir, 'de', 'Register.html')],
      ['invalid_config', path.join(dir, 'en', 'Sign-In.html')],
    ]);
    expect((await readError(dir)).code).toBe('invalid_config');
  });

  it('reads every template with its front matter, body, text part and positions', async () => {
    const dir = await templateFolder({
      'de/SignIn.html': templateText(
        [
          '# Sent when someone signs in',
          '',
          'subject: "Ihr Code: {{code}}"',
          "replyTo: 'support@example.com'",
          'sendFrom:   Example <no-reply@example.com>  ',
        ],
        '<p>{{code}}</p>\n',
      ),
      'de/SignIn.txt': 'Ihr Code: {{code}}\n',
      'en/Register.html': templateText(['subject: Welcome'], '<p>Hi</p>'),
    });
    const templates = await readTemplateFiles(dir);
    expect(templates).toEqual([
      {
        path: path.join(dir, 'de', 'SignIn.html'),
        languageTag: 'de',
        usageType: 'SignIn',
        details: {
          subject: 'Ihr Code: {{code}}',
          content: '<p>{{code}}</p>',
          contentType: 'text/html',
          replyTo: 'support@example.com',
          sendFrom: 'Example <no-reply@example.com>',
          text: 'Ihr Code: {{code}}',
        },
        bodyLine: 8,
        fieldLines: { subject: 4, replyTo: 5, sendFrom: 6 },
        fieldColumns: { subject: 11, replyTo: 11, sendFrom: 13 },
        textPath: path.join(dir, 'de', 'SignIn.txt'),
      },
      {
        path: path.join(dir, 'en', 'Register.html'),
        languageTag: 'en',
        usageType: 'Register',
        details: { subject: 'Welcome', content: '<p>Hi</p>', contentType: 'text/html' },
        bodyLine: 4,
        fieldLines: { subject: 2 },
        fieldColumns: { subject: 10 },
      },
    ]);
  });

  it('orders templates by language tag, then usage type, whatever order they were made in', async () => {
    const dir = await templateFolder({
      'pt-BR/SignIn.html': signIn,
      'de/SignIn.html': signIn,
      'de/Register.html': signIn,
      'de/MyCustom_2.html': signIn,
    });
    const names = (await readTemplateFiles(dir)).map((t) => `${t.languageTag}/${t.usageType}`);
    expect(names).toEqual(['de/MyCustom_2', 'de/Register', 'de/SignIn', 'pt-BR/SignIn']);
  });

  it('keeps CRLF bodies as written, less the final line break', async () => {
    const dir = await templateFolder({
      'en/SignIn.html': '---\r\nsubject: Hi\r\n---\r\n<p>a</p>\r\n<p>b</p>\r\n',
    });
    const [template] = await readTemplateFiles(dir);
    expect(template?.details).toMatchObject({ subject: 'Hi', content: '<p>a</p>\r\n<p>b</p>' });
  });

  it('ignores hidden entries and files that are not .html or .txt', async () => {
    const dir = await templateFolder({
      '.git/config': 'x',
      'README.md': '# templates',
      'de/.SignIn.html.swp': 'x',
      'de/notes.md': 'x',
      'de/SignIn.html': signIn,
    });
    expect((await readTemplateFiles(dir)).map((t) => t.usageType)).toEqual(['SignIn']);
  });

  it('reads an empty folder as no templates', async () => {
    expect(await readTemplateFiles(await templateFolder())).toEqual([]);
  });

  it('names a missing folder', async () => {
    const dir = path.join(await templateFolder(), 'nowhere');
    const error = await readError(dir);
    expect(error.code).toBe('invalid_config');
    expect(error.message).toContain(dir);
    expect(error.message).toContain('ENOENT');
  });

  it.each([
    [{ 'SignIn.html': signIn }, 'SignIn.html', 'move it to'],
    [{ 'en_US/SignIn.html': signIn }, 'en_US', 'BCP 47 language tag'],
    [
      { 'de/layouts/SignIn.html': signIn },
      path.join('de', 'layouts'),
      'directly in the language folder',
    ],
    [{ 'de/sign-in.html': signIn }, path.join('de', 'sign-in.html'), 'named by its usage type'],
    [{ 'de/SignIn.txt': 'x' }, path.join('de', 'SignIn.txt'), 'add SignIn.html'],
    [{ 'en-us/SignIn.html': signIn, 'en-US/SignIn.html': signIn }, 'en-us', 'same language as'],
  ])('refuses a misplaced file or folder: %j', async (files, culprit, fix) => {
    const dir = await templateFolder(files);
    const error = await readError(dir);
    expect(error.code).toBe('invalid_config');
    expect(error.message).toContain(path.join(dir, culprit));
    expect(error.message).toContain(fix);
  });

  it.each([
    ['<p>no front matter</p>', 1, 1, 'must start with front matter'],
    ['---\nsubject: Hi\n', 1, 1, 'never closed'],
    ['---\nsubject: Hi\n<p>not closed</p>', 3, 1, 'add a line `---` above this one'],
    ['---\nreplyTo: a@example.com\n---\n<p/>', 3, 1, 'no `subject`'],
    [
      '---\nsubject: Hi\n  subjet: Hi\n---\n<p/>',
      3,
      3,
      'unknown key `subjet`: did you mean `subject`?',
    ],
    ['---\nsubject: Hi\nSendFrom: x\n---\n<p/>', 3, 1, 'did you mean `sendFrom`?'],
    ['---\nsubject: Hi\ncolour: red\n---\n<p/>', 3, 1, 'the keys are subject, replyTo, sendFrom'],
    ['---\nsubject: Hi\nsubject: Ho\n---\n<p/>', 3, 1, 'set twice (first on line 2)'],
    ['---\nsubject: Hi\njust words\n---\n<p/>', 3, 1, 'expected `key: value`'],
  ])('reports bad front matter at file:line:column: %j', async (text, line, column, problem) => {
    const dir = await templateFolder({ 'de/SignIn.html': text });
    const error = await readError(dir);
    const file = path.join(dir, 'de', 'SignIn.html');
    expect(error.code).toBe('template_syntax');
    expect(error.message).toMatch(new RegExp(`^${escapeRegExp(`${file}:${line}:${column} `)}`));
    expect(error.message).toContain(problem);
    expect(error.details).toMatchObject({ file, line, column });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
