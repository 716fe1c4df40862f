import { describe, expect, it } from 'vitest';
import { builtinLanguages } from '../builtins/index.js';
import { fullSamples, shownValues } from '../builtins/sample-variables.js';
import { createMemoryTransport } from '../memory-transport.js';
import { createMemoryTemplateStore } from '../template-store.js';
import { createMailer } from './create-mailer.js';

const from = 'Acme <no-reply@acme.test>';
const notices = ['Welcome', 'PasswordChanged', 'NewDeviceSignIn'] as const;

describe('Welcome, PasswordChanged and NewDeviceSignIn through the mailer', () => {
  for (const languageTag of builtinLanguages) {
    it(`sends all three from the ${languageTag} built-ins, every variable rendered`, async () => {
      const transport = createMemoryTransport();
      const mailer = createMailer({ transport, from, builtins: true });
      for (const usageType of notices) {
        const result = await mailer.send({
          to: 'ann@example.com',
          usageType,
          variables: fullSamples[usageType],
          locale: languageTag,
        });
        expect(result).toMatchObject({ templateSource: 'builtin', languageTag });
        const message = transport.last();
        for (const part of [message?.subject, message?.html, message?.text]) {
          expect(part).toBeTruthy();
          expect(part).not.toContain('{{');
        }
        for (const value of shownValues[usageType]) expect(message?.text).toContain(value);
        expect(message?.text).not.toContain('2026-11-22T14:05:00Z');
        expect(message?.tags).toEqual([usageType]);
      }
    });
  }

  it("never borrow Generic's template: without their own they are template_not_found", async () => {
    const generic = {
      languageTag: 'en',
      templateType: 'Generic',
      details: { subject: '{{code}}', content: '{{code}}' },
    };
    const sources = {
      transport: createMemoryTransport(),
      from,
      templates: createMemoryTemplateStore([generic]),
      deliveries: { Generic: { subject: '{{code}}', html: '<p>{{code}}</p>' } },
    };
    const variables = fullSamples.PasswordChanged;
    const withBuiltins = createMailer({ ...sources, builtins: true });
    await expect(
      withBuiltins.send({ to: 'ann@example.com', usageType: 'PasswordChanged', variables }),
    ).resolves.toMatchObject({ templateSource: 'builtin', templateUsageType: 'PasswordChanged' });
    await expect(
      createMailer(sources).send({
        to: 'ann@example.com',
        usageType: 'PasswordChanged',
        variables,
      }),
    ).rejects.toMatchObject({
      code: 'template_not_found',
      message:
        'No template for PasswordChanged: add one to the template store, a delivery for PasswordChanged, or create the mailer with builtins: true',
    });
  });
});
