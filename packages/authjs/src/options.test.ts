import { AuthmailError, createMailer, createMemoryTransport } from '@authmail/core';
import { describe, expect, it } from 'vitest';
import { Authmail } from './index.js';

const mailer = createMailer({
  transport: createMemoryTransport(),
  from: 'Acme <no-reply@acme.test>',
  builtins: true,
});

/** What `Authmail(options)` throws; fails the test when it does not. */
function refusal(options: unknown): AuthmailError {
  try {
    Authmail(options as Parameters<typeof Authmail>[0]);
  } catch (error) {
    if (error instanceof AuthmailError) return error;
    throw error;
  }
  throw new Error('Authmail accepted the options');
}

describe('Authmail options', () => {
  it('gives Auth.js an email provider with its defaults, and passes its own fields through', () => {
    const normalizeIdentifier = (identifier: string) => identifier.trim();
    const provider = Authmail({ mailer, maxAge: 600, normalizeIdentifier });
    expect(provider).toMatchObject({ id: 'authmail', type: 'email', name: 'Email', maxAge: 600 });
    expect(provider.normalizeIdentifier).toBe(normalizeIdentifier);
    expect(Object.keys(Authmail({ mailer })).sort()).toEqual([
      'id',
      'name',
      'sendVerificationRequest',
      'type',
    ]);
  });

  it.each([
    { options: undefined, names: 'mailer' },
    { options: {}, names: 'mailer' },
    { options: { mailer: { sendMail() {} } }, names: 'mailer' },
    { options: { mailer, id: 'magic/link' }, names: 'id' },
    { options: { mailer, id: '' }, names: 'id' },
    { options: { mailer, name: '' }, names: 'name' },
    { options: { mailer, application: { id: 'web' } }, names: 'application.name' },
    { options: { mailer, locale: 'de' }, names: 'locale' },
    { options: { mailer, maxAge: 0 }, names: 'maxAge' },
    { options: { mailer, maxAge: 1.5 }, names: 'maxAge' },
    { options: { mailer, normalizeIdentifier: true }, names: 'normalizeIdentifier' },
    { options: { mailer, generateVerificationToken: 'abc' }, names: 'generateVerificationToken' },
    { options: { mailer, locales: () => 'de' }, names: 'locales' },
    { options: { mailer, from: 'Acme <no-reply@acme.test>' }, names: 'from' },
  ])('refuses $options with invalid_config naming $names', ({ options, names }) => {
    const error = refusal(options);
    expect(error.code).toBe('invalid_config');
    expect(error.message).toMatch(new RegExp(`^Invalid Authmail options: (.*; )?${names}: `));
  });

  it('suggests the option a misspelt key meant', () => {
    expect(refusal({ mailer, locales: () => 'de' }).message).toContain('did you mean `locale`?');
  });

  it('never repeats a secret it refuses', () => {
    const secret = 'hunter2-but-much-longer-0123456789';
    const error = refusal({ mailer, secret: [secret], maxAge: -1 });
    expect(error.message).toContain('secret: ');
    expect(error.message).toContain('maxAge: ');
    expect(`${error.message} ${JSON.stringify(error)}`).not.toContain(secret);
  });
});
