import { describe, expect, it } from 'vitest';
import { renderEmail } from '../render/render-email.js';
import { usageTypes } from '../usage-types.js';
import { builtinDefaults, builtinLanguages, builtinTemplateFor } from './index.js';

const samples: Record<string, Record<string, unknown>> = {
  code: { code: '482913', application: { id: 'a', name: 'Acme' }, user: { id: 'u' } },
  link: {
    link: 'https://acme.test/invite?t=1',
    organization: { id: 'o', name: 'Org' },
    inviter: { id: 'u', name: 'Ann' },
  },
};

describe('built-in templates', () => {
  for (const languageTag of builtinLanguages) {
    for (const usageType of usageTypes) {
      it(`${languageTag}/${usageType} renders completely`, () => {
        const template = builtinTemplateFor(languageTag, usageType);
        if (!template) throw new Error(`no built-in ${languageTag}/${usageType}`);
        const variables = usageType === 'OrganizationInvitation' ? samples.link : samples.code;
        const email = renderEmail(template, { ...builtinDefaults, ...variables });
        for (const part of [email.subject, email.html, email.text])
          expect(part).not.toContain('{{');
        expect(email.html).toContain(`lang="${languageTag}"`);
        const highlight =
          usageType === 'OrganizationInvitation' ? 'https://acme.test/invite?t=1' : '482913';
        expect(email.text).toContain(highlight);
      });
    }
  }
});
