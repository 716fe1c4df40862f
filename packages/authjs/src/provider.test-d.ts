import type { AuthConfig } from '@auth/core';
import type { Provider } from '@auth/core/providers';
import type { EmailConfig } from '@auth/core/providers/email';
import { createMailer, createMemoryTransport } from '@authmail/core';
import type { StandardSchemaV1 } from '@authmail/core/provider';
import { describe, expectTypeOf, it } from 'vitest';
import { Authmail } from './index.js';

const transport = createMemoryTransport();
declare const invoiceSchema: StandardSchemaV1<{ amount: string }, { amount: string }>;

describe('Authmail types', () => {
  it('is an Auth.js email provider that goes where AuthConfig takes providers', () => {
    const mailer = createMailer({ transport, from: 'no-reply@acme.test', builtins: true });
    const provider = Authmail({ mailer });
    expectTypeOf(provider).toExtend<EmailConfig>();
    expectTypeOf(provider).toExtend<Provider>();
    expectTypeOf<{ providers: [typeof provider] }>().toExtend<Pick<AuthConfig, 'providers'>>();
  });

  it('takes a mailer with usage types of its own', () => {
    const mailer = createMailer({
      transport,
      from: 'no-reply@acme.test',
      usageTypes: { Invoice: invoiceSchema },
    });
    expectTypeOf(Authmail({ mailer })).toExtend<EmailConfig>();
  });

  it('types the locale option from what Auth.js passes', () => {
    const mailer = createMailer({ transport, from: 'no-reply@acme.test' });
    Authmail({
      mailer,
      locale: ({ identifier, request }) => {
        expectTypeOf(identifier).toBeString();
        expectTypeOf(request).toEqualTypeOf<Request>();
        return undefined;
      },
    });
    // @ts-expect-error a locale is chosen by a function, not given as a string
    Authmail({ mailer, locale: 'de' });
    // @ts-expect-error the mailer is required
    Authmail({});
  });
});
