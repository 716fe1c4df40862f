import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli.js';
import { testIo } from '../../testing/test-io.js';

const created: string[] = [];
afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A temporary working directory holding `files` (relative path → text). */
async function workDir(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'authmail-logto-'));
  created.push(dir);
  for (const [relative, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
    await writeFile(path.join(dir, relative), text);
  }
  return dir;
}

async function run(cwd: string, ...argv: string[]) {
  const io = testIo(cwd, { NO_COLOR: '1' });
  const code = await runCli(argv, io, { version: '0.0.0' });
  return { code, stdout: io.stdout, stderr: io.stderr };
}

const signInHtml = [
  '---',
  'subject: "Ihr Code: {{code}}"',
  'replyTo: support@example.com',
  '---',
  '<p>Ihr Code: <b>{{code}}</b></p>',
  '',
].join('\n');

const templateFiles = {
  'templates/de/SignIn.html': signInHtml,
  'templates/de/SignIn.txt': 'Ihr Code: {{code}}\n',
  'templates/en/Register.html': '---\nsubject: " Welcome: #1 "\n---\n<p>Hi {{user.name}}</p>\n',
};

const exportedRows = {
  templates: [
    {
      languageTag: 'de',
      templateType: 'SignIn',
      details: {
        subject: 'Ihr Code: {{code}}',
        content: '<p>Ihr Code: <b>{{code}}</b></p>',
        contentType: 'text/html',
        replyTo: 'support@example.com',
        text: 'Ihr Code: {{code}}',
      },
    },
    {
      languageTag: 'en',
      templateType: 'Register',
      details: {
        subject: ' Welcome: #1 ',
        content: '<p>Hi {{user.name}}</p>',
        contentType: 'text/html',
      },
    },
  ],
};

describe('authmail export --logto', () => {
  it('writes the PUT /api/email-templates body to standard output', async () => {
    const cwd = await workDir(templateFiles);
    const { code, stdout, stderr } = await run(cwd, 'export', '--logto');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(exportedRows);
  });

  it('writes to --out, from a named folder', async () => {
    const cwd = await workDir({ 'emails/de/SignIn.html': signInHtml });
    const { code, stdout } = await run(cwd, 'export', '--logto', 'emails', '--out', 'rows.json');
    expect(code).toBe(0);
    expect(stdout).toBe('wrote 1 template to rows.json\n');
    const body = JSON.parse(await readFile(path.join(cwd, 'rows.json'), 'utf8'));
    expect(body.templates.map((row: { templateType: string }) => row.templateType)).toEqual([
      'SignIn',
    ]);
  });

  it('refuses to run without --logto', async () => {
    const { code, stderr } = await run(await workDir(templateFiles), 'export');
    expect(code).toBe(2);
    expect(stderr).toContain('--logto (the only one for now)');
  });

  it('names every template that does not compile as file:line:column, and writes nothing', async () => {
    const cwd = await workDir({
      'templates/de/SignIn.html': '---\nsubject: Hi\n---\n<p>\n  {{code}\n</p>\n',
      'templates/en/SignIn.html': '---\nsubject: Code {{code}\n---\n<p>ok</p>\n',
    });
    const { code, stdout, stderr } = await run(cwd, 'export', '--logto');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error templates\/de\/SignIn\.html:5:\d+ /m);
    expect(stderr).toMatch(/^error templates\/en\/SignIn\.html:2:\d+ subject: /m);
  });

  it('names a front-matter mistake with its fix', async () => {
    const cwd = await workDir({ 'templates/de/SignIn.html': '---\nsubjct: Hi\n---\n<p/>\n' });
    const { code, stderr } = await run(cwd, 'export', '--logto');
    expect(code).toBe(1);
    expect(stderr).toBe(
      'error templates/de/SignIn.html:2:1 unknown key `subjct`: did you mean `subject`?\n',
    );
  });

  it('fails on a missing or empty folder', async () => {
    const cwd = await workDir({ 'empty/.gitkeep': '' });
    const missing = await run(cwd, 'export', '--logto');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      'error templates: the templates folder cannot be read (ENOENT)',
    );
    const empty = await run(cwd, 'export', '--logto', 'empty');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('empty holds no templates');
  });
});

describe('authmail import --logto', () => {
  it('writes the rows Logto GET /api/email-templates answers with as files, and lists them', async () => {
    const rows = exportedRows.templates.map((row, index) => ({
      tenantId: 'default',
      id: `id${index}`,
      ...row,
      createdAt: 1_700_000_000_000,
    }));
    const cwd = await workDir({ 'rows.json': JSON.stringify(rows) });
    const { code, stdout, stderr } = await run(cwd, 'import', '--logto', 'rows.json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'wrote templates/de/SignIn.html',
        'wrote templates/de/SignIn.txt',
        'wrote templates/en/Register.html',
        '3 files written to templates',
        '',
      ].join('\n'),
    );
    expect(await readFile(path.join(cwd, 'templates/de/SignIn.html'), 'utf8')).toBe(
      '---\nsubject: Ihr Code: {{code}}\nreplyTo: support@example.com\n---\n<p>Ihr Code: <b>{{code}}</b></p>\n',
    );
  });

  it('round-trips: export, import elsewhere, export again gives the same JSON', async () => {
    const cwd = await workDir(templateFiles);
    const first = await run(cwd, 'export', '--logto', '--out', 'rows.json');
    expect(first.code).toBe(0);
    const imported = await run(cwd, 'import', '--logto', 'rows.json', 'copy');
    expect(imported.code).toBe(0);
    const second = await run(cwd, 'export', '--logto', 'copy');
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(await readFile(path.join(cwd, 'rows.json'), 'utf8'));
  });

  it('names the files that exist and writes nothing without --force', async () => {
    const cwd = await workDir({
      ...templateFiles,
      'rows.json': JSON.stringify(exportedRows),
      'templates/de/SignIn.html': '---\nsubject: old\n---\n<p>old</p>\n',
    });
    const refused = await run(cwd, 'import', '--logto', 'rows.json');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      [
        'error these files exist already (nothing was written):',
        '  templates/de/SignIn.html',
        '  templates/de/SignIn.txt',
        '  templates/en/Register.html',
        'Run again with --force to overwrite them.',
        '',
      ].join('\n'),
    );
    expect(await readFile(path.join(cwd, 'templates/de/SignIn.html'), 'utf8')).toContain('old');

    const forced = await run(cwd, 'import', '--logto', 'rows.json', '--force');
    expect(forced.code).toBe(0);
    expect(await readFile(path.join(cwd, 'templates/de/SignIn.html'), 'utf8')).toContain(
      'Ihr Code',
    );
  });

  it('refuses a row whose path would leave the folder', async () => {
    const rows = [
      { languageTag: '../..', templateType: 'SignIn', details: { subject: 's', content: 'c' } },
    ];
    const cwd = await workDir({ 'rows.json': JSON.stringify({ templates: rows }) });
    const { code, stderr } = await run(cwd, 'import', '--logto', 'rows.json');
    expect(code).toBe(1);
    expect(stderr).toContain('languageTag must be a BCP 47 language tag');
    expect(await readdir(cwd)).toEqual(['rows.json']);
  });

  it.each([
    ['{ "templates": ', 'rows.json is not JSON'],
    ['{ "rows": [] }', 'rows.json holds neither Logto rows'],
    ['[1]', 'rows.json row 0 is not an object'],
  ])('refuses rows it cannot read: %s', async (json, problem) => {
    const cwd = await workDir({ 'rows.json': json });
    const { code, stderr } = await run(cwd, 'import', '--logto', 'rows.json');
    expect(code).toBe(1);
    expect(stderr).toContain(problem);
  });

  it('writes a template that does not compile, then names it as file:line:column', async () => {
    const rows = [
      {
        languageTag: 'de',
        templateType: 'SignIn',
        details: { subject: 'Hi', content: '<p>\n{{#if a}}\n</p>' },
      },
    ];
    const cwd = await workDir({ 'rows.json': JSON.stringify(rows) });
    const { code, stdout, stderr } = await run(cwd, 'import', '--logto', 'rows.json');
    expect(code).toBe(1);
    expect(stdout).toContain('wrote templates/de/SignIn.html');
    expect(stderr).toMatch(/^error templates\/de\/SignIn\.html:\d+:\d+ /);
  });

  it.each([
    [['import', 'rows.json'], '--logto (the only one for now)'],
    [['import', '--logto'], 'name the rows file'],
    [['import', '--logto', 'missing.json'], 'cannot read missing.json (ENOENT)'],
    [['import', '--logto', 'rows.json', '--overwrite'], "Unknown option '--overwrite'"],
  ])('is a usage mistake: %j', async (argv, problem) => {
    const cwd = await workDir({ 'rows.json': '[]' });
    const { code, stderr } = await run(cwd, ...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(problem);
  });
});

describe('the built authmail bin', () => {
  it('exports and imports Logto rows', async () => {
    const cwd = await workDir(templateFiles);
    const bin = path.resolve(fileURLToPath(import.meta.url), '../../../../dist/bin.js');
    const exec = promisify(execFile);
    const env = { ...process.env, NO_COLOR: '1' };
    const exported = await exec(process.execPath, [bin, 'export', '--logto'], { cwd, env });
    expect(JSON.parse(exported.stdout)).toEqual(exportedRows);
    await writeFile(path.join(cwd, 'rows.json'), exported.stdout);
    const imported = await exec(process.execPath, [bin, 'import', '--logto', 'rows.json', 'copy'], {
      cwd,
      env,
    });
    expect(imported.stdout).toContain('3 files written to copy');
  });
});
