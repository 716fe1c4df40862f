import { describe, expect, it } from 'vitest';
import { templateCacheLimit } from '../limits.js';
import { LruCache } from './lru-cache.js';
import { plainTextTemplateFor } from './plain-text.js';
import { renderEmail } from './render-email.js';
import { clearTemplateCache, compileTemplate } from './render-template.js';

describe('renderEmail', () => {
  const template = {
    subject: 'Your {{application.name}} code: {{code}}',
    content:
      '<h1>Sign in to {{application.name}}</h1><p>Your code is <strong>{{code}}</strong>.</p><p><a href="{{link}}">Open</a></p>',
    replyTo: 'help+{{code}}@acme.test',
    sendFrom: '{{application.name}}',
  };
  const variables = {
    code: '123456',
    application: { name: 'Acme & Co' },
    link: 'https://acme.test/x?a=1&b=2',
  };

  it('renders headers as text, the body as escaped HTML and a derived plain-text part', () => {
    expect(renderEmail(template, variables)).toEqual({
      subject: 'Your Acme & Co code: 123456',
      html: '<h1>Sign in to Acme &amp; Co</h1><p>Your code is <strong>123456</strong>.</p><p><a href="https://acme.test/x?a&#x3D;1&amp;b&#x3D;2">Open</a></p>',
      text: 'Sign in to Acme & Co\n\nYour code is 123456.\n\nOpen [https://acme.test/x?a=1&b=2]',
      replyTo: 'help+123456@acme.test',
      from: 'Acme & Co',
    });
  });

  it('collapses CR and LF in every header', () => {
    const hostile = { code: '1\r\nBcc: x@evil.test', application: { name: 'A\nB' } };
    const email = renderEmail(template, hostile);
    for (const header of [email.subject, email.replyTo, email.from]) {
      expect(header).not.toMatch(/[\r\n]/);
    }
    expect(email.subject).toBe('Your A B code: 1 Bcc: x@evil.test');
  });

  it('uses a given text part instead of deriving one', () => {
    const email = renderEmail({ ...template, text: 'Code {{code}}' }, variables);
    expect(email.text).toBe('Code 123456');
  });

  it('sends plain-text content as text only, unescaped', () => {
    const email = renderEmail(
      { subject: 's', content: 'Code <{{code}}>', contentType: 'text/plain' },
      variables,
    );
    expect(email).toEqual({ subject: 's', text: 'Code <123456>' });
  });

  it('derives the text once per template source, keeping placeholders intact', () => {
    const html = '<h2>{{ application.name }}</h2><p>{{code}}</p><img src="{{logo}}" alt="logo">';
    const derived = plainTextTemplateFor(html);
    expect(derived).toBe('{{ application.name }}\n\n{{code}}');
    expect(plainTextTemplateFor(html)).toBe(derived);
  });

  it('names the template and part in syntax errors', () => {
    expect(() =>
      renderEmail({ subject: '{{#if}}', content: 'x' }, {}, { name: 'store:de/SignIn' }),
    ).toThrow(/"store:de\/SignIn.subject"/);
  });
});

describe('template cache', () => {
  it('evicts the least recently used entry', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
    expect(cache.size).toBe(2);
  });

  it('stays bounded however many distinct templates are compiled', () => {
    clearTemplateCache();
    const first = compileTemplate('tpl 0 {{x}}', { format: 'text' });
    for (let index = 1; index <= templateCacheLimit; index++) {
      compileTemplate(`tpl ${index} {{x}}`, { format: 'text' });
    }
    expect(compileTemplate('tpl 0 {{x}}', { format: 'text' })).not.toBe(first);
  });
});
