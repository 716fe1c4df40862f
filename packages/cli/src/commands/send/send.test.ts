import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type FakeMailgun, startFakeMailgun } from '@authmail/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli.js';
import { testIo } from '../../testing/test-io.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'authmail-send-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function authmail(args: string[], env: Record<string, string> = {}) {
  const io = testIo(dir, env);
  const code = await runCli(args, io, { version: '0.0.0' });
  return { code, stdout: io.stdout, stderr: io.stderr };
}

const signIn = ['send', '--to', 'ann@example.com', '--usage-type', 'SignIn'];

/** The `.json` records the outbox in `dir/outbox` holds. */
async function outboxRecords(outbox = join(dir, 'outbox')) {
  const names = await readdir(outbox).catch(() => []);
  const records = names.filter((name) => name.endsWith('.json'));
  return Promise.all(
    records.map(async (name) => ({
      name,
      record: JSON.parse(await readFile(join(outbox, name), 'utf8')) as {
        message: { to: string; subject: string; html: string; text: string };
        files: { eml: string; html: string };
      },
    })),
  );
}

describe('through the outbox (the default)', () => {
  it('writes the email in the language asked for and prints the receipt', async () => {
    const { code, stdout, stderr } = await authmail([...signIn, '--language', 'de']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [entry, ...others] = await outboxRecords();
    expect(others).toEqual([]);
    const message = entry?.record.message;
    expect(message?.to).toBe('ann@example.com');
    expect(message?.html).toContain('<html lang="de"');
    expect(message?.subject).toContain('482913');
    const eml = await readFile(join(dir, 'outbox', entry?.record.files.eml ?? ''), 'utf8');
    expect(eml).toContain('To: ann@example.com');

    expect(stdout).toContain('sent SignIn to ann@example.com');
    expect(stdout).toMatch(/provider\s+outbox/);
    expect(stdout).toMatch(/template\s+SignIn, builtin/);
    expect(stdout).toMatch(/language\s+de\n/);
    expect(stdout).toContain(`subject     ${message?.subject}\n`);
    expect(stdout).toContain(`open        ${join('outbox', entry?.record.files.html ?? '')}\n`);
  });

  it('sends the variables of --vars, and says when the language fell back', async () => {
    await writeFile(
      join(dir, 'vars.json'),
      JSON.stringify({ code: '135790', application: { id: 'app', name: 'Ledger' } }),
    );
    const { code, stdout } = await authmail([
      ...signIn,
      '--vars',
      'vars.json',
      '--language',
      'tlh',
    ]);
    expect(code).toBe(0);
    const [entry] = await outboxRecords();
    expect(entry?.record.message.subject).toContain('135790');
    expect(entry?.record.message.text).toContain('Ledger');
    expect(stdout).toContain('language    en (no template for tlh: fell back)');
  });

  it('goes to AUTHMAIL_OUTBOX_DIR, from AUTHMAIL_FROM or --from', async () => {
    const env = { AUTHMAIL_OUTBOX_DIR: 'mail', AUTHMAIL_FROM: 'Env <env@acme.test>' };
    expect((await authmail(signIn, env)).code).toBe(0);
    expect((await authmail([...signIn, '--from', 'Flag <flag@acme.test>'], env)).code).toBe(0);
    const froms = await Promise.all(
      (await outboxRecords(join(dir, 'mail'))).map(async ({ record }) => {
        const eml = await readFile(join(dir, 'mail', record.files.eml), 'utf8');
        return /^From: (.*)$/m.exec(eml)?.[1];
      }),
    );
    expect(froms.sort()).toEqual(['Env <env@acme.test>', 'Flag <flag@acme.test>']);
  });

  it('shows a progress line only on a terminal', async () => {
    const quiet = await authmail(signIn);
    expect(quiet.stdout).not.toContain('Sending');
    const io = Object.assign(testIo(dir, {}), { interactive: true });
    expect(await runCli(signIn, io, { version: '0.0.0' })).toBe(0);
    expect(io.stdout).toContain('Sending SignIn to ann@example.com through outbox…');
  });
});

describe('wrong input', () => {
  it('names the --vars file and the JSON position', async () => {
    await writeFile(join(dir, 'vars.json'), '{\n  "code": "123456",\n}\n');
    const { code, stderr } = await authmail([...signIn, '--vars', 'vars.json']);
    expect(code).toBe(1);
    expect(stderr).toContain('error vars.json:3:1: Expected double-quoted property name');
    expect(await outboxRecords()).toEqual([]);
  });

  it('names a --vars file that is missing or not an object', async () => {
    const missing = await authmail([...signIn, '--vars', 'nowhere.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--vars nowhere.json: cannot read it (no such file)');
    await writeFile(join(dir, 'list.json'), '["482913"]');
    const list = await authmail([...signIn, '--vars', 'list.json']);
    expect(list.code).toBe(1);
    expect(list.stderr).toContain('--vars list.json: must hold one JSON object of variables');
  });

  it('lists the paths of variables that do not fit the usage type', async () => {
    await writeFile(join(dir, 'vars.json'), '{"code": "482913", "application": {"id": 7}}');
    const { code, stderr } = await authmail([...signIn, '--vars', 'vars.json']);
    expect(code).toBe(1);
    expect(stderr).toContain('error invalid_variables: Invalid variables for SignIn:\n');
    expect(stderr).toMatch(/^ {2}application\.id: .+$/m);
    expect(stderr).toMatch(/^ {2}application\.name: .+$/m);
    expect(stderr).toContain('fix them in vars.json');
    expect(await outboxRecords()).toEqual([]);
  });

  it('suggests the usage type it meant', async () => {
    const { code, stderr } = await authmail(['send', '--to', 'a@b.co', '--usage-type', 'SingIn']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown usage type "SingIn". Did you mean SignIn?');
    const far = await authmail(['send', '--to', 'a@b.co', '--usage-type', 'Newsletter']);
    expect(far.stderr).toContain('The usage types are SignIn, Register,');
  });

  it('asks for --to', async () => {
    const { code, stderr } = await authmail(['send', '--usage-type', 'SignIn']);
    expect(code).toBe(2);
    expect(stderr).toContain('--to <address> is required');
  });
});

describe('through a provider named by the environment', () => {
  let fake: FakeMailgun;
  beforeEach(async () => {
    fake = await startFakeMailgun({ apiKey: 'key-cli-secret', domains: ['mg.acme.test'] });
  });
  afterEach(() => fake.close());

  const mailgunEnv = () => ({
    AUTHMAIL_PROVIDER: 'mailgun',
    MAILGUN_API_KEY: 'key-cli-secret',
    MAILGUN_DOMAIN: 'mg.acme.test',
    MAILGUN_ENDPOINT: fake.url,
    MAILGUN_ALLOW_CUSTOM_ENDPOINT: 'true',
    AUTHMAIL_FROM: 'Acme <no-reply@mg.acme.test>',
  });

  it('sends through Mailgun and prints its message id', async () => {
    const { code, stdout } = await authmail(
      ['send', '--to', 'dana@example.com', '--usage-type', 'OrganizationInvitation'],
      mailgunEnv(),
    );
    expect(code).toBe(0);
    const fields = fake.messages[0]?.fields;
    expect(fields?.to).toBe('dana@example.com');
    expect(fields?.from).toBe('Acme <no-reply@mg.acme.test>');
    expect(stdout).toMatch(/provider\s+mailgun/);
    expect(stdout).toContain(`subject     ${String(fields?.subject)}\n`);
    expect(stdout).not.toContain('open ');
    expect(await outboxRecords()).toEqual([]);
  });

  it.each([
    [503, 'provider_unavailable', 'retryable: the same send may succeed later'],
    [400, 'provider_rejected', 'not retryable'],
  ])('reports a %i as %s, saying whether to retry', async (status, errorCode, advice) => {
    fake.fail({ status });
    const { code, stderr } = await authmail(signIn, mailgunEnv());
    expect(code).toBe(1);
    expect(stderr).toContain(`error ${errorCode}: `);
    expect(stderr).toContain(advice);
    expect(stderr).not.toContain('key-cli-secret');
  });

  it('names a missing variable, never a secret', async () => {
    const { MAILGUN_DOMAIN: _domain, ...env } = mailgunEnv();
    const { code, stderr } = await authmail(signIn, env);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'error invalid_config: MAILGUN_DOMAIN is required when AUTHMAIL_PROVIDER=mailgun',
    );
    expect(stderr).not.toContain('key-cli-secret');
    expect(fake.messages).toEqual([]);
  });

  it('asks for a sender', async () => {
    const { AUTHMAIL_FROM: _from, ...env } = mailgunEnv();
    const { code, stderr } = await authmail(signIn, env);
    expect(code).toBe(2);
    expect(stderr).toContain('--from or AUTHMAIL_FROM is required when AUTHMAIL_PROVIDER=mailgun');
  });
});

it('runs as the built bin', async () => {
  const bin = resolve(fileURLToPath(import.meta.url), '../../../../dist/bin.js');
  const { stdout } = await promisify(execFile)(process.execPath, [bin, ...signIn], {
    cwd: dir,
    env: { PATH: process.env.PATH, NO_COLOR: '1', AUTHMAIL_OUTBOX_DIR: 'sent' },
  });
  expect(stdout).toContain('sent SignIn to ann@example.com');
  expect(await outboxRecords(join(dir, 'sent'))).toHaveLength(1);
});
