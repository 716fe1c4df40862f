import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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
async function runAsUser(script: string): Promise<Record<string, unknown>> {
  const target = path.join(project, script);
  await copyFile(fileURLToPath(new URL(`./${script}`, import.meta.url)), target);
  const { stdout } = await run(process.execPath, [target], {
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
