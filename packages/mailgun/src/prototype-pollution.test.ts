import { type FakeMailgun, startFakeMailgun } from '@authmail/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMailgunMailer } from './config.js';
import { mailgunBatchFields } from './fields.js';
import { resolveMailgunOptions } from './options.js';

const apiKey = 'key-test-9f8e7d6c5b4a';
const domain = 'mg.example.com';
let fake: FakeMailgun;

beforeAll(async () => {
  fake = await startFakeMailgun({ apiKey, domains: [domain] });
});
afterAll(() => fake.close());
afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
}

/** Recipient variables with own `__proto__` / `constructor` / `prototype` keys, as JSON.parse makes them. */
const hostileVariables = (index: number) =>
  JSON.parse(`{
    "link": "https://acme.test/i/${index}",
    "organization": { "id": "o", "name": "Acme", "__proto__": { "polluted": "yes" } },
    "__proto__": "proto-as-data",
    "constructor": { "prototype": { "polluted": "yes" } },
    "prototype": { "polluted": "yes" },
    "nested": { "__proto__": { "polluted": "yes" }, "deeper": { "__proto__": null } }
  }`);

const config = () =>
  JSON.parse(`{
    "__proto__": { "polluted": "yes" },
    "constructor": { "prototype": { "polluted": "yes" } },
    "apiKey": "${apiKey}",
    "domain": "${domain}",
    "from": "Acme <no-reply@${domain}>",
    "endpoint": "${fake.url}",
    "allowCustomEndpoint": true,
    "tracking": { "__proto__": { "polluted": "yes" } },
    "deliveries": {
      "__proto__": { "polluted": "yes" },
      "Generic": { "subject": "{{constructor}}", "html": "<p>{{__proto__.constructor}} {{code}}</p>" },
      "OrganizationInvitation": {
        "template": "invite",
        "variables": { "__proto__": { "polluted": "yes" }, "product": "Acme" }
      }
    }
  }`);

describe('prototype pollution through Mailgun', () => {
  it('recipient-variables keep __proto__ / constructor keys as data, polluting nothing', () => {
    const fields = mailgunBatchFields(
      {
        from: `a@${domain}`,
        subject: 's',
        providerTemplate: { name: 'invite', variables: {} },
        recipients: [{ to: 'ann@example.org', variables: hostileVariables(1) }],
      },
      resolveMailgunOptions({ apiKey, domain }),
    );
    const perRecipient = JSON.parse(fields['recipient-variables'] as string);
    expect(
      Object.getOwnPropertyDescriptor(perRecipient['ann@example.org'], '__proto__')?.value,
    ).toBe('proto-as-data');
    expect(perRecipient['ann@example.org']).toMatchObject({
      'organization.__proto__.polluted': 'yes',
      'constructor.prototype.polluted': 'yes',
      'prototype.polluted': 'yes',
      'nested.__proto__.polluted': 'yes',
      'nested.deeper.__proto__': null,
    });
    expectNoPollution();
  });

  it('createMailgunMailer with a hostile config, then send and sendMany', async () => {
    const mailer = createMailgunMailer(config());
    expectNoPollution();
    await mailer.send({
      to: 'ann@example.org',
      usageType: 'Generic',
      variables: { code: '482913', ...hostileVariables(0) },
    });
    const sent = fake.messages.at(-1)?.fields;
    expect(sent?.subject).toBe('[object Object]');
    expect(sent?.html).not.toMatch(/function|native code/);
    const results = await mailer.sendMany({
      usageType: 'OrganizationInvitation',
      recipients: [1, 2].map((index) => ({
        to: `user${index}@example.org`,
        variables: hostileVariables(index),
      })),
    });
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
    const batch = fake.messages.at(-1)?.fields;
    const perRecipient = JSON.parse(batch?.['recipient-variables'] as string);
    expect(
      Object.getOwnPropertyDescriptor(perRecipient['user2@example.org'], '__proto__')?.value,
    ).toBe('proto-as-data');
    expect(JSON.parse(batch?.['t:variables'] as string)).toMatchObject({ product: 'Acme' });
    expectNoPollution();
  });
});
