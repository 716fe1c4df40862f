import { describeIssues } from '@authmail/core/provider';
import { describe, expect, it } from 'vitest';
import { createMailgunMailer, type MailgunConfig, mailgunConfigSchema } from './config.js';
import { createMailgunTransport } from './transport.js';

/** A Logto Mailgun config as Logto's own guard accepts it. */
const apiKey = 'key-config-guard-secret-9f8e7d';
const valid = {
  domain: 'mg.example.com',
  apiKey,
  from: 'Acme <no-reply@mg.example.com>',
  deliveries: { Generic: { subject: 'Code {{code}}', html: '<p>{{code}}</p>' } },
};

/** [what, changes to `valid`, the path of each issue (none: the config is valid)]. */
const cases: [string, Record<string, unknown>, string[]][] = [
  ["Logto's config", {}, []],
  ['the EU endpoint', { endpoint: 'https://api.eu.mailgun.net' }, []],
  ['an endpoint with a trailing slash', { endpoint: 'https://api.mailgun.net/' }, []],
  [
    'a fake API with allowCustomEndpoint',
    { endpoint: 'http://127.0.0.1:8080/mailgun', allowCustomEndpoint: true },
    [],
  ],
  [
    'api.mailgun1.net with allowCustomEndpoint',
    { endpoint: 'https://api.mailgun1.net', allowCustomEndpoint: true },
    [],
  ],
  ['a quoted sender name', { from: '"Acme, Inc." <no-reply@mg.example.com>' }, []],
  ['a bare sender address', { from: 'no-reply@mg.example.com' }, []],
  [
    'a provider template, a plain-text body and a text part',
    {
      deliveries: {
        SignIn: { template: 'sign-in', variables: { a: 1 }, subject: '{{code}}' },
        Register: { text: 'Code {{code}}', contentType: 'text/plain' },
        Generic: { html: '<b>{{code}}</b>', text: 'Code {{code}}', replyTo: 'help@acme.test' },
      },
    },
    [],
  ],
  ['api.mailgun1.net', { endpoint: 'https://api.mailgun1.net' }, ['endpoint']],
  ['an endpoint ending in /v3', { endpoint: 'https://api.mailgun.net/v3' }, ['endpoint']],
  ['an endpoint ending in /v3/', { endpoint: 'https://api.eu.mailgun.net/v3/' }, ['endpoint']],
  [
    'a custom endpoint ending in /v3',
    { endpoint: 'http://127.0.0.1:8080/v3', allowCustomEndpoint: true },
    ['endpoint'],
  ],
  ['a plain-http endpoint', { endpoint: 'http://api.mailgun.net' }, ['endpoint']],
  ['an endpoint without a scheme', { endpoint: 'api.mailgun.net' }, ['endpoint']],
  ['an endpoint with a query', { endpoint: 'https://api.mailgun.net/?x=1' }, ['endpoint']],
  ['a domain with a scheme', { domain: 'https://mg.example.com' }, ['domain']],
  ['a domain with a path', { domain: 'mg.example.com/v3' }, ['domain']],
  ['an empty API key', { apiKey: '' }, ['apiKey']],
  ['a sender that is a bare name', { from: 'Acme' }, ['from']],
  ['an empty sender', { from: '' }, ['from']],
  ['a sender with a line break', { from: 'Acme\r\nBcc: x@evil.test <a@acme.test>' }, ['from']],
  ['a timeout of 0', { timeoutMs: 0 }, ['timeoutMs']],
  [
    'a subject that does not parse',
    { deliveries: { SignIn: { subject: 'Code {{#if code}}', html: 'x' } } },
    ['deliveries.SignIn.subject'],
  ],
  [
    'an html body that does not parse',
    { deliveries: { Generic: { html: '<p>{{code</p>' } } },
    ['deliveries.Generic.html'],
  ],
  [
    'a text part that does not parse',
    { deliveries: { Generic: { html: 'x', text: '{{/if}}' } } },
    ['deliveries.Generic.text'],
  ],
  [
    'a plain-text body that does not parse',
    { deliveries: { Generic: { text: '{{.code}}', contentType: 'text/plain' } } },
    ['deliveries.Generic.text'],
  ],
  [
    "a provider template's reply-to that does not parse",
    { deliveries: { SignIn: { template: 't', replyTo: '{{}}' } } },
    ['deliveries.SignIn.replyTo'],
  ],
  [
    'every failing field at once',
    {
      endpoint: 'https://api.mailgun.net/v3',
      from: 'Acme',
      deliveries: { SignIn: { html: '{{#each}}' }, Generic: { subject: '{{', html: 'x' } },
    },
    ['endpoint', 'from', 'deliveries.SignIn.html', 'deliveries.Generic.subject'],
  ],
];

const config = (changes: Record<string, unknown>) => ({ ...valid, ...changes }) as MailgunConfig;
const issuesOf = (changes: Record<string, unknown>) =>
  mailgunConfigSchema.safeParse(config(changes)).error?.issues ?? [];

function builds(changes: Record<string, unknown>): boolean {
  return problemsOf(changes).length === 0;
}

/** The `path: message` lines createMailgunMailer throws with (none: it builds). */
function problemsOf(changes: Record<string, unknown>): string[] {
  try {
    createMailgunMailer(config(changes));
    return [];
  } catch (error) {
    return (error as { details: { issues: string[] } }).details.issues;
  }
}

describe('mailgunConfigSchema rejects at parse time what the mailer rejects', () => {
  it.each(cases)('%s', (_, changes, paths) => {
    const issues = issuesOf(changes);
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(paths);
    expect(mailgunConfigSchema.safeParse(config(changes)).success).toBe(builds(changes));
    expect(problemsOf(changes)).toEqual(describeIssues(issues));
  });

  it('never puts the API key in an issue', () => {
    const everyIssue = cases.flatMap(([, changes]) => issuesOf(changes));
    expect(everyIssue.length).toBeGreaterThan(15);
    expect(JSON.stringify(everyIssue)).not.toContain(apiKey);
  });

  it('says to drop /v3', () => {
    const [issue] = issuesOf({ endpoint: 'https://api.mailgun.net/v3/' });
    expect(issue?.message).toMatch(/^must not end in \/v3: .*drop \/v3/);
  });

  it('says where a template fails: field, line and column', () => {
    const [issue] = issuesOf({
      deliveries: { SignIn: { subject: 'Hi', html: '<p>\n  Your code: {{code</p>' } },
    });
    expect(issue?.path).toEqual(['deliveries', 'SignIn', 'html']);
    expect(issue?.message).toMatch(/line 2, column \d+/);
  });

  it('names the field once in the error createMailgunMailer throws', () => {
    expect(() => createMailgunMailer(config({ from: 'Acme' }))).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        message: expect.stringMatching(/^Invalid Mailgun config: from: must be an email address/),
      }),
    );
  });
});

// That importing this package loads neither zod nor Handlebars is tested
// with SendGrid's in ../../sendgrid/src/config-guard.test.ts.

describe('option keys', () => {
  it('refuses an option createMailgunMailer does not take, suggesting the one it likely meant', () => {
    expect(() => createMailgunMailer(config({}), { builtin: true } as never)).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        message: 'Invalid Mailgun mailer options: builtin: not an option; did you mean `builtins`?',
      }),
    );
    expect(() => createMailgunMailer(config({}), { from: 'a@b.test' } as never)).toThrow(
      /^Invalid Mailgun mailer options: from: not an option \(the options are transport, templates, /,
    );
  });

  it('refuses a transport option it does not know, tracking options too', () => {
    const options = { apiKey, domain: 'mg.example.com' };
    expect(() => createMailgunTransport({ ...options, domian: 'x' } as never)).toThrow(
      'Invalid Mailgun options: domian: not an option; did you mean `domain`?',
    );
    expect(() =>
      createMailgunTransport({ ...options, tracking: { click: true } } as never),
    ).toThrow('Invalid Mailgun options: tracking.click: not an option; did you mean `clicks`?');
  });

  it('drops config keys it does not know, as Logto stores configs with keys of their own', () => {
    const stored = config({ provider: 'mailgun', retiredOption: 1 });
    expect(mailgunConfigSchema.safeParse(stored)).toMatchObject({
      success: true,
      data: expect.not.objectContaining({ provider: 'mailgun' }),
    });
    expect(() => createMailgunMailer(stored)).not.toThrow();
  });
});
