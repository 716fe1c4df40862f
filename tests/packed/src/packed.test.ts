import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startRedisServer } from '@authmail/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cleanEnvironment, installPackedPackages } from './user-project.js';

// The lesson of the Logto connector: test the artifact users get, where they
// run it. Every published package is packed, installed with npm into a
// directory outside this repository, and used from a process with a clean
// environment (no NODE_PATH, no workspace bins), as ESM and as CommonJS.

const run = promisify(execFile);
let root: string;
let project: string;

/** Runs one of the scripts beside this file inside the user project; returns what it printed. */
async function runAsUser(script: string, ...args: string[]): Promise<Record<string, unknown>> {
  const target = path.join(project, path.basename(script));
  await copyFile(fileURLToPath(new URL(`./${script}`, import.meta.url)), target);
  const { stdout } = await run(process.execPath, [target, ...args], {
    cwd: project,
    env: cleanEnvironment(root),
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

beforeAll(async () => {
  root = await realpath(await mkdtemp(path.join(tmpdir(), 'authmail-packed-')));
  project = await installPackedPackages(root);
}, 300_000);
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

it('works as ESM: built-ins in German, Mailgun and SendGrid to their fakes, the outbox, schemas, Logto', async () => {
  expect(await runAsUser('as-a-user.mjs')).toEqual({
    memorySubject: expect.stringMatching(/Anmeldecode|Code/),
    mailgunMessages: 1,
    sendgridMessages: 1,
    outboxIndex: true,
    schemaAccepts: true,
    providerEntry: 'function',
    logtoHandler: 'function',
  });
});

it('works through require(), and importing core and the providers loads neither zod nor Handlebars', async () => {
  expect(await runAsUser('as-a-user.cjs')).toEqual({
    eager: [],
    subject: expect.stringMatching(/코드/),
  });
});

// The integrations, through the real hosts from npm: each script drives the
// framework with the installed package and prints what arrived.

it('better-auth sends its emails through the packed @authmail/better-auth, in German', async () => {
  expect(await runAsUser('hosts/better-auth.mjs')).toMatchObject({ ok: true });
});

it('Auth.js signs in by the link the packed @authmail/authjs sent, in German', async () => {
  expect(await runAsUser('hosts/authjs.mjs')).toMatchObject({ ok: true });
});

it("the packed @authmail/supabase answers Supabase's signed hook and refuses a forged one", async () => {
  expect(await runAsUser('hosts/supabase.mjs')).toEqual({
    status: 200,
    usageType: 'Register',
    language: 'de',
    link: true,
    forgedStatus: 401,
    emails: 1,
  });
});

it('the installed `authmail` command checks templates kept as files and sends one to the outbox', async () => {
  const templates = path.join(project, 'templates', 'de');
  await mkdir(templates, { recursive: true });
  await writeFile(
    path.join(templates, 'SignIn.html'),
    '---\nsubject: Ihr Code: {{code}}\n---\n<p>Ihr Code für {{application.name}}: <b>{{code}}</b></p>\n',
  );
  const authmail = (...args: string[]) =>
    run(path.join(project, 'node_modules', '.bin', 'authmail'), args, {
      cwd: project,
      env: cleanEnvironment(root),
    });

  expect((await authmail('check', 'templates', '--format', 'json')).stdout.trim()).toBe('[]');
  const sent = await authmail(
    'send',
    '--to',
    'ann@example.com',
    '--usage-type',
    'SignIn',
    '--language',
    'de',
    '--templates',
    'templates',
  );
  expect(sent.stdout).toContain('Ihr Code: 482913');
  expect((await readdir(path.join(project, 'outbox'))).some((file) => file.endsWith('.eml'))).toBe(
    true,
  );
});

it('the packed @authmail/queue queues a sign-in code in Redis and a worker delivers it', async () => {
  const redis = await startRedisServer();
  try {
    expect(await runAsUser('hosts/queue.mjs', redis.url)).toEqual({
      provider: 'queue',
      deliveredBy: 'memory',
      subject: expect.stringContaining('482913'),
    });
  } finally {
    await redis.stop();
  }
});
