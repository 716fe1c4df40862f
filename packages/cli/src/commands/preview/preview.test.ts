import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../cli.js';
import {
  englishSignIn,
  type TemplatesFolder,
  templatesFolder,
} from '../../preview/test-support.js';
import { testIo } from '../../testing/test-io.js';

let folder: TemplatesFolder;
beforeEach(async () => {
  folder = await templatesFolder({ 'en/SignIn.html': englishSignIn });
});
afterEach(() => folder.remove());

const urlPattern = /http:\/\/127\.0\.0\.1:\d+\//;

/** Starts `authmail preview …` in the folder and waits until it prints its URL. */
async function startPreview(args: string[], env: Record<string, string> = {}) {
  const io = testIo(folder.cwd, env);
  const exit = runCli(['preview', ...args], io, { version: '0.0.0' });
  await vi.waitFor(() => expect(io.stdout).toMatch(urlPattern), { timeout: 20_000, interval: 10 });
  const url = urlPattern.exec(io.stdout)?.[0] ?? '';
  return { io, exit, url };
}

async function catalogAt(url: string) {
  const response = await fetch(new URL('/api/catalog', url));
  return (await response.json()) as {
    usageTypes: { name: string; files: string[] }[];
    testSends: { destination?: string; problem?: string };
  };
}

describe('authmail preview', () => {
  it('serves ./templates until Ctrl-C, then stops cleanly', async () => {
    const { io, exit, url } = await startPreview(['--port', '0'], { AUTHMAIL_OUTBOX_DIR: 'mail' });
    expect(io.stdout).toContain(`authmail preview of templates at ${url}\n`);
    const catalog = await catalogAt(url);
    expect(catalog.usageTypes[0]).toMatchObject({ name: 'SignIn', files: ['en'] });
    expect(catalog.testSends).toEqual({ destination: 'the outbox in mail' });
    expect(await (await fetch(url)).text()).toContain('<title>authmail preview</title>');

    io.abort();
    expect(await exit).toBe(0);
    expect(io.stdout).toContain('Preview stopped.\n');
    expect(io.stderr).toBe('');
    await expect(fetch(url)).rejects.toThrow();
  });

  it('previews the folder given', async () => {
    const { io, exit, url } = await startPreview(['templates', '--port', '0']);
    expect((await catalogAt(url)).usageTypes[0]?.files).toEqual(['en']);
    io.abort();
    expect(await exit).toBe(0);
  });

  it('previews the built-ins alone when there is no ./templates, and says so', async () => {
    await rm(folder.dir, { recursive: true });
    const { io, exit, url } = await startPreview(['--port', '0']);
    expect(io.stderr).toContain('No templates folder here: showing the built-in templates.');
    expect((await catalogAt(url)).usageTypes.flatMap(({ files }) => files)).toEqual([]);
    io.abort();
    expect(await exit).toBe(0);
  });

  it('keeps previewing with test sends off when the environment names a transport it cannot build', async () => {
    const { io, exit, url } = await startPreview(['--port', '0'], { AUTHMAIL_PROVIDER: 'mailgun' });
    expect(io.stderr).toMatch(/^Test sends are off: .*MAILGUN_API_KEY/);
    expect((await catalogAt(url)).testSends.problem).toContain('MAILGUN_API_KEY');
    io.abort();
    expect(await exit).toBe(0);
  });

  it.each([
    [['--port', 'eighty'], '--port must be a whole number from 0 to 65535, not "eighty".'],
    [['--port', '70000'], '--port must be a whole number from 0 to 65535'],
    [['missing'], 'missing: no such folder.'],
    [['a', 'b'], 'unexpected argument: b'],
    [['--watch'], "Unknown option '--watch'"],
  ])('refuses %j as wrong usage (exit 2)', async (args, message) => {
    const io = testIo(folder.cwd);
    expect(await runCli(['preview', ...args], io, { version: '0.0.0' })).toBe(2);
    expect(io.stderr).toContain(message);
    expect(io.stderr).toContain('authmail preview --help');
  });

  it('says when the port is taken (exit 1)', async () => {
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    const { port } = taken.address() as { port: number };
    const io = testIo(folder.cwd);
    try {
      expect(await runCli(['preview', '--port', String(port)], io, { version: '0.0.0' })).toBe(1);
    } finally {
      taken.close();
    }
    expect(io.stderr).toContain(`Port ${port} is in use: pass another with --port`);
  });

  it('has help with its usage, options, examples and exit codes', async () => {
    const io = testIo(folder.cwd);
    expect(await runCli(['preview', '--help'], io, { version: '0.0.0' })).toBe(0);
    expect(io.stdout).toMatch(/^Usage: authmail preview \[dir\] \[--port 3000\]/);
    for (const part of ['--host', '--open', 'Examples:', 'Exit codes:', 'AUTHMAIL_PROVIDER']) {
      expect(io.stdout).toContain(part);
    }
  });
});

it('runs as the built bin and stops on SIGINT', async () => {
  const bin = resolve(fileURLToPath(import.meta.url), '../../../../dist/bin.js');
  const child = spawn(process.execPath, [bin, 'preview', '--port', '0'], {
    cwd: folder.cwd,
    env: { PATH: process.env.PATH, NO_COLOR: '1' },
  });
  let stdout = '';
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  const url = await new Promise<string>((found, failed) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = urlPattern.exec(stdout);
      if (match) found(match[0]);
    });
    child.once('exit', () => failed(new Error(`the bin exited before serving: ${stdout}`)));
  });
  expect((await catalogAt(url)).usageTypes[0]?.files).toEqual(['en']);
  child.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(stdout).toContain('Preview stopped.');
});
