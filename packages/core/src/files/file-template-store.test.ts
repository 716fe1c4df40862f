import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuthmailError } from '../errors.js';
import { createMailer } from '../mailer/create-mailer.js';
import { createMemoryTransport } from '../memory-transport.js';
import {
  createFileTemplateStore,
  type FileTemplateStore,
  loadFileTemplateStore,
} from './file-template-store.js';
import type { TemplateFile } from './template-file.js';
import {
  rejectionOf,
  replaceFile,
  templateFolder,
  templateText,
  writeFiles,
} from './test-folder.js';

const signIn = templateText(['subject: Ihr Code: {{code}}'], '<p>Ihr Code: {{code}}</p>\n');

/** Waits for `register` to call back, failing after 10 s. */
function nextCall<T>(register: (resolve: (value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no call within 10 s')), 10_000);
    register((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

function loadError(dir: string): Promise<AuthmailError> {
  return rejectionOf(loadFileTemplateStore(dir));
}

describe('loadFileTemplateStore', () => {
  it('serves the files to a mailer, by negotiated language', async () => {
    const dir = await templateFolder({ 'de/SignIn.html': signIn });
    const transport = createMemoryTransport();
    const mailer = createMailer({
      transport,
      from: 'no-reply@example.com',
      templates: await loadFileTemplateStore(dir),
    });
    await mailer.send({
      to: 'a@example.com',
      usageType: 'SignIn',
      variables: { code: '123456', application: { id: 'app', name: 'Example' } },
      acceptLanguage: 'de-DE',
    });
    expect(transport.messages[0]).toMatchObject({
      subject: 'Ihr Code: 123456',
      html: '<p>Ihr Code: 123456</p>',
    });
  });

  it.each([
    [
      'the body',
      { 'de/SignIn.html': templateText(['subject: Hi'], '<p>\n  one\n  {{code}\n</p>') },
      'de/SignIn.html',
      6,
    ],
    [
      'the text part',
      { 'de/SignIn.html': signIn, 'de/SignIn.txt': 'Code:\n{{code}\n' },
      'de/SignIn.txt',
      2,
    ],
  ])('names the file and line of a syntax error in %s', async (_part, files, file, line) => {
    const dir = await templateFolder(files);
    const error = await loadError(dir);
    expect(error.code).toBe('template_syntax');
    expect(error.message).toMatch(new RegExp(`^${path.join(dir, file)}:${line}:\\d+ `));
    expect(error.details).toMatchObject({ file: path.join(dir, file), line });
  });

  it('points into the front-matter line for a syntax error in the subject', async () => {
    const dir = await templateFolder({
      'de/SignIn.html': templateText(['# comment', 'subject:  "Code {{code}"'], '<p/>'),
    });
    const error = await loadError(dir);
    const file = path.join(dir, 'de', 'SignIn.html');
    expect(error.details).toMatchObject({ file, line: 3 });
    const { column } = error.details as { column: number };
    // The error is at or after the `{{` that is never closed (column 17), on the line as written.
    expect(column).toBeGreaterThanOrEqual(17);
    expect(error.message).toContain(`${file}:3:${column} subject: `);
  });

  it('refuses to start on a bad file, and a lazy store rejects until it is fixed', async () => {
    const file = 'de/SignIn.html';
    const dir = await templateFolder({ [file]: '<p>no front matter</p>' });
    await expect(loadFileTemplateStore(dir)).rejects.toThrow('must start with front matter');

    const store = createFileTemplateStore(dir);
    await expect(store.languages()).rejects.toThrow('must start with front matter');
    await writeFile(path.join(dir, file), signIn);
    expect(await store.languages()).toEqual(['de']);
    expect((await store.find('de', 'SignIn'))?.subject).toBe('Ihr Code: {{code}}');
    expect(await store.find('de', 'Register')).toBeUndefined();
  });

  it('reads the folder only once when not watching', async () => {
    const dir = await templateFolder({ 'de/SignIn.html': signIn });
    const store = await loadFileTemplateStore(dir);
    await writeFile(path.join(dir, 'de', 'Register.html'), signIn);
    expect(await store.find('de', 'Register')).toBeUndefined();
    await store.load();
    expect(await store.find('de', 'Register')).toBeDefined();
  });
});

describe('createFileTemplateStore with watch', () => {
  async function watchedStore(dir: string) {
    const reloads: ((templates: readonly TemplateFile[]) => void)[] = [];
    const errors: ((error: AuthmailError) => void)[] = [];
    const store: FileTemplateStore = createFileTemplateStore(dir, {
      watch: true,
      onReload: (templates) => reloads.shift()?.(templates),
      onError: (error) => errors.shift()?.(error),
    });
    await store.load();
    return {
      store,
      nextReload: () => nextCall<readonly TemplateFile[]>((resolve) => reloads.push(resolve)),
      nextError: () => nextCall<AuthmailError>((resolve) => errors.push(resolve)),
    };
  }

  it('serves a changed file, and keeps the last good templates when a change does not parse', async () => {
    const dir = await templateFolder({ 'de/SignIn.html': signIn });
    const { store, nextReload, nextError } = await watchedStore(dir);
    const file = path.join(dir, 'de', 'SignIn.html');
    try {
      const reloaded = nextReload();
      await replaceFile(file, templateText(['subject: Neu {{code}}'], '<p>{{code}}</p>'));
      expect((await reloaded).map((t) => t.details.subject)).toEqual(['Neu {{code}}']);
      expect((await store.find('de', 'SignIn'))?.subject).toBe('Neu {{code}}');

      const failed = nextError();
      await replaceFile(file, templateText(['subject: Hi'], '<p>{{#if code}}</p>'));
      const error = await failed;
      expect(error.code).toBe('template_syntax');
      expect(error.message).toContain(`${file}:4:`);
      expect((await store.find('de', 'SignIn'))?.subject).toBe('Neu {{code}}');
    } finally {
      store.close();
    }
  });

  it('sees templates added in a new language folder and removed files', async () => {
    const dir = await templateFolder({ 'de/SignIn.html': signIn });
    const { store, nextReload } = await watchedStore(dir);
    try {
      let reloaded = nextReload();
      await writeFiles(dir, { 'pt-BR/SignIn.html': signIn });
      while (!(await reloaded).some((t) => t.languageTag === 'pt-BR')) reloaded = nextReload();
      expect(await store.languages()).toEqual(['de', 'pt-BR']);

      reloaded = nextReload();
      await rm(path.join(dir, 'de'), { recursive: true });
      while ((await reloaded).some((t) => t.languageTag === 'de')) reloaded = nextReload();
      expect(await store.languages()).toEqual(['pt-BR']);
    } finally {
      store.close();
    }
  });
});
