import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { runCli } from '../../cli.js';
import { testIo } from '../../testing/test-io.js';

/** What one `authmail check` run printed and exited with. */
export interface CheckRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Each finding line, `file:line:col  rule  message`, without the summary. */
  lines: string[];
}

/**
 * A fresh temporary project folder for each test of the calling file,
 * removed after it: call once at the top of the file, then `dir()` in a test.
 */
export function projectPerTest(): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'authmail-check-test-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** Writes `files` (relative path → text) under `dir`. */
export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    const absolute = path.join(dir, file);
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFile(absolute, text);
  }
}

/** Runs `authmail check …args` in `dir`, as the CLI would, without colour. */
export async function check(dir: string, ...args: string[]): Promise<CheckRun> {
  const io = testIo(dir, { NO_COLOR: '1' });
  const code = await runCli(['check', ...args], io, { version: '0.0.0' });
  const lines = io.stdout.split('\n').filter((line) => line.includes('  '));
  return { code, stdout: io.stdout, stderr: io.stderr, lines };
}

/**
 * A template file: front matter with `subject` (line 2), then a whole HTML
 * document from line 4 whose `<body>` holds `body`, from line 8.
 */
export function templateFile(body: string, subject = 'Your {{application.name}} code'): string {
  return [
    '---',
    `subject: ${subject}`,
    '---',
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><title>Sign in</title></head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A SignIn body with nothing to find: the code, a link, an https link. */
export const cleanSignInBody =
  '<p>Your code for {{application.name}} is {{code}}.</p>\n<p><a href="{{link}}">Sign in</a> or read <a href="https://acme.test/help">the help</a>.</p>';

/** Where `needle` first is in `text`: `line:column`, both from 1. */
export function positionOf(text: string, needle: string): string {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}
