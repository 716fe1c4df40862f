import { describeIssues } from '@authmail/core/provider';
import { startFakeSes } from '@authmail/testkit';
import { describe, expect, it } from 'vitest';
import { createSesMailer, type SesConfig, sesConfigSchema } from './config.js';

/** A config as Logto's AWS SES connector stores it (its guard and its test mock). */
const accessKeySecret = 'config-guard-secret+cltHAJ9f8e7d';
const template = (usageType: string, changes: Record<string, unknown> = {}) => ({
  usageType,
  subject: `${usageType} code {{code}}`,
  content: 'Your code is {{code}}, {{code}} is your code',
  ...changes,
});
const logtoTemplates = ['SignIn', 'Register', 'ForgotPassword', 'Generic'].map((usageType) =>
  template(usageType),
);
const logto = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  accessKeySecret,
  region: 'eu-west-1',
  emailAddress: 'noreply@logto.test.io',
  emailAddressIdentityArn: 'arn:aws:ses:eu-west-1:123456789012:identity/logto.test.io',
  templates: [
    ...logtoTemplates,
    template('OrganizationInvitation', { content: 'Your link is {{link}}' }),
  ],
  feedbackForwardingEmailAddress: 'bounces@logto.test.io',
  feedbackForwardingEmailAddressIdentityArn:
    'arn:aws:ses:eu-west-1:123456789012:identity/logto.test.io',
  configurationSetName: 'logto',
};

const withTemplate = (index: number, changes: Record<string, unknown>) => ({
  templates: logtoTemplates.map((each, at) => (at === index ? { ...each, ...changes } : each)),
});

/** [what, changes to `logto`, the path of each issue (none: the config is valid)]. */
const cases: [string, Record<string, unknown>, string[]][] = [
  ["Logto's config, every field set", {}, []],
  [
    "Logto's required fields only",
    {
      emailAddressIdentityArn: undefined,
      feedbackForwardingEmailAddress: undefined,
      feedbackForwardingEmailAddressIdentityArn: undefined,
      configurationSetName: undefined,
    },
    [],
  ],
  ['a sender with a display name', { emailAddress: 'Logto <noreply@logto.test.io>' }, []],
  [
    'a stored SES template',
    {
      templates: [
        ...logtoTemplates,
        template('BindMfa', { templateName: 'mfa', replyTo: 'help@logto.test.io' }),
      ],
    },
    [],
  ],
  [
    'a fake API with allowCustomEndpoint',
    { endpoint: 'http://127.0.0.1:8080', allowCustomEndpoint: true },
    [],
  ],
  ['the region SES host', { endpoint: 'https://email.eu-west-1.amazonaws.com' }, []],
  ['another region SES host', { endpoint: 'https://email.us-east-1.amazonaws.com' }, ['endpoint']],
  [
    'an endpoint off AWS',
    { endpoint: 'https://email.eu-west-1.amazonaws.com.evil.test' },
    ['endpoint'],
  ],
  ['no emailAddress', { emailAddress: undefined }, ['emailAddress']],
  [
    'an emailAddress that is a list',
    { emailAddress: 'a@logto.test.io, b@logto.test.io' },
    ['emailAddress'],
  ],
  ['an empty accessKeySecret', { accessKeySecret: '' }, ['accessKeySecret']],
  ['an empty accessKeyId', { accessKeyId: '' }, ['accessKeyId']],
  ["Logto's mock region", { region: 'region' }, ['region']],
  ['a timeout below 0', { timeoutMs: -1 }, ['timeoutMs']],
  [
    'a subject that does not parse',
    withTemplate(0, { subject: '{{#if code}}' }),
    ['templates.0.subject'],
  ],
  [
    'content that does not parse',
    withTemplate(1, { content: '<p>{{code</p>' }),
    ['templates.1.content'],
  ],
  [
    'no Generic template',
    { templates: logtoTemplates.filter(({ usageType }) => usageType !== 'Generic') },
    ['templates'],
  ],
];

const config = (changes: Record<string, unknown>) => ({ ...logto, ...changes }) as SesConfig;
const issuesOf = (changes: Record<string, unknown>) =>
  sesConfigSchema.safeParse(config(changes)).error?.issues ?? [];

/** The `path: message` lines createSesMailer throws with (none: it builds). */
function problemsOf(changes: Record<string, unknown>): string[] {
  try {
    createSesMailer(config(changes));
    return [];
  } catch (error) {
    return (error as { details: { issues: string[] } }).details.issues;
  }
}

describe('sesConfigSchema accepts what createSesMailer builds, and nothing else', () => {
  it.each(cases)('%s', (_, changes, paths) => {
    const issues = issuesOf(changes);
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(paths);
    expect(sesConfigSchema.safeParse(config(changes)).success).toBe(
      problemsOf(changes).length === 0,
    );
    expect(problemsOf(changes)).toEqual(describeIssues(issues));
  });

  it('never puts the secret access key in an issue', () => {
    const everyIssue = cases.flatMap(([, changes]) => issuesOf(changes));
    expect(everyIssue.length).toBeGreaterThan(10);
    expect(JSON.stringify(everyIssue)).not.toContain(accessKeySecret);
  });

  it('drops keys it does not know, as Logto stores configs with keys of their own', () => {
    const stored = config({ provider: 'ses', retiredOption: 1 });
    expect(sesConfigSchema.safeParse(stored)).toMatchObject({ success: true });
    expect(() => createSesMailer(stored)).not.toThrow();
  });
});

describe("a mailer from Logto's config", () => {
  it('signs with accessKeyId/accessKeySecret and sends the HTML content with the config identities', async () => {
    const fake = await startFakeSes({
      secretAccessKey: accessKeySecret,
      accessKeyId: logto.accessKeyId,
      region: 'eu-west-1',
    });
    try {
      const mailer = createSesMailer(config({ endpoint: fake.url, allowCustomEndpoint: true }), {
        validateVariables: false,
      });
      await mailer.send({
        to: 'foo@logto.io',
        usageType: 'SignIn',
        variables: { code: '123456' } as never,
      });
      expect(fake.messages[0]?.body).toMatchObject({
        FromEmailAddress: 'noreply@logto.test.io',
        FromEmailAddressIdentityArn: logto.emailAddressIdentityArn,
        FeedbackForwardingEmailAddress: logto.feedbackForwardingEmailAddress,
        FeedbackForwardingEmailAddressIdentityArn: logto.feedbackForwardingEmailAddressIdentityArn,
        ConfigurationSetName: 'logto',
        Destination: { ToAddresses: ['foo@logto.io'] },
        Content: {
          Simple: {
            Subject: { Data: 'SignIn code 123456' },
            Body: { Html: { Data: 'Your code is 123456, 123456 is your code' } },
          },
        },
      });
    } finally {
      await fake.close();
    }
  });
});
