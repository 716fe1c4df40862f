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

  it('demands a code or a link for the usage types that carry one', () => {
    const withCode: VariablesOf<'Register'> = { code: '1', application: { id: 'a', name: 'App' } };
    const withLink: VariablesOf<'Register'> = {
      link: 'https://acme.test/verify',
      application: { id: 'a', name: 'App' },
    };
    const deletion: VariablesOf<'DeleteAccount'> = {
      link: 'https://acme.test/d',
      user: { id: 'u' },
    };
    void [withCode, withLink, deletion];
    // @ts-expect-error a code or a link is required
    const neither: VariablesOf<'ForgotPassword'> = { application: { id: 'a', name: 'App' } };
    void neither;
    // @ts-expect-error a code or a link is required, for Generic too
    const bare: VariablesOf<'Generic'> = { expiresInMinutes: 5 };
    void bare;
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
