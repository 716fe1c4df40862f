import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeSchemeName, isSafeUrl, sanitizeUrl, unsafeUrlReplacement } from './safe-url.js';
import { browserProtocol, dangerousProtocols } from './test-helpers.js';

describe('isSafeUrl / sanitizeUrl', () => {
  it.each([
    'https://acme.test/invite?t=1&x=2',
    'HTTP://acme.test',
    'mailto:ann@example.com',
    'tel:+4912345',
    '/relative/path',
    'relative/path?x=a:b',
    '#fragment',
    '?q=javascript:x',
    '//acme.test/x',
    '',
  ])('keeps %j', (url) => {
    expect(isSafeUrl(url)).toBe(true);
    expect(sanitizeUrl(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'JaVa\tScript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\u200bscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'DATA:text/html,x',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'FILE:///c:/x',
    'about:blank',
    'ftp://x',
    ':alert(1)',
  ])('replaces %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
    expect(sanitizeUrl(url)).toBe(unsafeUrlReplacement);
  });

  it('the replacement is itself inert', () => {
    expect(browserProtocol(unsafeUrlReplacement)).toBe('about:');
    expect(isSafeUrl(unsafeUrlReplacement)).toBe(false);
  });

  it('never lets a dangerous scheme through, whatever the string (WHATWG URL as oracle)', () => {
    const piece = fc.constantFrom(
      'java',
      'script',
      'JaVa',
      'ScRiPt',
      'data',
      'vbscript',
      'file',
      ':',
      '\t',
      '\n',
      '\r',
      ' ',
      '\u0000',
      '\u001f',
      '/',
      'x',
      'https',
      'alert(1)',
    );
    const url = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: piece }));
    fc.assert(
      fc.property(url, (value) => {
        const protocol = browserProtocol(sanitizeUrl(value));
        expect(dangerousProtocols.has(protocol ?? '')).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('scheme names: empty or http, https, mailto, tel only', () => {
    expect(isSafeSchemeName('')).toBe(true);
    expect(isSafeSchemeName('HTTPS')).toBe(true);
    expect(isSafeSchemeName('java script')).toBe(false);
    expect(isSafeSchemeName('javascript')).toBe(false);
  });
});
