import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { createMemoryTransport } from '../memory-transport.js';
import { createMemoryTemplateStore } from '../template-store.js';
import type { CustomUsageTypes, UsageType } from '../usage-types.js';
import type { VariablesOf } from '../variables.js';
import { createMailer } from './create-mailer.js';
import type { Mailer, SendResult } from './types.js';

const transport = createMemoryTransport();
const from = 'a@b.test';
const to = 'x@y.test';
const usageTypes = {
  Invoice: z.object({ amount: z.string() }),
  LoginApproval: { schema: z.object({ code: z.string() }), fallback: 'Generic' as const },
} satisfies CustomUsageTypes;
type Mine = typeof usageTypes;

describe('usage types of your own, at compile time', () => {
  const mailer = createMailer({ transport, from, usageTypes });

  it('infers the mailer type from the usageTypes option', () => {
    expectTypeOf(mailer).toEqualTypeOf<Mailer<Mine>>();
    expectTypeOf<UsageType<Mine>>().toEqualTypeOf<UsageType | 'Invoice' | 'LoginApproval'>();
    expectTypeOf<VariablesOf<'Invoice', Mine>>().toEqualTypeOf<{ amount: string }>();
    expectTypeOf<VariablesOf<'LoginApproval', Mine>>().toEqualTypeOf<{ code: string }>();
    expectTypeOf<VariablesOf<'SignIn', Mine>>().toEqualTypeOf<VariablesOf<'SignIn'>>();
    expectTypeOf<SendResult<Mine>['templateUsageType']>().toEqualTypeOf<UsageType<Mine>>();
  });

  it('checks send by the schema of the usage type', () => {
    const sends = [
      () => mailer.send({ to, usageType: 'Invoice', variables: { amount: '12.00 EUR' } }),
      () => mailer.send({ to, usageType: 'LoginApproval', variables: { code: '1' } }),
      () =>
        mailer.send({
          to,
          usageType: 'SignIn',
          variables: { code: '1', application: { id: 'a', name: 'A' } },
        }),
      () =>
        mailer.send({
          to,
          usageType: 'Invoice',
          // @ts-expect-error amount is required for Invoice
          variables: {},
        }),
      () =>
        mailer.send({
          to,
          usageType: 'Invoice',
          // @ts-expect-error amount is a string
          variables: { amount: 12 },
        }),
      () =>
        // @ts-expect-error Invoce is not a usage type of this mailer
        mailer.send({ to, usageType: 'Invoce', variables: { amount: '1' } }),
    ];
    void sends;
  });

  it('checks sendMany recipients by the schema of the usage type', () => {
    const ok = () =>
      mailer.sendMany({ usageType: 'Invoice', recipients: [{ to, variables: { amount: '1' } }] });
    const missing = () =>
      mailer.sendMany({
        usageType: 'Invoice',
        // @ts-expect-error amount is required for every recipient
        recipients: [{ to, variables: {} }],
      });
    void [ok, missing];
  });

  it('keys deliveries and template rows by your names too', () => {
    createMailer({ transport, from, usageTypes, deliveries: { Invoice: { template: 'invoice' } } });
    createMailer({
      transport,
      from,
      usageTypes,
      // @ts-expect-error Invoce is not a usage type of this mailer
      deliveries: { Invoce: { template: 'invoice' } },
    });
    createMemoryTemplateStore([
      { languageTag: 'de', templateType: 'Invoice', details: { subject: 's', content: 'c' } },
    ]);
  });

  it('refuses built-in names', () => {
    // @ts-expect-error SignIn is built in
    createMailer({ transport, from, usageTypes: { SignIn: z.object({ code: z.string() }) } });
    // @ts-expect-error schemas must describe an object of variables
    createMailer({ transport, from, usageTypes: { Invoice: z.string() } });
  });
});

describe('mailers without usage types of their own', () => {
  it('stay assignable to Mailer and know only the built-in names', () => {
    const mailer: Mailer = createMailer({ transport, from });
    expectTypeOf(createMailer({ transport, from })).toEqualTypeOf<Mailer>();
    // @ts-expect-error Invoice is unknown without usageTypes
    const send = () => mailer.send({ to, usageType: 'Invoice', variables: { amount: '1' } });
    void send;
  });
});

describe('Welcome, PasswordChanged and NewDeviceSignIn', () => {
  it('type their variables', () => {
    expectTypeOf<VariablesOf<'PasswordChanged'>>().toHaveProperty('time').toEqualTypeOf<string>();
    expectTypeOf<VariablesOf<'NewDeviceSignIn'>['device']>().toEqualTypeOf<
      string | null | undefined
    >();
    // @ts-expect-error time is required for NewDeviceSignIn
    const noTime: VariablesOf<'NewDeviceSignIn'> = { user: { id: 'u' } };
    // @ts-expect-error user is required for Welcome
    const noUser: VariablesOf<'Welcome'> = {};
    void [noTime, noUser];
  });
});

describe('usage types described by any Standard Schema', () => {
  it('type their variables from the schema', () => {
    const receipt = {
      '~standard': {
        version: 1 as const,
        vendor: 'hand-written',
        validate: (value: unknown) => ({ value: value as { total: number } }),
        types: undefined as unknown as { input: { total: number }; output: { total: number } },
      },
    };
    const own = { Receipt: receipt } satisfies CustomUsageTypes;
    expectTypeOf<VariablesOf<'Receipt', typeof own>>().toEqualTypeOf<{ total: number }>();
    const mailer = createMailer({ transport, from, usageTypes: own });
    const sends = [
      () => mailer.send({ to, usageType: 'Receipt', variables: { total: 3 } }),
      // @ts-expect-error total is a number
      () => mailer.send({ to, usageType: 'Receipt', variables: { total: '3' } }),
    ];
    void sends;
  });
});
