import { createMailer, createMemoryTransport } from '@authmail/core';
import { loadFileTemplateStore } from '@authmail/core/files';
import { sampleVariables } from '@authmail/core/tooling';
import { expect, it } from 'vitest';
import { templatesDir } from './mailer.js';

async function appMailer() {
  const transport = createMemoryTransport();
  const templates = await loadFileTemplateStore(templatesDir);
  const mailer = createMailer({
    transport,
    from: 'Acme Notes <no@notes.test>',
    templates,
    builtins: true,
  });
  return { transport, mailer, templates };
}

it('keeps its templates as files, each of which loads and compiles', async () => {
  const { templates } = await appMailer();
  expect(
    (await templates.load()).map(({ languageTag, usageType }) => `${languageTag}/${usageType}`),
  ).toEqual(['de/OrganizationInvitation', 'de/SignIn', 'en/OrganizationInvitation', 'en/SignIn']);
});

it.each([
  ['de-CH, de;q=0.9', 'Ihr Anmeldecode für Acme Notes: 482913', 'Der Code gilt 10 Minuten'],
  ['en-US', 'Your Acme Notes sign-in code: 482913', 'The code works for 10 minutes'],
])('sends the SignIn file template for %s', async (acceptLanguage, subject, note) => {
  const { transport, mailer } = await appMailer();
  const result = await mailer.send({
    to: 'ann@example.com',
    usageType: 'SignIn',
    variables: sampleVariables('SignIn'),
    acceptLanguage,
  });
  expect(result.templateSource).toBe('store');
  expect(transport.last()?.subject).toBe(subject);
  expect(transport.last()?.text).toContain(note);
});

it('sends the invitation with its link and inviter, and built-ins for the rest', async () => {
  const { transport, mailer } = await appMailer();
  await mailer.send({
    to: 'dana@example.com',
    usageType: 'OrganizationInvitation',
    variables: sampleVariables('OrganizationInvitation'),
    acceptLanguage: 'de',
  });
  const invitation = transport.last();
  expect(invitation?.subject).toBe('Einladung zu Acme Research bei Acme Notes');
  expect(invitation?.html).toContain('Ben Ortiz hat Sie zu Acme Research');
  expect(invitation?.html).toContain('<a href="https://acme.example/auth/verify?token');
  expect(invitation?.text).toContain(sampleVariables('OrganizationInvitation').link);

  const welcome = await mailer.send({
    to: 'dana@example.com',
    usageType: 'Welcome',
    variables: sampleVariables('Welcome'),
    acceptLanguage: 'de',
  });
  expect(welcome).toMatchObject({ templateSource: 'builtin', languageTag: 'de' });
});
