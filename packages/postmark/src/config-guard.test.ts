import { describe, expect, it } from 'vitest';
import { createPostmarkMailer, type PostmarkConfig, postmarkConfigSchema } from './index.js';

const serverToken = 'c0a8e5d2-4f1b-4a6e-9d3c-7b2e1f0a9c8d';
const logtoTemplates = ['Register', 'SignIn', 'ForgotPassword', 'Generic'].map((usageType) => ({
  usageType,
  templateAlias: `${usageType.toLowerCase()}-code`,
}));
/** A Logto Postmark connector config, exactly as Logto's own guard accepts it. */
const logtoConfig = { serverToken, fromEmail: 'noreply@logto.test.io', templates: logtoTemplates };

/** [what, changes to Logto's config, the path of each issue (none: the config is valid)]. */
const cases: [string, Record<string, unknown>, string[]][] = [
  ["Logto's config", {}, []],
  ['a sender with a name', { fromEmail: 'Acme <noreply@acme.test>' }, []],
  [
    'a template for another usage type',
    { templates: [...logtoTemplates, { usageType: 'BindMfa', templateAlias: '42' }] },
    [],
  ],
  [
    'a fake API with allowCustomBaseUrl',
    { baseUrl: 'http://127.0.0.1:8080', allowCustomBaseUrl: true },
    [],
  ],
  [
    'authmail options',
    {
      messageStream: 'auth',
      timeoutMs: 5000,
      maxInFlight: 8,
      tracking: { opens: true, links: 'HtmlOnly' },
    },
    [],
  ],
  [
    'an own Generic delivery',
    { deliveries: { Generic: { subject: 'Code', html: '<p>{{code}}</p>' } } },
    [],
  ],
  ['a key Logto no longer has', { oldKey: 1 }, []],
  ['a base URL off Postmark', { baseUrl: 'https://api.postmarkapp.com.evil.test' }, ['baseUrl']],
  ['a plain-http base URL', { baseUrl: 'http://api.postmarkapp.com' }, ['baseUrl']],
  ['a base URL ending in /email', { baseUrl: 'https://api.postmarkapp.com/email' }, ['baseUrl']],
  ['an empty token', { serverToken: '' }, ['serverToken']],
  ['a sender that is not an address', { fromEmail: 'noreply' }, ['fromEmail']],
  ['a missing required template', { templates: logtoTemplates.slice(1) }, ['templates']],
  [
    'an empty template alias',
    { templates: [{ usageType: 'Register', templateAlias: '' }, ...logtoTemplates] },
    ['templates.0.templateAlias'],
  ],
  [
    'an unknown usage type',
    { templates: [...logtoTemplates, { usageType: 'Nope', templateAlias: 'x' }] },
    ['templates.4.usageType'],
  ],
  [
    'a delivery that does not compile',
    { deliveries: { Generic: { html: '<p>{{.code}}</p>' } } },
    ['deliveries.Generic'],
  ],
  ['an unknown link tracking value', { tracking: { links: 'Everything' } }, ['tracking.links']],
];

describe('postmarkConfigSchema', () => {
  it.each(cases)('%s', (_, changes, paths) => {
    const config = { ...logtoConfig, ...changes };
    const parsed = postmarkConfigSchema.safeParse(config);
    const issues = parsed.success ? [] : parsed.error.issues.map(({ path }) => path.join('.'));
    expect(issues).toEqual(paths);
    // The schema accepts exactly the configs the mailer is made from.
    const creating = () => createPostmarkMailer(config as PostmarkConfig);
    if (parsed.success) expect(creating).not.toThrow();
    else expect(creating).toThrow(expect.objectContaining({ code: 'invalid_config' }));
    if (!parsed.success) expect(JSON.stringify(parsed.error.issues)).not.toContain(serverToken);
  });
});
