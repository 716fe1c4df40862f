import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AuthmailError } from '../errors.js';
import { createMemoryTransport } from '../memory-transport.js';
import { createMemoryTemplateStore, type EmailTemplateRow } from '../template-store.js';
import { createMailer } from './create-mailer.js';
import type { MailerOptions } from './types.js';

const from = 'Acme <no-reply@acme.test>';
const to = 'ann@example.com';
const invoice = z.object({ amount: z.string(), lines: z.array(z.object({ sku: z.string() })) });
const usageTypes = { Invoice: invoice };

const row = (languageTag: string, templateType: string, subject: string): EmailTemplateRow => ({
  languageTag,
  templateType,
  details: {
    subject,
    content: `${subject}: {{${templateType === 'Generic' ? 'code' : 'amount'}}}`,
    contentType: 'text/plain',
  },
});

const genericEverywhere = {
  templates: createMemoryTemplateStore([row('en', 'Generic', 'Generic')]),
  deliveries: { Generic: { subject: 'Generic delivery', html: '<p>{{code}}</p>' } },
  builtins: true,
};

/** A mailer with the Invoice usage type over a fresh memory transport. */
function invoiceMailer(
  sources: Omit<MailerOptions<typeof usageTypes>, 'transport' | 'from' | 'usageTypes'> = {},
) {
  const transport = createMemoryTransport();
  return { transport, mailer: createMailer({ transport, from, usageTypes, ...sources }) };
}

function thrown(attempt: () => unknown): AuthmailError {
  try {
    attempt();
  } catch (error) {
    if (error instanceof AuthmailError) return error;
    throw error;
  }
  throw new Error('expected an AuthmailError');
}

describe('usage types of your own: variables', () => {
  it('rejects missing variables with invalid_variables naming the path, and sends nothing', async () => {
    const { transport, mailer } = invoiceMailer(genericEverywhere);
    const attempt = mailer.send({
      to,
      usageType: 'Invoice',
      variables: { amount: '12.00 EUR', lines: [{}] } as never,
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'invalid_variables',
      retryable: false,
      message: expect.stringMatching(/^Invalid variables for Invoice: lines\.0\.sku: /),
      details: { usageType: 'Invoice' },
    });
    await expect(mailer.send({ to, usageType: 'Invoice', variables: {} as never })).rejects.toThrow(
      /amount: .*; lines: /,
    );
    expect(transport.messages).toHaveLength(0);
  });

  it('rejects usage types the mailer does not know, naming yours among the expected', async () => {
    const { mailer } = invoiceMailer();
    await expect(
      mailer.send({ to, usageType: 'Invoce' as never, variables: { amount: '1' } as never }),
    ).rejects.toMatchObject({
      code: 'template_not_found',
      message: expect.stringMatching(/Unknown usage type "Invoce": expected one of .*, Invoice$/),
    });
  });

  it('sends the variables as given when they pass', async () => {
    const { transport, mailer } = invoiceMailer({
      deliveries: { Invoice: { template: 'invoice-v2' } },
    });
    const variables = { amount: '12.00 EUR', lines: [{ sku: 'A-1' }], note: 'extra' };
    const result = await mailer.send({ to, usageType: 'Invoice', variables });
    expect(result).toMatchObject({ templateSource: 'delivery', templateUsageType: 'Invoice' });
    expect(transport.last()?.providerTemplate).toMatchObject({ name: 'invoice-v2', variables });
    expect(transport.last()?.tags).toEqual(['Invoice']);
  });
});

describe('usage types of your own: templates', () => {
  it('finds them in the template store by language, then in the default language', async () => {
    const { transport, mailer } = invoiceMailer({
      templates: createMemoryTemplateStore([
        row('en', 'Invoice', 'Your invoice'),
        row('de', 'Invoice', 'Ihre Rechnung'),
      ]),
    });
    const variables = { amount: '12,00 €', lines: [] };
    const german = await mailer.send({
      to,
      usageType: 'Invoice',
      variables,
      acceptLanguage: 'de-AT',
    });
    expect(german).toMatchObject({ templateSource: 'store', languageTag: 'de' });
    expect(transport.last()).toMatchObject({
      subject: 'Ihre Rechnung',
      text: 'Ihre Rechnung: 12,00 €',
    });
    const french = await mailer.send({ to, usageType: 'Invoice', variables, locale: 'fr' });
    expect(french).toMatchObject({ languageTag: 'en', templateUsageType: 'Invoice' });
    expect(transport.last()?.subject).toBe('Your invoice');
  });

  it("is template_not_found without its own template, Generic's in store, deliveries and built-ins notwithstanding", async () => {
    const { mailer } = invoiceMailer(genericEverywhere);
    await expect(
      mailer.send({ to, usageType: 'Invoice', variables: { amount: '1', lines: [] } }),
    ).rejects.toMatchObject({
      code: 'template_not_found',
      message:
        "No template for Invoice: add one to the template store, a delivery for Invoice, or declare usageTypes.Invoice as { schema, fallback: 'Generic' }",
    });
  });

  it("falls back to Generic's template when declared with fallback: 'Generic'", async () => {
    const transport = createMemoryTransport();
    const loginApproval = { schema: z.object({ code: z.string() }), fallback: 'Generic' as const };
    const mailer = createMailer({
      transport,
      from,
      usageTypes: { LoginApproval: loginApproval },
      ...genericEverywhere,
    });
    const result = await mailer.send({
      to,
      usageType: 'LoginApproval',
      variables: { code: '777' },
      locale: 'de',
    });
    expect(result).toMatchObject({
      templateSource: 'store',
      languageTag: 'en',
      templateUsageType: 'Generic',
    });
    expect(transport.last()?.text).toBe('Generic: 777');
    const builtinsOnly = createMailer({
      transport,
      from,
      usageTypes: { LoginApproval: loginApproval },
      builtins: true,
    });
    const builtin = await builtinsOnly.send({
      to,
      usageType: 'LoginApproval',
      variables: { code: '5' },
    });
    expect(builtin).toMatchObject({ templateSource: 'builtin', templateUsageType: 'Generic' });
    expect(transport.last()?.subject).toBe('5 is your verification code');
  });

  it('takes deliveries keyed by your usage types, and refuses names it does not know', () => {
    const transport = createMemoryTransport();
    const deliveries = { Invoice: { subject: 'Invoice', html: '<p>{{amount}}</p>' } };
    expect(() => createMailer({ transport, from, usageTypes, deliveries })).not.toThrow();
    expect(() => createMailer({ transport, from, deliveries: deliveries as never })).toThrow(
      /Invalid mailer options: deliveries/,
    );
  });
});

describe('usage types of your own: sendMany', () => {
  const recipient = (index: number, amount?: string) => ({
    to: `user${index}@example.com`,
    variables: { amount, lines: [] } as { amount: string; lines: [] },
  });

  it('renders and sends each recipient, rejecting only the one with bad variables', async () => {
    const { transport, mailer } = invoiceMailer({
      templates: createMemoryTemplateStore([row('en', 'Invoice', 'Invoice')]),
    });
    const results = await mailer.sendMany({
      usageType: 'Invoice',
      recipients: [recipient(0, '1 €'), recipient(1), recipient(2, '3 €')],
    });
    expect(results.map(({ status }) => status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[1]).toMatchObject({
      reason: { code: 'invalid_variables', message: expect.stringMatching(/Invoice: amount: /) },
    });
    expect(transport.messages.map((message) => message.text)).toEqual([
      'Invoice: 1 €',
      'Invoice: 3 €',
    ]);
  });

  it('batches provider-template deliveries, checking each recipient', async () => {
    const { transport, mailer } = invoiceMailer({
      deliveries: { Invoice: { template: 'invoice' } },
    });
    const results = await mailer.sendMany({
      usageType: 'Invoice',
      recipients: [recipient(0, '1 €'), recipient(1)],
    });
    expect(results.map(({ status }) => status)).toEqual(['fulfilled', 'rejected']);
    expect(results[0]).toMatchObject({ value: { templateUsageType: 'Invoice' } });
    expect(transport.batches).toHaveLength(1);
    expect(transport.batches[0]?.recipients.map(({ to }) => to)).toEqual(['user0@example.com']);
  });
});

describe('usage types of your own: names and definitions', () => {
  const transport = createMemoryTransport();
  const schema = z.object({});
  const create = (map: unknown) => createMailer({ transport, from, usageTypes: map as never });

  it.each([
    ['SignIn', /usageTypes\.SignIn: is a built-in usage type/],
    ['Welcome', /usageTypes\.Welcome: is a built-in usage type/],
    [
      'invoice-paid',
      /usageTypes\.invoice-paid: must start with a letter and hold only letters, digits and _/,
    ],
    ['1Invoice', /usageTypes\.1Invoice: must start with a letter/],
    ['', /usageTypes\.: must start with a letter/],
    ['constructor', /usageTypes\.constructor: is reserved/],
    ['A'.repeat(65), /must start with a letter .*at most 64 characters/],
  ])('rejects the name %j with invalid_config naming it', (name, message) => {
    const error = thrown(() => create({ [name]: schema }));
    expect(error).toMatchObject({ code: 'invalid_config', retryable: false });
    expect(error.message).toMatch(message);
  });

  it('rejects an own __proto__ key, as JSON.parse makes it', () => {
    const map = JSON.parse('{"__proto__": {}}');
    expect(Object.keys(map)).toEqual(['__proto__']);
    expect(thrown(() => create(map)).message).toMatch(/usageTypes\.__proto__: is reserved/);
  });

  it.each([
    ['a string', 'schema'],
    ['a definition without a schema', { fallback: 'Generic' }],
    ['another fallback', { schema, fallback: 'SignIn' }],
  ])('rejects %s as a definition', (_, definition) => {
    expect(thrown(() => create({ Invoice: definition })).message).toBe(
      "Invalid mailer options: usageTypes.Invoice: must be a schema (zod, Valibot, ArkType: any Standard Schema), or { schema, fallback?: 'Generic' }",
    );
  });

  it('names an unknown key of a definition', () => {
    expect(thrown(() => create({ Invoice: { schema, fallbak: 'Generic' } })).message).toBe(
      'Invalid mailer options: usageTypes.Invoice: Unrecognized key: "fallbak"',
    );
  });

  it('accepts letters, digits and _ after a first letter', () => {
    expect(() => create({ Invoice_2: schema, x: { schema } })).not.toThrow();
    expect(() => create([])).toThrow(/usageTypes: must be an object/);
  });
});

describe('usage types of your own: any Standard Schema', () => {
  /** A Standard Schema that is not zod: `amount` must be a string. */
  const handWritten = {
    '~standard': {
      version: 1 as const,
      vendor: 'hand-written',
      validate: (value: unknown) =>
        typeof (value as { amount?: unknown } | null)?.amount === 'string'
          ? { value: value as { amount: string } }
          : { issues: [{ message: 'amount is missing', path: [{ key: 'amount' }] }] },
      types: undefined as unknown as { input: { amount: string }; output: { amount: string } },
    },
  };

  it('checks the variables with it, naming its paths', async () => {
    const transport = createMemoryTransport();
    const mailer = createMailer({
      transport,
      from,
      usageTypes: { Receipt: handWritten },
      deliveries: { Receipt: { template: 'receipt' } },
    });
    await mailer.send({ to, usageType: 'Receipt', variables: { amount: '3 €' } });
    expect(transport.last()?.providerTemplate?.variables).toMatchObject({ amount: '3 €' });
    await expect(
      mailer.send({ to, usageType: 'Receipt', variables: {} as never }),
    ).rejects.toMatchObject({
      code: 'invalid_variables',
      message: 'Invalid variables for Receipt: amount: amount is missing',
    });
  });

  it('refuses a schema that answers asynchronously, with invalid_config naming it', async () => {
    const slow = z.object({ amount: z.string() }).refine(async () => true);
    const mailer = createMailer({
      transport: createMemoryTransport(),
      from,
      usageTypes: { Slow: slow },
      deliveries: { Slow: { template: 'slow' } },
    });
    await expect(
      mailer.send({ to, usageType: 'Slow', variables: { amount: '1' } }),
    ).rejects.toMatchObject({
      code: 'invalid_config',
      message: expect.stringMatching(/^usageTypes\.Slow: the schema checks asynchronously/),
    });
  });
});
