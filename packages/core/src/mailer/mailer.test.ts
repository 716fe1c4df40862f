import { describe, expect, it } from 'vitest';
import { AuthmailError } from '../errors.js';
import { createMemoryTransport } from '../memory-transport.js';
import { createMemoryTemplateStore, type EmailTemplateRow } from '../template-store.js';
import { createMailer } from './create-mailer.js';

const from = 'Acme <no-reply@acme.test>';
const application = { id: 'app_1', name: 'Acme App' };

const genericRow = (languageTag: string): EmailTemplateRow => ({
  languageTag,
  templateType: 'Generic',
  details: { subject: `[${languageTag}] {{code}}`, content: `<p>${languageTag}: {{code}}</p>` },
});

const genericDelivery = {
  Generic: { subject: 'Delivery {{code}}', html: '<p>delivery {{code}}</p>' },
};

function setup(rows: EmailTemplateRow[], options: { builtins?: boolean } = {}) {
  const transport = createMemoryTransport();
  const mailer = createMailer({
    transport,
    from,
    templates: createMemoryTemplateStore(rows),
    deliveries: genericDelivery,
    ...options,
  });
  return { transport, mailer };
}

describe("Logto's language lookup", () => {
  it.each([
    ['de', 'de', '[de] 123'],
    ['fr', 'en', '[en] 123'],
    ['de-DE', 'de', '[de] 123'],
  ])('locale %s uses the %s template', async (locale, languageTag, subject) => {
    const { mailer, transport } = setup([genericRow('en'), genericRow('de')]);
    const result = await mailer.send({
      to: 'a@b.test',
      usageType: 'Generic',
      variables: { code: '123' },
      locale,
    });
    expect(result).toMatchObject({ templateSource: 'store', languageTag });
    expect(transport.last()?.subject).toBe(subject);
  });

  it('falls back to the delivery Generic when the store has neither the language nor the default', async () => {
    const { mailer, transport } = setup([genericRow('de')]);
    const result = await mailer.send({
      to: 'a@b.test',
      usageType: 'Generic',
      variables: { code: '123' },
      locale: 'br',
    });
    expect(result.templateSource).toBe('delivery');
    expect(transport.last()?.subject).toBe('Delivery 123');
  });

  it('orders Accept-Language by q', async () => {
    const { mailer } = setup([genericRow('en'), genericRow('ko'), genericRow('ja')]);
    const result = await mailer.send({
      to: 'a@b.test',
      usageType: 'Generic',
      variables: { code: '1' },
      acceptLanguage: 'ko;q=0.5, ja',
    });
    expect(result.languageTag).toBe('ja');
  });

  it('reads locale and uiLocales from the variables, as Logto sends them', async () => {
    const { mailer } = setup([genericRow('en'), genericRow('ko')]);
    const result = await mailer.send({
      to: 'a@b.test',
      usageType: 'Generic',
      variables: { code: '1', uiLocales: 'fr-CA ko-KR' },
    });
    expect(result.languageTag).toBe('ko');
  });

  it('uses Generic in the default language before the deliveries', async () => {
    const { mailer } = setup([genericRow('en')]);
    const result = await mailer.send({
      to: 'a@b.test',
      usageType: 'SignIn',
      variables: { code: '1', application },
      locale: 'de',
    });
    expect(result).toMatchObject({
      templateSource: 'store',
      languageTag: 'en',
      templateUsageType: 'Generic',
    });
  });

  it('prefers the usage type in a negotiated language over Generic', async () => {
    const signIn: EmailTemplateRow = {
      languageTag: 'de',
      templateType: 'SignIn',
      details: {
        subject: 'Anmelden {{code}}',
        content: 'Code {{code}}',
        contentType: 'text/plain',
      },
    };
    const { mailer, transport } = setup([genericRow('en'), signIn]);
    await mailer.send({
      to: 'a@b.test',
      usageType: 'SignIn',
      variables: { code: '9', application },
      locale: 'de',
    });
    expect(transport.last()).toMatchObject({ subject: 'Anmelden 9', text: 'Code 9' });
    expect(transport.last()?.html).toBeUndefined();
  });
});

describe('mailer.send', () => {
  it('sends a multipart message with a derived text part and a correlation id', async () => {
    const transport = createMemoryTransport();
    const mailer = createMailer({
      transport,
      from,
      deliveries: {
        SignIn: {
          subject: 'Code for {{application.name}}',
          html: '<h1>Hi</h1><p>Code: <b>{{code}}</b></p>',
        },
      },
    });
    const result = await mailer.send({
      to: 'ann@example.com',
      usageType: 'SignIn',
      variables: { code: '4711', application },
    });
    expect(transport.last()).toMatchObject({
      to: 'ann@example.com',
      from,
      subject: 'Code for Acme App',
      html: '<h1>Hi</h1><p>Code: <b>4711</b></p>',
      tags: ['SignIn'],
    });
    expect(transport.last()?.text).toBe('Hi\n\nCode: 4711');
    expect(result).toMatchObject({
      provider: 'memory',
      templateSource: 'delivery',
      templateUsageType: 'SignIn',
    });
    expect(result.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(transport.last()?.correlationId).toBe(result.correlationId);
  });

  it('sends a plain-text delivery as text only', async () => {
    const transport = createMemoryTransport();
    const mailer = createMailer({
      transport,
      from,
      deliveries: {
        Generic: { subject: 'Code', text: 'Code <{{code}}>', contentType: 'text/plain' },
      },
    });
    await mailer.send({ to: 'a@b.test', usageType: 'Generic', variables: { code: '1' } });
    expect(transport.last()).toMatchObject({ subject: 'Code', text: 'Code <1>' });
    expect(transport.last()?.html).toBeUndefined();
  });

  it('escapes hostile names in HTML and keeps headers on one line', async () => {
    const transport = createMemoryTransport();
    const mailer = createMailer({
      transport,
      from,
      deliveries: {
        SignIn: { subject: 'Welcome to {{application.name}}', html: '<p>{{application.name}}</p>' },
      },
    });
    const hostile = { id: 'a', name: '<img src=x onerror=alert(1)>\r\nBcc: victim@example.com' };
    await mailer.send({
      to: 'a@b.test',
      usageType: 'SignIn',
      variables: { code: '1', application: hostile },
    });
    expect(transport.last()?.html).not.toContain('<img');
    expect(transport.last()?.subject).not.toMatch(/[\r\n]/);
  });

  it('uses sendFrom as the display name, or as the whole sender when it is an address', async () => {
    const rows = (sendFrom: string): EmailTemplateRow[] => [
      {
        languageTag: 'en',
        templateType: 'Generic',
        details: { subject: 's', content: 'c', sendFrom },
      },
    ];
    const nameOnly = setup(rows('{{application.name}}'));
    await nameOnly.mailer.send({
      to: 'a@b.test',
      usageType: 'Generic',
      variables: { code: '1', application },
    });
    expect(nameOnly.transport.last()?.from).toBe('Acme App <no-reply@acme.test>');
    const address = setup(rows('Support <support@acme.test>'));
    await address.mailer.send({ to: 'a@b.test', usageType: 'Generic', variables: { code: '1' } });
    expect(address.transport.last()?.from).toBe('Support <support@acme.test>');
  });

  it('hands provider-template deliveries their variables, the payload winning, and the language', async () => {
    const transport = createMemoryTransport();
    const mailer = createMailer({
      transport,
      from,
      deliveries: {
        OrganizationInvitation: {
          template: 'org-invite',
          subject: 'Join {{organization.name}}',
          variables: { product: 'Acme', link: 'overridden' },
          versionByLanguage: true,
        },
      },
    });
    const result = await mailer.send({
      to: 'a@b.test',
      usageType: 'OrganizationInvitation',
      variables: { link: 'https://acme.test/i/1', organization: { id: 'o', name: 'Org' } },
      locale: 'fr',
    });
    expect(transport.last()).toMatchObject({
      subject: 'Join Org',
      providerTemplate: {
        name: 'org-invite',
        variables: {
          product: 'Acme',
          link: 'https://acme.test/i/1',
          organization: { id: 'o', name: 'Org' },
        },
        locale: 'fr',
        version: 'fr',
      },
    });
    expect(result.languageTag).toBe('fr');
  });

  it('rejects invalid variables before choosing a template, unless told not to validate', async () => {
    const transport = createMemoryTransport();
    const strict = createMailer({ transport, from, builtins: true });
    await expect(
      strict.send({ to: 'a@b.test', usageType: 'OrganizationInvitation', variables: {} as never }),
    ).rejects.toMatchObject({ code: 'invalid_variables' });
    const lenient = createMailer({
      transport,
      from,
      validateVariables: false,
      deliveries: { Generic: { subject: '{{application.name}}', html: '{{code}}' } },
    });
    await lenient.send({ to: 'a@b.test', usageType: 'SignIn', variables: { code: '7' } as never });
    expect(transport.last()?.subject).toBe('{{application.name}}');
  });

  it('reports template_not_found with nothing configured, and for unknown usage types', async () => {
    const mailer = createMailer({ transport: createMemoryTransport(), from });
    await expect(
      mailer.send({ to: 'a@b.test', usageType: 'Generic', variables: { code: '1' } }),
    ).rejects.toMatchObject({
      code: 'template_not_found',
      message:
        'No template for Generic: add one to the template store, a delivery for Generic, or create the mailer with builtins: true',
    });
    await expect(
      mailer.send({
        to: 'a@b.test',
        usageType: 'SignIn',
        variables: { code: '1', application: { id: 'app', name: 'Acme' } },
      }),
    ).rejects.toThrow(/a delivery for SignIn or Generic,/);
    await expect(
      mailer.send({
        to: 'a@b.test',
        usageType: 'Test' as never,
        variables: { code: '1' } as never,
      }),
    ).rejects.toMatchObject({ code: 'template_not_found' });
  });

  it('uses built-ins last, with the code lifetime defaulting to 10 minutes', async () => {
    const transport = createMemoryTransport();
    const mailer = createMailer({ transport, from, builtins: true });
    const result = await mailer.send({
      to: 'a@b.test',
      usageType: 'SignIn',
      variables: { code: '246810', application },
    });
    expect(result).toMatchObject({ templateSource: 'builtin', languageTag: 'en' });
    expect(transport.last()?.subject).toBe('246810 is your sign-in code');
    expect(transport.last()?.text).toContain('10 minutes');
    expect(transport.last()?.html).toContain('lang="en"');
  });

  it('fails at creation on a bad config or a delivery that does not parse', () => {
    const transport = createMemoryTransport();
    expect(() => createMailer({ transport, from: 'not an address' })).toThrow(/from/);
    expect(() => createMailer({ transport: {} as never, from })).toThrow(/transport/);
    expect(() =>
      createMailer({
        transport,
        from,
        deliveries: { SignIn: { text: 'x', subject: 'y' } as never },
      }),
    ).toThrow(/deliveries\.SignIn: a delivery needs "html".*or "template"/);
    try {
      createMailer({ transport, from, deliveries: { SignIn: { html: '<p>\n{{#if x}}</p>' } } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AuthmailError);
      expect((error as AuthmailError).message).toMatch(/deliveries\.SignIn.*line 2/);
    }
  });
});

describe('createMailer options', () => {
  const transport = createMemoryTransport();

  it.each([
    ['builtin', 'builtins'],
    ['defaultLangauge', 'defaultLanguage'],
    ['Templates', 'templates'],
    ['validate', undefined],
  ])('refuses the unknown key %j with invalid_config, suggesting %j', (key, meant) => {
    const attempt = () => createMailer({ transport, from, [key]: true } as never);
    expect(attempt).toThrow(expect.objectContaining({ code: 'invalid_config', retryable: false }));
    expect(attempt).toThrow(
      meant
        ? `Invalid mailer options: ${key}: not an option; did you mean \`${meant}\`?`
        : /^Invalid mailer options: validate: not an option \(the options are transport, from, /,
    );
  });

  it("refuses Logto's SendGrid templates array where a template store goes, saying what to do", () => {
    const templates = [{ usageType: 'SignIn', type: 'text/html', subject: 's', content: 'c' }];
    expect(() => createMailer({ transport, from, templates: templates as never })).toThrow(
      "Invalid mailer options: templates: must be a template store (an object with find and languages methods); to use Logto's SendGrid templates array, pass the config to createSendGridMailer",
    );
    expect(() =>
      createMailer({ transport, from, templates: { find: async () => undefined } as never }),
    ).toThrow(
      /templates: must be a template store .*, such as createMemoryTemplateStore\(rows\) returns/,
    );
  });

  it('refuses a transport without send, and options of the wrong kind, naming each', () => {
    expect(() => createMailer({ transport: { name: 'x' } as never, from })).toThrow(
      'Invalid mailer options: transport: must be a transport (an object with a send method)',
    );
    expect(() =>
      createMailer({ transport, from, builtins: 'yes', defaultLanguage: '' } as never),
    ).toThrow(
      'Invalid mailer options: defaultLanguage: Too small: expected string to have >=1 characters; builtins: Invalid input: expected boolean, received string',
    );
    expect(() => createMailer(undefined as never)).toThrow(
      'Invalid mailer options: (root): Invalid input: expected object, received undefined',
    );
  });
});

describe('mailer.sendMany', () => {
  const invitation = (index: number) => ({
    to: `user${index}@example.com`,
    variables: { link: `https://acme.test/i/${index}`, organization: { id: 'o', name: 'Org' } },
  });

  it('sends provider-template deliveries as batches of at most 1,000', async () => {
    const transport = createMemoryTransport();
    const mailer = createMailer({
      transport,
      from,
      deliveries: { OrganizationInvitation: { template: 'invite' } },
    });
    const recipients = Array.from({ length: 2500 }, (_, index) => invitation(index));
    const results = await mailer.sendMany({ usageType: 'OrganizationInvitation', recipients });
    expect(transport.batches.map((batch) => batch.recipients.length)).toEqual([1000, 1000, 500]);
    expect(transport.batches[2]?.recipients[0]).toMatchObject({ to: 'user2000@example.com' });
    expect(results).toHaveLength(2500);
    expect(results.every((result) => result.status === 'fulfilled')).toBe(true);
    expect(transport.messages).toHaveLength(0);
  });

  it('renders each recipient its own message for content deliveries, settling every one', async () => {
    const transport = createMemoryTransport({
      failWhen: (message) =>
        message.to === 'user1@example.com'
          ? new AuthmailError('provider_rejected', 'bounced')
          : undefined,
    });
    const mailer = createMailer({ transport, from, builtins: true });
    const recipients = [
      invitation(0),
      invitation(1),
      { to: 'bad@example.com', variables: {} as never },
      invitation(3),
    ];
    const results = await mailer.sendMany(
      { usageType: 'OrganizationInvitation', recipients },
      { concurrency: 2 },
    );
    expect(results.map((result) => [result.to, result.status])).toEqual([
      ['user0@example.com', 'fulfilled'],
      ['user1@example.com', 'rejected'],
      ['bad@example.com', 'rejected'],
      ['user3@example.com', 'fulfilled'],
    ]);
    expect(results[2]).toMatchObject({ reason: { code: 'invalid_variables' } });
    expect(
      transport.messages.map((message) => message.html?.includes(message.to.slice(4, 5))),
    ).toEqual([true, true]);
    expect(transport.messages[1]?.text).toContain('https://acme.test/i/3');
  });

  it('rejects every recipient when no template exists', async () => {
    const mailer = createMailer({ transport: createMemoryTransport(), from });
    const results = await mailer.sendMany({
      usageType: 'OrganizationInvitation',
      recipients: [invitation(0)],
    });
    expect(results[0]).toMatchObject({
      status: 'rejected',
      reason: { code: 'template_not_found' },
    });
  });
});
