import { createMailer, createMemoryTransport } from '@authmail/core';
import { describe, expect, it, vi } from 'vitest';
import { createLogtoTemplateStore, type LogtoTemplateLookup } from './template-store.js';

function setUp(lookup: LogtoTemplateLookup | undefined) {
  const store = createLogtoTemplateStore(lookup);
  const transport = createMemoryTransport();
  const mailer = createMailer({
    transport,
    from: 'Acme <no-reply@acme.test>',
    templates: store.templates,
    deliveries: { Generic: { subject: 'Config: {{code}}', html: '<p>{{code}}</p>' } },
  });
  const send = (templateType: string, locale: string | undefined, to = 'ann@example.org') =>
    store.run({ templateType, usageType: 'SignIn', locale }, () =>
      mailer.send({
        to,
        usageType: 'SignIn',
        variables: { code: '1', application: { id: 'a', name: 'A' } },
        ...(locale ? { locale } : {}),
      }),
    );
  return { transport, send };
}

describe('createLogtoTemplateStore', () => {
  it("asks Logto once, for the send's type and payload.locale", async () => {
    const lookup = vi.fn<LogtoTemplateLookup>(async () => ({
      subject: 'Logto {{code}}',
      content: 'x',
    }));
    const { transport, send } = setUp(lookup);
    const result = await send('SignIn', 'fr');
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup).toHaveBeenCalledWith('SignIn', 'fr');
    expect(result.templateSource).toBe('store');
    expect(transport.last()?.subject).toBe('Logto 1');
  });

  it('answers concurrent sends each for its own locale', async () => {
    let releaseDe = () => {};
    const deWaits = new Promise<void>((resolve) => {
      releaseDe = resolve;
    });
    const lookup = vi.fn<LogtoTemplateLookup>(async (_type, languageTag) => {
      if (languageTag === 'de') await deWaits;
      return { subject: `[${languageTag}] {{code}}`, content: 'x' };
    });
    const { transport, send } = setUp(lookup);
    const de = send('SignIn', 'de', 'de@example.org');
    await send('SignIn', 'ko', 'ko@example.org');
    releaseDe();
    await de;
    expect(transport.messages.map(({ to, subject }) => [to, subject])).toEqual([
      ['ko@example.org', '[ko] 1'],
      ['de@example.org', '[de] 1'],
    ]);
  });

  it.each([
    ['throws', async () => Promise.reject(new Error('database unavailable'))],
    ['finds nothing', async () => null],
  ])('falls back to the config when the lookup %s', async (_case, lookup) => {
    const { transport, send } = setUp(lookup as LogtoTemplateLookup);
    const result = await send('SignIn', 'de');
    expect(result.templateSource).toBe('delivery');
    expect(transport.last()?.subject).toBe('Config: 1');
  });

  it('answers nothing outside a run', async () => {
    const lookup = vi.fn<LogtoTemplateLookup>(async () => ({ subject: 's', content: 'c' }));
    const store = createLogtoTemplateStore(lookup);
    expect(await store.templates.find('en', 'SignIn')).toBeUndefined();
    expect(await store.templates.languages()).toEqual([]);
    expect(lookup).not.toHaveBeenCalled();
  });
});
