import { describeIssues } from '@authmail/core/provider';
import { describe, expect, it } from 'vitest';
import { createResendMailer, type ResendConfig, resendConfigSchema } from './config.js';
import { createResendTransport } from './transport.js';

const apiKey = 're_config_guard_secret_9f8e7d';
const valid = {
  apiKey,
  from: 'Acme <no-reply@acme.test>',
  deliveries: { Generic: { subject: 'Code {{code}}', html: '<p>{{code}}</p>' } },
};

/** [what, changes to `valid`, the path of each issue (none: the config is valid)]. */
const cases: [string, Record<string, unknown>, string[]][] = [
  ['a minimal config', {}, []],
  ['the official base URL, trailing slash', { baseUrl: 'https://api.resend.com/' }, []],
  [
    'a fake API with allowCustomBaseUrl',
    { baseUrl: 'http://127.0.0.1:8080/resend', allowCustomBaseUrl: true },
    [],
  ],
  ['a bare sender address', { from: 'no-reply@acme.test' }, []],
  [
    'a stored template, a plain-text body and a text part',
    {
      deliveries: {
        SignIn: { template: 'sign-in', variables: { a: 1 }, subject: '{{code}}' },
        Register: { text: 'Code {{code}}', contentType: 'text/plain' },
        Generic: { html: '<b>{{code}}</b>', text: 'Code {{code}}', replyTo: 'help@acme.test' },
      },
    },
    [],
  ],
  ['another host', { baseUrl: 'https://api.resend.com.evil.test' }, ['baseUrl']],
  ['a base URL ending in /emails', { baseUrl: 'https://api.resend.com/emails' }, ['baseUrl']],
  ['plain http', { baseUrl: 'http://api.resend.com' }, ['baseUrl']],
  ['a base URL with a query', { baseUrl: 'https://api.resend.com/?x=1' }, ['baseUrl']],
  ['an empty API key', { apiKey: '' }, ['apiKey']],
  ['a sender that is a bare name', { from: 'Acme' }, ['from']],
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
    'every failing field at once',
    {
      baseUrl: 'https://api.resend.com/emails',
      from: 'Acme',
      deliveries: { SignIn: { html: '{{#each}}' } },
    },
    ['baseUrl', 'from', 'deliveries.SignIn.html'],
  ],
];

const config = (changes: Record<string, unknown>) => ({ ...valid, ...changes }) as ResendConfig;
const issuesOf = (changes: Record<string, unknown>) =>
  resendConfigSchema.safeParse(config(changes)).error?.issues ?? [];

/** The `path: message` lines createResendMailer throws with (none: it builds). */
function problemsOf(changes: Record<string, unknown>): string[] {
  try {
    createResendMailer(config(changes));
    return [];
  } catch (error) {
    return (error as { details: { issues: string[] } }).details.issues;
  }
}

describe('resendConfigSchema rejects at parse time what the mailer rejects', () => {
  it.each(cases)('%s', (_, changes, paths) => {
    const issues = issuesOf(changes);
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(paths);
    expect(resendConfigSchema.safeParse(config(changes)).success).toBe(
      problemsOf(changes).length === 0,
    );
    expect(problemsOf(changes)).toEqual(describeIssues(issues));
  });

  it('never puts the API key in an issue', () => {
    const everyIssue = cases.flatMap(([, changes]) => issuesOf(changes));
    expect(everyIssue.length).toBeGreaterThan(10);
    expect(JSON.stringify(everyIssue)).not.toContain(apiKey);
  });

  it('says to drop /emails', () => {
    const [issue] = issuesOf({ baseUrl: 'https://api.resend.com/emails/' });
    expect(issue?.message).toMatch(/^must not end in \/emails: .*drop \/emails/);
  });
});

describe('option keys', () => {
  it('refuses a transport option it does not know, suggesting the one it likely meant', () => {
    expect(() => createResendTransport({ apiKey, baseURL: 'x' } as never)).toThrow(
      'Invalid Resend options: baseURL: not an option; did you mean `baseUrl`?',
    );
  });

  it('drops config keys it does not know, as connector configs carry keys of their own', () => {
    const stored = config({ provider: 'resend' });
    expect(resendConfigSchema.safeParse(stored)).toMatchObject({
      success: true,
      data: expect.not.objectContaining({ provider: 'resend' }),
    });
    expect(() => createResendMailer(stored)).not.toThrow();
  });
});
