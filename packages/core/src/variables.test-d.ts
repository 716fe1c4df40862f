import { describe, expectTypeOf, it } from 'vitest';
import { createMailer } from './mailer/create-mailer.js';
import { createMemoryTransport } from './memory-transport.js';
import type { VariablesOf } from './variables.js';

describe('VariablesOf', () => {
  it('demands link and organization for OrganizationInvitation', () => {
    expectTypeOf<VariablesOf<'OrganizationInvitation'>>()
      .toHaveProperty('link')
      .toEqualTypeOf<string>();
    // @ts-expect-error link is required
    const missingLink: VariablesOf<'OrganizationInvitation'> = {
      organization: { id: 'o', name: 'Acme' },
    };
    void missingLink;
  });

  it('demands code and application for SignIn, organization optional', () => {
    const ok: VariablesOf<'SignIn'> = { code: '1', application: { id: 'a', name: 'App' } };
    void ok;
    // @ts-expect-error application is required for SignIn
    const missingApplication: VariablesOf<'SignIn'> = { code: '1' };
    void missingApplication;
  });

  it('accepts extra keys, locale and uiLocales', () => {
    const open: VariablesOf<'Generic'> = { code: '1', locale: 'de', uiLocales: 'de en', extra: 1 };
    void open;
  });

  it('types mailer.send by usage type', () => {
    const mailer = createMailer({ transport: createMemoryTransport(), from: 'a@b.test' });
    const send = () =>
      mailer.send({
        to: 'x@y.test',
        usageType: 'OrganizationInvitation',
        // @ts-expect-error link is required for OrganizationInvitation
        variables: { organization: { id: 'o', name: 'Acme' } },
      });
    void send;
  });
});
