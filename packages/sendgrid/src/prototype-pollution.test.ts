import { type FakeSendGrid, startFakeSendGrid } from '@authmail/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSendGridMailer } from './config.js';
import { createSendGridTransport } from './transport.js';

const apiKey = 'SG.test-key.9f8e7d6c5b4a';
let fake: FakeSendGrid;

beforeAll(async () => {
  fake = await startFakeSendGrid({ apiKey });
});
afterAll(() => fake.close());
afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
}

/** Variables with own `__proto__` / `constructor` / `prototype` keys, as JSON.parse makes them. */
const hostileVariables = (index: number) =>
  JSON.parse(`{
    "code": "48291${index}",
    "link": "https://acme.test/i/${index}",
    "organization": { "id": "o", "name": "Acme", "__proto__": { "polluted": "yes" } },
    "__proto__": { "polluted": "yes" },
    "constructor": { "prototype": { "polluted": "yes" } },
    "prototype": { "polluted": "yes" },
    "nested": { "__proto__": { "polluted": "yes" } }
  }`);

const config = () =>
  JSON.parse(`{
    "__proto__": { "polluted": "yes" },
    "constructor": { "prototype": { "polluted": "yes" } },
    "apiKey": "${apiKey}",
    "fromEmail": "no-reply@acme.test",
    "baseUrl": "${fake.url}",
    "allowCustomBaseUrl": true,
    "tracking": { "__proto__": { "polluted": "yes" } },
    "templates": [
      { "usageType": "SignIn", "type": "text/plain", "subject": "s", "content": "{{code}}", "__proto__": { "polluted": "yes" } },
      { "usageType": "Register", "type": "text/plain", "subject": "s", "content": "{{code}}" },
      { "usageType": "ForgotPassword", "type": "text/plain", "subject": "s", "content": "{{code}}" },
      { "usageType": "Generic", "type": "text/html", "subject": "{{constructor}}", "content": "<p>{{__proto__.constructor}} {{code}}</p>" },
      { "usageType": "OrganizationInvitation", "type": "text/html", "subject": "Join", "content": "", "templateId": "d-invite" }
    ]
  }`);

describe('prototype pollution through SendGrid', () => {
  it('createSendGridMailer with a hostile config, then send and sendMany', async () => {
    const mailer = createSendGridMailer(config());
    expectNoPollution();
    await mailer.send({
      to: 'ann@example.org',
      usageType: 'Generic',
      variables: hostileVariables(0),
    });
    const sent = fake.messages.at(-1)?.body;
    expect(JSON.stringify(sent)).not.toMatch(/function|native code/);
    expectNoPollution();
    const results = await mailer.sendMany({
      usageType: 'OrganizationInvitation',
      recipients: [1, 2].map((index) => ({
        to: `user${index}@example.org`,
        variables: hostileVariables(index),
      })),
    });
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
    const personalizations = fake.messages.at(-1)?.body.personalizations ?? [];
    expect(personalizations).toHaveLength(2);
    const data = personalizations[1]?.dynamic_template_data as Record<string, unknown>;
    expect(data).toMatchObject({ link: 'https://acme.test/i/2', prototype: { polluted: 'yes' } });
    // @sendgrid/mail merges the data with deepmerge, which drops `__proto__`
    // and `constructor` keys rather than follow them.
    expect(Object.keys(data).sort()).toEqual([
      'code',
      'link',
      'locale',
      'nested',
      'organization',
      'prototype',
    ]);
    expectNoPollution();
  });

  it('the transport, with hostile provider-template variables', async () => {
    await createSendGridTransport({ apiKey, baseUrl: fake.url, allowCustomBaseUrl: true }).send({
      to: 'ann@example.org',
      from: 'a@acme.test',
      subject: 's',
      providerTemplate: { name: 'd-x', variables: hostileVariables(3), locale: 'en' },
    });
    expectNoPollution();
  });
});
