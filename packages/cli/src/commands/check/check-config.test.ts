import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, positionOf, projectPerTest, writeFiles } from './check-fixtures.js';

const dir = projectPerTest();

/** Writes `config` as `config.json`, two-space indented like Logto's console shows it; its text. */
async function writeConfig(config: object): Promise<string> {
  const text = `${JSON.stringify(config, null, 2)}\n`;
  await writeFiles(dir(), { 'config.json': text });
  return readFile(path.join(dir(), 'config.json'), 'utf8');
}

describe('a Mailgun config', () => {
  const mailgun = (signIn: object) => ({
    endpoint: 'https://api.mailgun.net',
    domain: 'mg.acme.test',
    apiKey: 'key-123',
    from: 'Acme <no-reply@mg.acme.test>',
    deliveries: {
      SignIn: signIn,
      OrganizationInvitation: { template: 'invitation', subject: 'Join {{organization.name}}' },
    },
  });

  it('checks each delivery, pointing into the JSON string past escapes and line breaks', async () => {
    const text = await writeConfig(
      mailgun({
        subject: 'Your code: {{code}}',
        html: '<p class="intro">Hi,</p>\n<p>{{aplication.name}}: {{code}}</p>\n<img src="http://cdn.acme.test/logo.png" alt="">',
      }),
    );
    const run = await check(dir(), 'config.json');
    expect(run.lines).toEqual([
      `config.json:${positionOf(text, '{{aplication.name}}')}  unknown-variable  {{aplication.name}}: "aplication" is not a variable of SignIn (the email would show the placeholder as written); did you mean application.name?`,
      `config.json:${positionOf(text, 'http://cdn')}  unsafe  <img src="http://cdn.acme.test/logo.png"> is not https: mail clients warn about or block plain http links and images; use https://.`,
    ]);
    expect(run.code).toBe(1);
  });

  it('checks the subject of a delivery through a provider template', async () => {
    const config = mailgun({ subject: 'Code {{code}}', html: '<p>{{code}}</p>' });
    config.deliveries.OrganizationInvitation.subject = 'Join {{organisation.name}}';
    const text = await writeConfig(config);
    const { lines } = await check(dir(), 'config.json');
    expect(lines).toEqual([
      `config.json:${positionOf(text, '{{organisation.name}}')}  unknown-variable  {{organisation.name}}: "organisation" is not a variable of OrganizationInvitation (the email would show the placeholder as written); did you mean organization.name?`,
    ]);
  });

  it('finds nothing in a clean config', async () => {
    await writeConfig(
      mailgun({ subject: 'Code {{code}}', html: '<p>{{code}}</p>', text: 'Code {{code}}' }),
    );
    const run = await check(dir(), 'config.json');
    expect(run.lines).toEqual([]);
    expect(run.stdout).toContain('✔ 2 templates checked, no problems');
    expect(run.code).toBe(0);
  });
});

describe('an SMTP config', () => {
  const smtp = (templates: object[]) => ({
    host: 'smtp.acme.test',
    port: 587,
    auth: { user: 'mailer', pass: 'secret' },
    fromEmail: 'no-reply@acme.test',
    templates,
  });

  it('checks each template by its content type, reporting where the template is', async () => {
    const text = await writeConfig(
      smtp([
        {
          usageType: 'SignIn',
          contentType: 'text/html',
          subject: 'Sign in',
          content: '<p>Welcome back</p>',
        },
        {
          usageType: 'Register',
          contentType: 'text/plain',
          subject: 'Code',
          content: 'Code {{code}} from {{inviter.name}}',
        },
        {
          usageType: 'Generic',
          contentType: 'text/html',
          subject: 'Code',
          content: '<div>{{code}}',
        },
      ]),
    );
    const { lines } = await check(dir(), 'config.json');
    const signInAt = positionOf(text, '{\n      "usageType": "SignIn"');
    expect(lines.map((line) => line.split('  ').slice(0, 2).join('  '))).toEqual([
      `config.json:${signInAt}  missing-essential`,
      `config.json:${positionOf(text, '{{inviter.name}}')}  unknown-variable`,
      // html-validate points at the element's name.
      `config.json:${positionOf(text, 'div>{{code}}')}  html`,
    ]);
  });

  it('finds nothing in clean templates', async () => {
    await writeConfig(
      smtp([
        {
          usageType: 'SignIn',
          contentType: 'text/html',
          subject: 'Sign in',
          content: '<p>{{code}}</p>',
        },
        {
          usageType: 'Register',
          contentType: 'text/plain',
          subject: 'Code',
          content: 'Code {{code}}',
        },
      ]),
    );
    expect((await check(dir(), 'config.json')).lines).toEqual([]);
  });
});

describe('a SendGrid config', () => {
  it('reads `type` as the content type', async () => {
    const text = await writeConfig({
      apiKey: 'SG.x',
      fromEmail: 'no-reply@acme.test',
      templates: [
        { usageType: 'SignIn', type: 'text/html', subject: 'Code', content: '<p>{{code}}</p><b>x' },
      ],
    });
    const { lines } = await check(dir(), 'config.json');
    expect(lines[0]).toMatch(new RegExp(`^config\\.json:${positionOf(text, 'b>x')} {2}html`));
  });
});

describe('a file that is not a connector config', () => {
  it('is a syntax error at the line and column where the JSON breaks', async () => {
    await writeFiles(dir(), {
      'config.json': '{\n  "deliveries": {\n    "SignIn": { "html": "x" },\n  }\n}\n',
    });
    const { lines, code } = await check(dir(), 'config.json');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^config\.json:4:3 {2}syntax {2}not JSON: /);
    expect(code).toBe(1);
  });

  it('is a usage error when it has neither deliveries nor templates', async () => {
    await writeFiles(dir(), { 'config.json': '{ "apiKey": "x" }' });
    const run = await check(dir(), 'config.json');
    expect(run.stderr).toContain('has neither "deliveries" nor "templates"');
    expect(run.code).toBe(2);
  });
});
