import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describeIssues } from '@authmail/core/provider';
import { describe, expect, it } from 'vitest';
import { createSendGridMailer, type SendGridConfig, sendGridConfigSchema } from './config.js';
import { createSendGridTransport } from './transport.js';

/** A Logto SendGrid config as Logto's own guard accepts it. */
const apiKey = 'SG.config-guard-secret.9f8e7d';
const template = (usageType: string, changes: Record<string, unknown> = {}) => ({
  usageType,
  type: 'text/plain',
  subject: `${usageType}: {{code}}`,
  content: 'Your code is {{code}}.',
  ...changes,
});
const logtoTemplates = ['SignIn', 'Register', 'ForgotPassword', 'Generic'].map((usageType) =>
  template(usageType),
);
const valid = {
  apiKey,
  fromEmail: 'noreply@logto.test.io',
  fromName: 'Logto Test',
  templates: logtoTemplates,
};

/** `valid` with one more template, or with template `index` changed. */
const withTemplate = (index: number, changes: Record<string, unknown>) => ({
  templates: logtoTemplates.map((each, at) => (at === index ? { ...each, ...changes } : each)),
});
const plus = (extra: Record<string, unknown>) => ({ templates: [...logtoTemplates, extra] });

/** [what, changes to `valid`, the path of each issue (none: the config is valid)]. */
const cases: [string, Record<string, unknown>, string[]][] = [
  ["Logto's config", {}, []],
  ['no fromName', { fromName: undefined }, []],
  ['a blank fromName', { fromName: '' }, []],
  ['a fromName with a comma', { fromName: 'Acme, Inc.' }, []],
  ['a fromName with double quotes and a backslash', { fromName: 'Acme "Mail" \\o/' }, []],
  ['the EU base URL', { baseUrl: 'https://api.eu.sendgrid.com/' }, []],
  [
    'a fake API with allowCustomBaseUrl',
    { baseUrl: 'http://127.0.0.1:8080/sendgrid', allowCustomBaseUrl: true },
    [],
  ],
  [
    'a dynamic template with a reply-to, and an HTML template',
    plus({ ...template('BindMfa'), content: '', templateId: 'd-1', replyTo: 'help@acme.test' }),
    [],
  ],
  ['an HTML template', withTemplate(3, { type: 'text/html', content: '<p>{{code}}</p>' }), []],
  ['a base URL off SendGrid', { baseUrl: 'https://api.sendgrid.com.evil.test' }, ['baseUrl']],
  ['a plain-http base URL', { baseUrl: 'http://api.sendgrid.com' }, ['baseUrl']],
  ['a base URL without a scheme', { baseUrl: 'api.sendgrid.com' }, ['baseUrl']],
  ['a base URL ending in /v3', { baseUrl: 'https://api.sendgrid.com/v3/' }, ['baseUrl']],
  ['a base URL with a query', { baseUrl: 'https://api.sendgrid.com/?x=1' }, ['baseUrl']],
  [
    'a custom base URL with credentials',
    { baseUrl: 'http://user:pass@127.0.0.1:8080', allowCustomBaseUrl: true },
    ['baseUrl'],
  ],
  ['an empty API key', { apiKey: '' }, ['apiKey']],
  ['a timeout below 0', { timeoutMs: -1 }, ['timeoutMs']],
  ['a fromEmail that is not an address', { fromEmail: 'noreply' }, ['fromEmail']],
  ['an empty fromEmail', { fromEmail: '' }, ['fromEmail']],
  ['a fromEmail with a name', { fromEmail: 'Acme <noreply@acme.test>' }, ['fromEmail']],
  ['a fromName with CR/LF', { fromName: 'Acme\r\nBcc: x@evil.test' }, ['fromName']],
  ['a fromName with a line feed', { fromName: 'Acme\nCorp' }, ['fromName']],
  ['a fromName with a NUL', { fromName: 'Acme\u0000Mail' }, ['fromName']],
  [
    'a templateId that is not a dynamic template',
    plus({ ...template('BindMfa'), templateId: 'legacy' }),
    ['templates.4.templateId'],
  ],
  [
    'a subject that does not parse',
    withTemplate(0, { subject: '{{#if code}}' }),
    ['templates.0.subject'],
  ],
  [
    'plain-text content that does not parse',
    withTemplate(1, { content: '{{code' }),
    ['templates.1.content'],
  ],
  [
    'HTML content that does not parse',
    withTemplate(3, { type: 'text/html', content: '<p>{{/if}}</p>' }),
    ['templates.3.content'],
  ],
  ['a reply-to that does not parse', withTemplate(2, { replyTo: '{{}}' }), ['templates.2.replyTo']],
  [
    'a second SignIn template that does not parse',
    plus(template('SignIn', { content: '{{.}' })),
    ['templates.4.content'],
  ],
  [
    'no Generic template',
    { templates: logtoTemplates.filter(({ usageType }) => usageType !== 'Generic') },
    ['templates'],
  ],
  [
    'every failing top-level field at once',
    { baseUrl: 'https://evil.test', fromEmail: 'noreply', apiKey: '' },
    ['apiKey', 'baseUrl', 'fromEmail'],
  ],
];

const config = (changes: Record<string, unknown>) => ({ ...valid, ...changes }) as SendGridConfig;
const issuesOf = (changes: Record<string, unknown>) =>
  sendGridConfigSchema.safeParse(config(changes)).error?.issues ?? [];

function builds(changes: Record<string, unknown>): boolean {
  return problemsOf(changes).length === 0;
}

/** The `path: message` lines createSendGridMailer throws with (none: it builds). */
function problemsOf(changes: Record<string, unknown>): string[] {
  try {
    createSendGridMailer(config(changes));
    return [];
  } catch (error) {
    return (error as { details: { issues: string[] } }).details.issues;
  }
}

describe('sendGridConfigSchema rejects at parse time what the mailer rejects', () => {
  it.each(cases)('%s', (_, changes, paths) => {
    const issues = issuesOf(changes);
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(paths);
    expect(sendGridConfigSchema.safeParse(config(changes)).success).toBe(builds(changes));
    expect(problemsOf(changes)).toEqual(describeIssues(issues));
  });

  it('never puts the API key in an issue', () => {
    const everyIssue = cases.flatMap(([, changes]) => issuesOf(changes));
    expect(everyIssue.length).toBeGreaterThan(15);
    expect(JSON.stringify(everyIssue)).not.toContain(apiKey);
  });

  it('says to drop /v3', () => {
    const [issue] = issuesOf({ baseUrl: 'https://api.eu.sendgrid.com/v3' });
    expect(issue?.message).toMatch(/^must not end in \/v3: .*drop \/v3/);
  });

  it('says where a template fails: field, line and column', () => {
    const [issue] = issuesOf(withTemplate(3, { content: 'Hello,\n\nyour code is {{code}.' }));
    expect(issue?.path).toEqual(['templates', 3, 'content']);
    expect(issue?.message).toMatch(/line 3, column \d+/);
  });

  it('names the field once in the error createSendGridMailer throws', () => {
    expect(() => createSendGridMailer(config({ fromName: 'Acme\r\nBcc: x@evil.test' }))).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        message: expect.stringMatching(
          /^Invalid SendGrid config: fromName: cannot be sent as a display name/,
        ),
      }),
    );
  });
});

describe('option keys', () => {
  it('refuses an option createSendGridMailer does not take, suggesting the one it likely meant', () => {
    expect(() => createSendGridMailer(config({}), { defaultLangauge: 'de' } as never)).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        message:
          'Invalid SendGrid mailer options: defaultLangauge: not an option; did you mean `defaultLanguage`?',
      }),
    );
  });

  it('refuses a transport option it does not know, tracking options too', () => {
    expect(() => createSendGridTransport({ apiKey, baseURL: 'https://x' } as never)).toThrow(
      'Invalid SendGrid options: baseURL: not an option; did you mean `baseUrl`?',
    );
    expect(() => createSendGridTransport({ apiKey, tracking: { open: false } } as never)).toThrow(
      'Invalid SendGrid options: tracking.open: not an option; did you mean `opens`?',
    );
  });

  it('drops config keys it does not know, as Logto stores configs with keys of their own', () => {
    const stored = config({ provider: 'sendgrid', retiredOption: 1 });
    expect(sendGridConfigSchema.safeParse(stored)).toMatchObject({
      success: true,
      data: expect.not.objectContaining({ provider: 'sendgrid' }),
    });
    expect(() => createSendGridMailer(stored)).not.toThrow();
  });
});

describe('importing a provider package', () => {
  const run = promisify(execFile);
  const packageRoot = fileURLToPath(new URL('..', import.meta.url));
  /** Each provider package, its config schema, a config it refuses and the paths it names. */
  const providers = [
    [
      '@authmail/mailgun',
      'mailgunConfigSchema',
      { apiKey: '', domain: 'x', from: 'x', deliveries: {} },
      ['apiKey', 'domain', 'from'],
    ],
    [
      '@authmail/sendgrid',
      'sendGridConfigSchema',
      { apiKey: '', fromEmail: 'a@b.test', templates: 'none' },
      ['apiKey', 'templates'],
    ],
  ] as const;
  const probe = (schema: string, refused: object) => `
const loaded = () => ({
  zod: '__zod_globalConfig' in globalThis,
  handlebars: Object.keys(require.cache).some((file) => file.includes('/node_modules/handlebars/')),
});
const imported = loaded();
const { error } = provider.${schema}.safeParse(${JSON.stringify(refused)});
console.log(JSON.stringify({ imported, paths: error.issues.map((issue) => issue.path.join('.')), used: loaded() }));`;
  const programs = providers.flatMap(
    ([name, schema, refused, paths]) =>
      [
        [
          name,
          'esm',
          `import * as provider from '${name}'; import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);${probe(schema, refused)}`,
          paths,
        ],
        [name, 'cjs', `const provider = require('${name}');${probe(schema, refused)}`, paths],
      ] as const,
  );

  it.each(programs)(
    '%s (%s build) loads neither zod nor Handlebars; its config schema loads zod when used',
    async (_, format, program, paths) => {
      const flag = format === 'esm' ? '--input-type=module' : '--input-type=commonjs';
      const { stdout } = await run(process.execPath, [flag, '-e', program], { cwd: packageRoot });
      expect(JSON.parse(stdout)).toEqual({
        imported: { zod: false, handlebars: false },
        paths,
        used: { zod: true, handlebars: false },
      });
    },
  );
});
