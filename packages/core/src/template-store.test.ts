import { describe, expect, it } from 'vitest';
import { createMemoryTemplateStore } from './template-store.js';

describe('createMemoryTemplateStore', () => {
  it('finds templates by exact language tag and usage type', async () => {
    const store = createMemoryTemplateStore([
      {
        languageTag: 'de',
        templateType: 'SignIn',
        details: { subject: 'Code {{code}}', content: '<p>{{code}}</p>' },
      },
      {
        languageTag: 'en',
        templateType: 'Generic',
        details: { subject: 's', content: 'c', contentType: 'text/plain' },
      },
    ]);
    expect(await store.find('de', 'SignIn')).toMatchObject({ subject: 'Code {{code}}' });
    expect(await store.find('de-DE', 'SignIn')).toBeUndefined();
    expect(await store.find('de', 'Register')).toBeUndefined();
    expect(await store.languages()).toEqual(['de', 'en']);
  });

  it('rejects a template that does not parse when loaded, naming it', () => {
    expect(() =>
      createMemoryTemplateStore([
        {
          languageTag: 'fr',
          templateType: 'Register',
          details: { subject: 'ok', content: '<p>\n  {{ }}</p>' },
        },
      ]),
    ).toThrow(/"store:fr\/Register\.content" has a syntax error at line 2, column 6/);
  });

  it('keeps its own copy of the rows', async () => {
    const details = { subject: 'before', content: 'c' };
    const store = createMemoryTemplateStore([
      { languageTag: 'en', templateType: 'Generic', details },
    ]);
    details.subject = 'after';
    expect((await store.find('en', 'Generic'))?.subject).toBe('before');
  });
});
