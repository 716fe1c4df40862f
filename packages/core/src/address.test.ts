import { describe, expect, it } from 'vitest';
import { formatAddress, parseAddress, resolveSender } from './address.js';

describe('addresses', () => {
  it.each([
    ['Acme <no-reply@acme.test>', { email: 'no-reply@acme.test', name: 'Acme' }],
    ['"Acme, Inc." <no-reply@acme.test>', { email: 'no-reply@acme.test', name: 'Acme, Inc.' }],
    ['no-reply@acme.test', { email: 'no-reply@acme.test' }],
    ['<no-reply@acme.test>', { email: 'no-reply@acme.test' }],
  ])('parses %s', (value, expected) => {
    expect(parseAddress(value)).toEqual(expected);
  });

  it('rejects what is not an address, naming the field', () => {
    expect(() => parseAddress('Acme', 'from')).toThrow(/^from must be an email address/);
  });

  it('quotes names with reserved characters', () => {
    expect(formatAddress({ email: 'a@b.test', name: 'Acme, Inc.' })).toBe(
      '"Acme, Inc." <a@b.test>',
    );
    expect(formatAddress({ email: 'a@b.test', name: 'Acme' })).toBe('Acme <a@b.test>');
  });

  it('resolves sendFrom as a name or a whole sender', () => {
    expect(resolveSender(undefined, 'Acme <a@b.test>')).toBe('Acme <a@b.test>');
    expect(resolveSender('  ', 'Acme <a@b.test>')).toBe('Acme <a@b.test>');
    expect(resolveSender('My App', 'Acme <a@b.test>')).toBe('My App <a@b.test>');
    expect(resolveSender('Help <help@b.test>', 'Acme <a@b.test>')).toBe('Help <help@b.test>');
  });
});
