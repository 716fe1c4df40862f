import { readdir, readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { createOutboxTransport } from '@authmail/outbox';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog, LanguageChoice } from './catalog.js';
import type { PreviewProblem } from './problem.js';
import type { PreviewEmail } from './render-preview.js';
import type { SentTest } from './send-test.js';
import type { PreviewServer } from './server.js';
import {
  englishSignIn,
  germanSignIn,
  previewOf,
  type TemplatesFolder,
  templatesFolder,
} from './test-support.js';

let folder: TemplatesFolder;
let server: PreviewServer;

beforeEach(async () => {
  folder = await templatesFolder({
    'de/SignIn.html': germanSignIn,
    'en/SignIn.html': englishSignIn,
  });
  server = await previewOf(folder);
});
afterEach(async () => {
  await server.close();
  await folder.remove();
});

/** What a render or a test send answers: either member may be there. */
interface Answer {
  email: PreviewEmail & { html: string; frames: { light: string; dark: string } };
  problem: PreviewProblem & { issues: unknown[] };
  sent: SentTest;
}
type Variables = Record<string, unknown>;
type CatalogAnswer = Catalog & { from: string; testSends: unknown; problem: PreviewProblem };

async function get<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, server.url));
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

async function post(path: string, body: unknown): Promise<Answer> {
  const response = await fetch(new URL(path, server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Answer;
}

async function render(usageType: string, language: string, variables?: object) {
  const sample = variables ?? (await get<Variables>(`/api/sample?usageType=${usageType}`));
  return post('/api/render', { usageType, language, variables: sample });
}

describe('the page and its catalog', () => {
  it('serves the page, its script and styles', async () => {
    const page = await fetch(server.url);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<script src="/page.js" defer></script>');
    expect((await fetch(new URL('/page.js', server.url))).headers.get('content-type')).toMatch(
      /^text\/javascript/,
    );
    expect(await (await fetch(new URL('/page.css', server.url))).text()).toContain('.frames');
  });

  it('lists every built-in usage type and language, and the files', async () => {
    await folder.write(
      'fr/Invoice.html',
      '---\nsubject: Facture {{number}}\n---\n<p>{{number}}</p>\n',
    );
    const catalog = await get<CatalogAnswer>('/api/catalog');
    expect(catalog.usageTypes).toHaveLength(21);
    expect(catalog.usageTypes[0]).toEqual({
      name: 'SignIn',
      builtin: true,
      codeOrLink: true,
      files: ['de', 'en'],
    });
    expect(catalog.usageTypes.at(-1)).toEqual({
      name: 'Invoice',
      builtin: false,
      codeOrLink: false,
      files: ['fr'],
    });
    expect(catalog.usageTypes.find((choice) => choice.name === 'Welcome')?.codeOrLink).toBe(false);
    // Every built-in language (the files' de, en and fr among them), sorted.
    expect(catalog.languages).toHaveLength(20);
    expect(catalog.languages).toEqual([...catalog.languages].sort());
    expect(catalog.languages).toEqual(expect.arrayContaining(['ar', 'de', 'en', 'fr', 'zh-HK']));
    expect(catalog.from).toBe('Acme Notes <no-reply@acme.example>');
    expect(catalog.testSends).toEqual({ destination: 'memory' });
  });

  it('says which template renders each language: a file, a fallback file or a built-in', async () => {
    const signIn = await get<LanguageChoice[]>('/api/languages?usageType=SignIn');
    const byTag = Object.fromEntries(signIn.map((choice) => [choice.tag, choice.renders]));
    expect(byTag.de).toEqual({
      kind: 'file',
      languageTag: 'de',
      usageType: 'SignIn',
      file: join('templates', 'de', 'SignIn.html'),
    });
    // As the mailer does: the store's default language before the built-ins.
    expect(byTag.fr).toMatchObject({ kind: 'file', languageTag: 'en' });
    const welcome = await get<LanguageChoice[]>('/api/languages?usageType=Welcome');
    expect(welcome.find((choice) => choice.tag === 'ja')?.renders).toEqual({
      kind: 'built-in',
      languageTag: 'ja',
      usageType: 'Welcome',
    });
  });

  it('gives realistic default variables, with a code or a link', async () => {
    const withCode = await get<Variables>('/api/sample?usageType=SignIn');
    expect(withCode.code).toMatch(/^\d{6}$/);
    expect(withCode.application).toMatchObject({ name: 'Acme Notes' });
    const withLink = await get<Variables>('/api/sample?usageType=SignIn&proof=link');
    expect(withLink.link).toMatch(/^https:\/\//);
    expect(withLink).not.toHaveProperty('code');
    expect(await get('/api/sample?usageType=Invoice')).toEqual({});
  });
});

describe('rendering', () => {
  it('renders a file through the mailer: subject, headers, text, size and both colour schemes', async () => {
    const { email } = await render('SignIn', 'de');
    expect(email.subject).toBe('Dein Code für Acme Notes');
    expect(email.from).toBe('Acme Notes <no-reply@acme.example>');
    expect(email.replyTo).toBe('Hilfe <hilfe@acme.example>');
    expect(email.to).toBe('Ann Lee <ann.lee@example.com>');
    expect(email.text).toContain('Dein Code: 482913');
    expect(email.renderedFrom).toEqual({
      kind: 'file',
      languageTag: 'de',
      usageType: 'SignIn',
      file: join('templates', 'de', 'SignIn.html'),
    });
    expect(email.htmlBytes).toBe(Buffer.byteLength(email.html));
    expect(email.gmailClipBytes).toBe(104_448);
    expect(email.frames.dark).toContain(
      '@media (min-width: 0px) { body { background-color: #101418;',
    );
    expect(email.frames.light).toContain(
      '@media (max-width: 0px) { body { background-color: #101418;',
    );
  });

  it('renders the built-in template where there is no file, in the language asked for', async () => {
    const { email } = await render('Welcome', 'fr');
    expect(email.renderedFrom).toEqual({
      kind: 'built-in',
      languageTag: 'fr',
      usageType: 'Welcome',
    });
    expect(email.html).toContain('<html lang="fr"');
    expect(email.replyTo).toBeUndefined();
  });

  it('renders a usage type only the files have, with whatever variables it is given', async () => {
    await folder.write(
      'fr/Invoice.html',
      '---\nsubject: Facture {{number}}\n---\n<p>{{number}}</p>\n',
    );
    const { email } = await render('Invoice', 'fr', { number: 'F-42' });
    expect(email.subject).toBe('Facture F-42');
    expect(email.renderedFrom).toMatchObject({
      kind: 'file',
      languageTag: 'fr',
      usageType: 'Invoice',
    });
  });

  it('lists each variable that fails the usage type schema', async () => {
    const { problem } = await render('SignIn', 'de', { code: 482913, application: { id: 'a' } });
    expect(problem.code).toBe('invalid_variables');
    expect(problem.issues).toEqual([
      { path: 'application.name', message: expect.stringContaining('expected string') },
      { path: 'code', message: expect.stringContaining('expected string') },
    ]);
  });

  it('shows a template error with its file, line and column', async () => {
    await folder.write(
      'de/SignIn.html',
      '---\nsubject: Code\n---\n<p>\n{{#if code}}<b>{{code}}</b>\n</p>\n',
    );
    const { problem } = await render('SignIn', 'de');
    expect(problem.code).toBe('template_syntax');
    expect(problem.location).toEqual({
      file: join(folder.dir, 'de', 'SignIn.html'),
      line: 6,
      column: expect.any(Number),
    });
    expect(problem.message).toContain(`${join(folder.dir, 'de', 'SignIn.html')}:6:`);
    // The catalog still lists the built-ins, and says what is wrong.
    const catalog = await get<CatalogAnswer>('/api/catalog');
    expect(catalog.problem.code).toBe('template_syntax');
    expect(catalog.usageTypes[0]?.files).toEqual([]);
  });

  it('refuses a body that is not a request for an email', async () => {
    const response = await fetch(new URL('/api/render', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ usageType: 'SignIn', language: 'de', variables: [] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'variables must be a JSON object' });
  });
});

describe('reloading', () => {
  it('tells open pages when a template file changes', async () => {
    const response = await fetch(new URL('/api/events', server.url));
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    if (!response.body) throw new Error('the event stream has no body');
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const received: string[] = [];
    const readUntil = async (event: string) => {
      while (!received.join('').includes(`event: ${event}\n`)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended before ${event}`);
        received.push(value);
      }
    };
    await readUntil('ready');
    expect(received.join('')).not.toContain('event: templates');
    await folder.write('de/SignIn.html', germanSignIn.replace('Dein Code', 'Ihr Code'));
    await readUntil('templates');
    expect((await render('SignIn', 'de')).email.subject).toBe('Ihr Code für Acme Notes');
    await reader.cancel();
  });
});

describe('send test', () => {
  it('sends the email through the configured transport: the outbox in a folder', async () => {
    await server.close();
    const outbox = createOutboxTransport({ dir: join(folder.cwd, 'outbox') });
    server = await previewOf(folder, { transport: outbox, destination: 'the outbox in outbox' });
    const variables = await get<Variables>('/api/sample?usageType=SignIn');
    const { sent } = await post('/api/send', {
      usageType: 'SignIn',
      language: 'de',
      variables,
      to: 'ben@example.com',
    });
    expect(sent).toEqual({
      to: 'ben@example.com',
      messageId: expect.stringMatching(/^<.+>$/),
      destination: 'the outbox in outbox',
    });
    const records = (await readdir(join(folder.cwd, 'outbox'))).filter((name) =>
      name.endsWith('.json'),
    );
    expect(records).toHaveLength(1);
    const record = JSON.parse(await readFile(join(folder.cwd, 'outbox', records[0] ?? ''), 'utf8'));
    expect(record.message).toMatchObject({
      to: 'ben@example.com',
      subject: 'Dein Code für Acme Notes',
    });
  });

  it('says why nothing was sent: a bad address, or no transport configured', async () => {
    const variables = await get<Variables>('/api/sample?usageType=SignIn');
    const request = { usageType: 'SignIn', language: 'de', variables };
    const bad = await post('/api/send', { ...request, to: 'ann@example.com, ben@example.com' });
    expect(bad.problem.code).toBe('invalid_message');
    await server.close();
    server = await previewOf(folder, { problem: 'MAILGUN_API_KEY is not set' });
    const off = await post('/api/send', { ...request, to: 'ann@example.com' });
    expect(off.problem).toEqual({ code: 'invalid_config', message: 'MAILGUN_API_KEY is not set' });
    expect((await get<CatalogAnswer>('/api/catalog')).testSends).toEqual({
      problem: 'MAILGUN_API_KEY is not set',
    });
  });
});

describe('who may ask', () => {
  /** A raw request, so the Host and Origin headers are ours to set. */
  function rawRequest(path: string, headers: Record<string, string>, method = 'GET') {
    const { port } = new URL(server.url);
    return new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        { host: '127.0.0.1', port, path, method, headers },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      request.end(method === 'POST' ? '{}' : undefined);
    });
  }

  it('answers to localhost only, so another site cannot reach it by DNS rebinding', async () => {
    const { port } = new URL(server.url);
    expect(await rawRequest('/api/catalog', { host: `localhost:${port}` })).toBe(200);
    expect(await rawRequest('/api/catalog', { host: `evil.example:${port}` })).toBe(403);
  });

  it('takes changes from its own page only, as JSON', async () => {
    const { host } = new URL(server.url);
    const json = { host, 'content-type': 'application/json' };
    expect(await rawRequest('/api/send', { ...json, origin: 'https://evil.example' }, 'POST')).toBe(
      403,
    );
    expect(await rawRequest('/api/send', { ...json, 'content-type': 'text/plain' }, 'POST')).toBe(
      415,
    );
    expect(await rawRequest('/api/send', { ...json, origin: `http://${host}` }, 'POST')).toBe(400);
  });

  it('answers 404 for anything else', async () => {
    expect((await fetch(new URL('/api/nothing', server.url))).status).toBe(404);
  });
});
