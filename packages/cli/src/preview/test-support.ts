import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createMemoryTransport } from '@authmail/core';
import { fileTemplateSource } from './file-source.js';
import type { TestSendTarget } from './send-test.js';
import { type PreviewServer, startPreviewServer } from './server.js';

/** A German and an English SignIn with their own light and dark styles, as a user writes them. */
export const germanSignIn = [
  '---',
  'subject: Dein Code für {{application.name}}',
  'replyTo: Hilfe <hilfe@acme.example>',
  '---',
  '<!DOCTYPE html>',
  '<html lang="de"><head><style>',
  'body { background-color: #ffffff; color: #111111; }',
  '@media (prefers-color-scheme: dark) { body { background-color: #101418; color: #eeeeee; } }',
  '</style></head>',
  '<body><h1>Willkommen bei {{application.name}}</h1><p>Dein Code: <b>{{code}}</b></p></body></html>',
  '',
].join('\n');

export const englishSignIn = [
  '---',
  'subject: Your code for {{application.name}}',
  '---',
  '<p>Your code for {{application.name}} is <b>{{code}}</b>.</p>',
  '',
].join('\n');

/** A temporary project folder with `templates/` in it, removed by `remove()`. */
export interface TemplatesFolder {
  /** The project folder (the preview's working directory). */
  cwd: string;
  /** Its `templates` folder. */
  dir: string;
  /** Writes `templates/<path>`, creating its folder. */
  write(path: string, text: string): Promise<void>;
  remove(): Promise<void>;
}

/** A project whose templates folder holds `files` (paths under `templates/`). */
export async function templatesFolder(files: Record<string, string>): Promise<TemplatesFolder> {
  const cwd = await mkdtemp(join(tmpdir(), 'authmail-preview-'));
  const dir = join(cwd, 'templates');
  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  };
  await mkdir(dir);
  for (const [path, text] of Object.entries(files)) await write(path, text);
  return { cwd, dir, write, remove: () => rm(cwd, { recursive: true, force: true }) };
}

/** A preview of `folder` on a free loopback port; test sends go to `testSends` (memory by default). */
export function previewOf(
  folder: TemplatesFolder,
  testSends: TestSendTarget = { transport: createMemoryTransport(), destination: 'memory' },
): Promise<PreviewServer> {
  return startPreviewServer({
    templates: fileTemplateSource(folder.dir, folder.cwd),
    from: 'Acme Notes <no-reply@acme.example>',
    testSends,
    host: '127.0.0.1',
    port: 0,
  });
}
