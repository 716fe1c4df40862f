import { afterEach, describe, expect, it } from 'vitest';
import { createMailer } from './mailer/create-mailer.js';
import { createMemoryTransport } from './memory-transport.js';
import { renderEmail } from './render/render-email.js';
import { renderTemplate } from './render/render-template.js';

/** Own `__proto__`, `constructor` and `prototype` keys, top-level and nested, as JSON.parse makes them. */
const hostileJson = JSON.stringify({
  code: '123456',
  application: { id: 'app', name: 'Acme' },
  link: 'https://acme.test/i',
  organization: { id: 'org', name: 'Org' },
  a: {},
  list: [1],
}).replace(
  /^\{/,
  '{"__proto__":{"polluted":"yes","toString":"x"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"},"nested":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}},',
);
const hostile = (): Record<string, unknown> => JSON.parse(hostileJson);

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  expect(Object.hasOwn(Function.prototype, 'polluted')).toBe(false);
  expect(Object.hasOwn(Array.prototype, 'polluted')).toBe(false);
}

const functionSource = /function|\[native code\]|=>/;

const probes = [
  '{{constructor}}',
  '{{__proto__}}',
  '{{__proto__.constructor}}',
  '{{a.constructor}}',
  '{{a.constructor.constructor}}',
  '{{a.__proto__.constructor}}',
  '{{list.constructor}}',
  '{{code.constructor}}',
  '{{toString}}',
  '{{a.toString}}',
  '{{a.hasOwnProperty}}',
  '{{@root.constructor}}',
  '{{#with a}}{{constructor}}{{this.constructor.constructor}}{{/with}}',
  '{{#each list}}{{constructor}}{{../constructor}}{{/each}}',
  '{{#each a}}x{{/each}}',
  '{{#if a.constructor}}yes{{else}}no{{/if}}',
  '{{nested.__proto__.polluted}}{{nested.constructor.prototype.polluted}}',
];

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('prototype pollution and function source', () => {
  it.each(probes)('%s prints no function source and pollutes nothing', (probe) => {
    for (const variables of [hostile(), { a: {}, list: [1], code: 'c' }]) {
      for (const format of ['html', 'text'] as const) {
        const rendered = renderTemplate(probe, variables, { format });
        expect(rendered).not.toMatch(functionSource);
      }
    }
    expectNoPollution();
  });

  it('leaves constructor paths as written when they are not own keys', () => {
    expect(renderTemplate('{{constructor}}|{{a.constructor}}', { a: {} }, { format: 'text' })).toBe(
      '{{constructor}}|',
    );
  });

  it('reads own __proto__ / constructor keys as plain data', () => {
    const variables = hostile();
    expect(
      renderTemplate('{{__proto__.polluted}} {{constructor.prototype.polluted}}', variables, {
        format: 'text',
      }),
    ).toBe('yes yes');
    expectNoPollution();
  });

  it('renderEmail with hostile variables pollutes nothing', () => {
    const email = renderEmail(
      {
        subject: '{{constructor}} {{__proto__.constructor}}',
        content: '<a href="{{__proto__}}">{{a.constructor.constructor}}</a>',
        replyTo: '{{prototype}}',
        sendFrom: '{{constructor.constructor}}',
      },
      hostile(),
    );
    expect(JSON.stringify(email)).not.toMatch(functionSource);
    expectNoPollution();
  });

  it('createMailer with hostile deliveries, and send / sendMany with hostile variables', async () => {
    const deliveries = JSON.parse(`{
      "__proto__": { "polluted": "yes" },
      "Generic": { "subject": "{{constructor}}", "html": "<p>{{__proto__.constructor}}</p>" },
      "OrganizationInvitation": {
        "template": "invite",
        "variables": { "__proto__": { "polluted": "yes" }, "constructor": { "prototype": { "polluted": "yes" } } }
      }
    }`);
    const transport = createMemoryTransport();
    const options = JSON.parse('{"__proto__":{"polluted":"yes"},"builtins":true}');
    for (const validateVariables of [true, false]) {
      const mailer = createMailer({
        ...options,
        transport,
        from: 'Acme <no-reply@acme.test>',
        deliveries,
        validateVariables,
      });
      expectNoPollution();
      await mailer.send({
        to: 'ann@example.com',
        usageType: 'Generic',
        variables: hostile() as never,
      });
      await mailer.send({
        to: 'ann@example.com',
        usageType: 'SignIn',
        variables: hostile() as never,
      });
      const results = await mailer.sendMany({
        usageType: 'OrganizationInvitation',
        recipients: [
          { to: 'ann@example.com', variables: hostile() as never },
          { to: 'bob@example.com', variables: hostile() as never },
        ],
      });
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
      expectNoPollution();
    }
    for (const message of transport.messages) {
      expect(JSON.stringify(message)).not.toMatch(functionSource);
    }
    const withConstructor = JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}');
    expect(() =>
      createMailer({ transport, from: 'a@acme.test', deliveries: withConstructor }),
    ).toThrow(expect.objectContaining({ code: 'invalid_config' }));
    expectNoPollution();
    const batch = transport.batches[0];
    const own = Object.getOwnPropertyDescriptor(batch?.recipients[0]?.variables, '__proto__');
    expect(own?.value).toEqual({ polluted: 'yes', toString: 'x' });
  });
});
