import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  check,
  cleanSignInBody,
  projectPerTest,
  templateFile,
  writeFiles,
} from './check-fixtures.js';

const dir = projectPerTest();

/** One error (an unknown root) and one warning (an unknown member). */
const withErrorAndWarning = {
  'emails/en/SignIn.html': templateFile(
    `${cleanSignInBody}\n<p>{{inviter.name}} {{application.nmae}}</p>`,
  ),
};

/** Only a warning. */
const withWarning = {
  'emails/en/SignIn.html': templateFile(`${cleanSignInBody}\n<p>{{application.nmae}}</p>`),
};

describe('--format json', () => {
  it('prints an array of { file, line, column, rule, severity, message }', async () => {
    await writeFiles(dir(), withErrorAndWarning);
    const run = await check(dir(), 'emails', '--format', 'json');
    const findings = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(findings.map(({ message, ...rest }) => rest)).toEqual([
      {
        file: 'emails/en/SignIn.html',
        line: 10,
        column: 4,
        rule: 'unknown-variable',
        severity: 'error',
      },
      {
        file: 'emails/en/SignIn.html',
        line: 10,
        column: 21,
        rule: 'unknown-variable',
        severity: 'warning',
      },
    ]);
    expect(findings[0]?.message).toContain('"inviter" is not a variable of SignIn');
    expect(run.code).toBe(1);
  });

  it('gives null line and column for a finding about a whole file', async () => {
    await writeFiles(dir(), {
      'emails/en/SignIn.html': templateFile(cleanSignInBody),
      'emails/en/Register.html': templateFile(cleanSignInBody),
      'emails/de/SignIn.html': templateFile(cleanSignInBody),
    });
    const findings = JSON.parse((await check(dir(), 'emails', '--format', 'json')).stdout);
    expect(findings).toEqual([
      expect.objectContaining({
        file: 'emails/de/Register.html',
        line: null,
        column: null,
        rule: 'coverage',
      }),
    ]);
  });
});

describe('exit codes', () => {
  it('is 1 on errors, with a summary line', async () => {
    await writeFiles(dir(), withErrorAndWarning);
    const run = await check(dir(), 'emails');
    expect(run.stdout).toContain('✖ 1 error, 1 warning (1 template checked)');
    expect(run.code).toBe(1);
  });

  it('is 0 on warnings alone, and 1 with --strict', async () => {
    await writeFiles(dir(), withWarning);
    const relaxed = await check(dir(), 'emails');
    expect(relaxed.stdout).toContain('⚠ 0 errors, 1 warning (1 template checked)');
    expect(relaxed.code).toBe(0);
    expect((await check(dir(), 'emails', '--strict')).code).toBe(1);
  });

  it('reads ./templates by default', async () => {
    await writeFiles(dir(), { 'templates/en/SignIn.html': templateFile(cleanSignInBody) });
    const run = await check(dir());
    expect(run.stdout).toContain('1 template checked');
    expect(run.code).toBe(0);
  });

  it('is 2 for wrong usage: a missing folder, an unknown option or format', async () => {
    const missing = await check(dir(), 'nowhere');
    expect(missing.stderr).toContain('nowhere does not exist');
    expect(missing.code).toBe(2);
    await writeFiles(dir(), withWarning);
    expect((await check(dir(), 'emails', '--colour')).code).toBe(2);
    const format = await check(dir(), 'emails', '--format', 'xml');
    expect(format.stderr).toContain('--format must be text or json');
    expect(format.code).toBe(2);
  });
});

describe('the built bin', () => {
  it('checks a folder and exits 1 on errors', async () => {
    await writeFiles(dir(), withErrorAndWarning);
    const bin = path.resolve(fileURLToPath(import.meta.url), '../../../../dist/bin.js');
    const run = promisify(execFile)(process.execPath, [bin, 'check', 'emails'], {
      cwd: dir(),
      env: { PATH: process.env.PATH, NO_COLOR: '1' },
    });
    const failure = await run.then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain(
      'emails/en/SignIn.html:10:4  unknown-variable  {{inviter.name}}',
    );
  });
});
