import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAddress, parseAddress } from './address.js';
import { AuthmailError } from './errors.js';
import { hostileAddress } from './test-support/hostile-addresses.js';

const refusal = (value: string, field = 'to') => {
  try {
    parseAddress(value, field, 'invalid_message');
  } catch (error) {
    if (error instanceof AuthmailError) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(value)} was accepted`);
};

describe('parseAddress', () => {
  it.each([
    ['Acme <no-reply@acme.test>', { email: 'no-reply@acme.test', name: 'Acme' }],
    ['"Acme, Inc." <no-reply@acme.test>', { email: 'no-reply@acme.test', name: 'Acme, Inc.' }],
    ['"Say \\"hi\\"" <a@acme.test>', { email: 'a@acme.test', name: 'Say "hi"' }],
    [
      '"IT Security <security@bank.test>" <no-reply@acme.test>',
      { email: 'no-reply@acme.test', name: 'IT Security <security@bank.test>' },
    ],
    ['no-reply@acme.test', { email: 'no-reply@acme.test' }],
    ['  <no-reply@acme.test>  ', { email: 'no-reply@acme.test' }],
    ['Zoë Ångström<zoe@example.org>', { email: 'zoe@example.org', name: 'Zoë Ångström' }],
    ["o'brien+tag@mail.example.co.uk", { email: "o'brien+tag@mail.example.co.uk" }],
    ['a@xn--bcher-kva.example', { email: 'a@xn--bcher-kva.example' }],
    [`${'l'.repeat(64)}@example.org`, { email: `${'l'.repeat(64)}@example.org` }],
  ])('reads %s', (value, expected) => {
    expect(parseAddress(value)).toEqual(expected);
  });

  it.each([
    ['victim@example.com, attacker@evil.test', /not a list/],
    ['victim@example.com; attacker@evil.test', /not a list/],
    ['Ann <ann@example.org>, Eve <eve@evil.test>', /not a list/],
    ['ann@example.org\r\nBcc: evil@attacker.test', /on one line/],
    ['ann@example.org\n', /on one line/],
    ['ann@example.org\u2028', /on one line/],
    ['ann\u0000@example.org', /control characters/],
    ['Ann\t<ann@example.org>', /control characters/],
    ['undisclosed: ann@example.org;', /not a list|group/],
    ['friends: ann@example.org', /group/],
    ['ann@example.org (Ann)', /comment/],
    ['"a@b.test"@evil.test', /quote the part before "@"/],
    ['"ann"@example.org', /quote the part before "@"/],
    ['ann@', /domain after "@"/],
    ['@example.org', /local part before "@"/],
    ['ann', /email address/],
    ['', /email address/],
    ['ann@@example.org', /exactly one "@"/],
    ['a@b@example.org', /exactly one "@"/],
    ['ann@localhost', /domain name/],
    ['ann@[127.0.0.1]', /domain name/],
    ['ann@1.2.3.4', /domain name/],
    ['ann@-example.org', /domain name/],
    ['ann@example..org', /domain name/],
    ['ann@bücher.example', /domain name/],
    ['zoë@example.org', /ASCII letters/],
    ['ann.@example.org', /single dots/],
    ['a..b@example.org', /single dots/],
    ['Reply to ann@example.org', /email address/],
    ['ann@example.org <eve@evil.test>', /double quotes/],
    ['Ann "x" <ann@example.org>', /double quotes/],
    ['"Ann <ann@example.org>', /close the double quote/],
    ['"Ann" x <ann@example.org>', /email address/],
    ['Ann <ann@example.org> <eve@evil.test>', /double quotes/],
    ['Ann <ann@example.org>x', /email address/],
    [`${'l'.repeat(65)}@example.org`, /at most 64/],
    [`a@${`${'d'.repeat(60)}.`.repeat(5)}org`, /at most 254/],
  ])('refuses %j', (value, reason) => {
    const error = refusal(value);
    expect(error).toMatchObject({ code: 'invalid_message', retryable: false });
    expect(error.details).toEqual({ field: 'to' });
    expect(error.message).toMatch(/^to /);
    expect(error.message).toMatch(reason);
  });

  it('throws invalid_config by default, naming the field', () => {
    expect(() => parseAddress('Acme', 'from')).toThrow(/^from must be an email address/);
    expect(() => parseAddress('Acme\r\nBcc: evil@evil.test <no-reply@acme.test>', 'from')).toThrow(
      expect.objectContaining({
        code: 'invalid_config',
        message: expect.stringMatching(/^from must be on one line/),
      }),
    );
  });

  it('quotes at most 100 characters of what it refuses', () => {
    expect(refusal(`${'x'.repeat(5000)}`).message.length).toBeLessThan(300);
  });

  it('refuses a hostile value, or reads one mailbox that writes back on one line and reads the same', () => {
    fc.assert(
      fc.property(hostileAddress, (value) => {
        let read: ReturnType<typeof parseAddress>;
        try {
          read = parseAddress(value, 'to', 'invalid_message');
        } catch (error) {
          expect(error).toMatchObject({ code: 'invalid_message', details: { field: 'to' } });
          return;
        }
        const written = formatAddress(read);
        expect(written).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
        expect(parseAddress(written)).toEqual(read);
        expect(read.email.split('@')).toHaveLength(2);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses values that are not strings', () => {
    expect(refusal(undefined as never).message).toBe('to must be an email address, got undefined');
  });
});

describe('formatAddress', () => {
  it('quotes names with reserved characters or an encoded-word opener', () => {
    expect(formatAddress({ email: 'a@b.test', name: 'Acme, Inc.' })).toBe(
      '"Acme, Inc." <a@b.test>',
    );
    expect(formatAddress({ email: 'a@b.test', name: 'Acme' })).toBe('Acme <a@b.test>');
    expect(formatAddress({ email: 'a@b.test', name: '=?utf-8?q?x?=' })).toBe(
      '"=?utf-8?q?x?=" <a@b.test>',
    );
    expect(formatAddress({ email: 'a@b.test', name: 'Say "hi" \\o/' })).toBe(
      '"Say \\"hi\\" \\\\o/" <a@b.test>',
    );
    expect(formatAddress({ email: 'a@b.test', name: ' \r\n ' })).toBe('a@b.test');
  });

  it('writes any name so that it reads back as the same name and address', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (name) => {
        const cleaned = name.replace(/[\p{Cc}\u2028\u2029]/gu, ' ').trim();
        const read = parseAddress(formatAddress({ email: 'ann@example.org', name }));
        expect(read).toEqual(
          cleaned === ''
            ? { email: 'ann@example.org' }
            : { email: 'ann@example.org', name: cleaned },
        );
      }),
      { numRuns: 1000 },
    );
  });
});
